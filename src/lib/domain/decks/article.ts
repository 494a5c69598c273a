/**
 * What the article reader shows of a deck: its text in paragraphs with each fact's quote marked, and the
 * little of each fact the tapped passage's sheet needs. The built-in article (at build time) and an imported
 * deck (on the phone) go through the same function. A card list reads as its cards, one a line. Pure.
 */
import { factMarks, findQuoteSpans, toParagraphs, type Paragraph, type QuoteRef } from '../highlight';
import type { Fact, Topic } from '../types';
import { parseCardList } from './card-list';

/** What the article page needs of a fact: the rest of the facts file stays out of the client. */
interface ArticleFact {
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
	/** Fact ids whose quote was not found: reported, never silently dropped. */
	missing: string[];
}

/** A card list's cards as facts of the reader: the term is what the card is about, its line the quote. */
function cardFacts(text: string): Pick<Fact, 'id' | 'subject' | 'topic' | 'quote'>[] {
	const list = parseCardList(text);
	if (!list.ok) return [];
	return list.cards.map((c) => ({
		id: c.id,
		subject: c.term,
		topic: 'general',
		quote: `${c.term}\t${c.definition}`
	}));
}

/**
 * The reader's data. `facts` empty means the deck is a card list (an article deck always has facts): each
 * line is then a plain paragraph with its two sides apart, never guessed as a heading or a byline.
 */
export function articleData(input: {
	title: string;
	source: string;
	text: string;
	facts: readonly Fact[];
}): ArticleData {
	const list = input.facts.length === 0;
	// A fact's values are marked, not its whole sentence; a card's whole line is its value.
	const cards = list ? cardFacts(input.text) : [];
	const refs: QuoteRef[] = list
		? cards
		: input.facts.map((f) => ({ id: f.id, quote: f.quote, values: factMarks(f) }));
	const { spans, missing } = findQuoteSpans(input.text, refs);
	let paragraphs = toParagraphs(input.text, spans);
	if (list)
		paragraphs = paragraphs.map((p) => ({
			kind: 'text',
			segments: p.segments.map((s) => ({ ...s, text: s.text.replace(/\t/g, ' – ') }))
		}));
	const facts: Record<string, ArticleFact> = {};
	for (const f of list ? cards : input.facts) {
		facts[f.id] = {
			id: f.id,
			subject: f.subject,
			topic: f.topic,
			...('damaged' in f && f.damaged ? { damaged: true } : {})
		};
	}
	return { title: input.title, source: input.source, paragraphs, facts, missing };
}
