/**
 * What the article reader shows of a deck: its text in paragraphs with each fact's quote marked, and the
 * little of each fact the tapped passage's sheet needs. The built-in article (at build time) and an imported
 * deck (on the phone) go through the same function. A card list reads as its cards, one a line. Pure.
 */
import { findQuoteSpans, toParagraphs, type Paragraph } from '../highlight';
import type { Fact, Topic } from '../types';
import { parseCardList } from './card-list';

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
	/** Fact ids whose quote was not found: reported, never silently dropped. */
	missing: string[];
}

/** A card list's cards as facts of the reader: the term is what the card is about, its line the quote. */
function cardFacts(text: string): Pick<Fact, 'id' | 'subject' | 'topic' | 'quote' | 'damaged'>[] {
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
	facts: readonly Pick<Fact, 'id' | 'subject' | 'topic' | 'quote' | 'damaged'>[];
}): ArticleData {
	const list = input.facts.length === 0;
	const factList = list ? cardFacts(input.text) : input.facts;
	const { spans, missing } = findQuoteSpans(input.text, factList);
	let paragraphs = toParagraphs(input.text, spans);
	if (list)
		paragraphs = paragraphs.map((p) => ({
			kind: 'text',
			segments: p.segments.map((s) => ({ ...s, text: s.text.replace(/\t/g, ' – ') }))
		}));
	const facts: Record<string, ArticleFact> = {};
	for (const f of factList) {
		facts[f.id] = { id: f.id, subject: f.subject, topic: f.topic, ...(f.damaged ? { damaged: true } : {}) };
	}
	return { title: input.title, source: input.source, paragraphs, facts, missing };
}
