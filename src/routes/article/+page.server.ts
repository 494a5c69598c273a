import { articleData, type ArticleData } from '$lib/domain/decks/article';
import type { FactsFile } from '$lib/domain/types';

export type { ArticleData };

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

const DECK_FILE = 'vufo-quang-ninh';

// Runs at prerender time only: the page ships as HTML plus this compact projection. An imported deck's
// article is made the same way on the phone (state/own-article.ts).
export function load(): ArticleData {
	const file = Object.entries(factFiles).find(([path]) => path.endsWith(`/${DECK_FILE}.json`))?.[1];
	const sourceName = file?.sourceFile ?? `${DECK_FILE}.txt`;
	const text = Object.entries(sources).find(([path]) => path.endsWith(`/${sourceName}`))?.[1];
	if (text === undefined) throw new Error(`Article source not found: questions/sources/${sourceName}`);
	const data = articleData({
		title: file?.deck.title ?? '',
		source: file?.deck.source ?? '',
		text,
		facts: file?.facts ?? []
	});
	if (data.missing.length > 0)
		console.warn(`article: quotes not found in the text for facts: ${data.missing.join(', ')}`);
	return data;
}
