import { factMarks, findQuoteSpans, toParagraphs, type Paragraph } from '$lib/domain/highlight';
import type { FactsFile, Topic } from '$lib/domain/types';

// Build-time data: globbed so a missing facts file means "no highlights", not a failed build.
const factFiles = import.meta.glob<FactsFile>('../../../questions/facts/*.json', {
	eager: true,
	import: 'default'
});
const sources = import.meta.glob<string>('../../../questions/sources/*.txt', {
	eager: true,
	query: '?raw',
	import: 'default'
});

/** What the article page needs of a fact: the rest of the facts file stays out of the client. */
export interface ArticleFact {
	id: string;
	subject: string;
	topic: Topic;
	damaged?: boolean;
}

export interface ArticleData {
	title: string;
	source: string;
	paragraphs: Paragraph[];
	facts: Record<string, ArticleFact>;
	/** Fact ids whose quote was not found: reported at build time, never silently dropped. */
	missing: string[];
}

const DECK_FILE = 'vufo-quang-ninh';

// Runs at prerender time only: the page ships as HTML plus this compact projection.
export function load(): ArticleData {
	const file = Object.entries(factFiles).find(([path]) => path.endsWith(`/${DECK_FILE}.json`))?.[1];
	const sourceName = file?.sourceFile ?? `${DECK_FILE}.txt`;
	const text = Object.entries(sources).find(([path]) => path.endsWith(`/${sourceName}`))?.[1];
	if (text === undefined) throw new Error(`Article source not found: questions/sources/${sourceName}`);
	const factList = file?.facts ?? [];
	// Each fact's values are marked, not its whole sentence (quote-marks.ts finds them in the quote).
	const { spans, missing } = findQuoteSpans(
		text,
		factList.map((f) => ({ id: f.id, quote: f.quote, values: factMarks(f) }))
	);
	if (missing.length > 0)
		console.warn(`article: quotes not found in the text for facts: ${missing.join(', ')}`);
	const facts: Record<string, ArticleFact> = {};
	for (const f of factList) {
		facts[f.id] = { id: f.id, subject: f.subject, topic: f.topic, ...(f.damaged ? { damaged: true } : {}) };
	}
	return {
		title: file?.deck.title ?? '',
		source: file?.deck.source ?? '',
		paragraphs: toParagraphs(text, spans),
		facts,
		missing
	};
}
