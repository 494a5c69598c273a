/**
 * A deck of one's own, from a text the learner brought: the facts they kept after review become a bank with
 * the same generator as the built-in deck (no hand-written questions), under ids of their own so two decks
 * never share a card. Pure: the import screen runs it in a Web Worker, the tests in Node.
 */
import { containsFolded } from '../facts/text';
import { generateBank } from '../questions/generate';
import type { Bank, DeckInfo, Fact, FactsFile, Question } from '../types';

/** What an imported deck keeps besides its progress: enough to study it, show its article and re-review it. */
export interface OwnDeck {
	deck: DeckInfo;
	/** The cleaned text every quote refers to. */
	text: string;
	facts: FactsFile;
	bank: Bank;
}

export interface OwnDeckInput {
	/** The cleaned text (the extractor's `text`). */
	text: string;
	/** The facts the learner kept. */
	facts: Fact[];
	aliases?: string[][];
	title: string;
	source: string;
	/** Distractor pools (questions/pools), filtered here against the text. */
	pools: Record<string, string[]>;
}

/** Why a deck could not be made; the screen names it in the learner's language. */
export class OwnDeckError extends Error {
	override name = 'OwnDeckError';
	constructor(
		readonly reason: 'no-facts' | 'no-title' | 'no-questions',
		message: string
	) {
		super(message);
	}
}

const TITLE_MAX = 120;
/** The source line of a deck whose text came without one. */
export const DEFAULT_SOURCE = 'Bài dán vào';

/**
 * The deck id of a text: the same text always gives the same id, so importing it (or its deck file) twice
 * finds the deck already there instead of making a second one. FNV-1a over the NFC text, twice seeded.
 */
export function ownDeckId(text: string): string {
	const nfc = text.normalize('NFC');
	let a = 0x811c9dc5;
	let b = 0x01000193 ^ nfc.length;
	for (let i = 0; i < nfc.length; i++) {
		const c = nfc.charCodeAt(i);
		a = Math.imul(a ^ c, 0x01000193);
		b = Math.imul(b ^ c, 0x5bd1e995);
	}
	return `own-${(a >>> 0).toString(36)}${(b >>> 0).toString(36)}`;
}

/** A title proposed from the text: its first line, cut at a word before TITLE_MAX characters. */
export function proposeTitle(text: string): string {
	// The first line with a letter in it, found without splitting a 100 KB text into lines.
	const first = /^[^\S\n]*(\S[^\n]*)/m.exec(text)?.[1]?.trim() ?? '';
	if (first.length <= TITLE_MAX) return first;
	const cut = first.slice(0, TITLE_MAX);
	const space = cut.lastIndexOf(' ');
	return `${(space > 40 ? cut.slice(0, space) : cut).trim()}…`;
}

/**
 * Pools are written for the built-in article ("posts no one in the article holds"): for another text, an
 * item the text itself mentions could be a true answer, so it is never offered as a wrong one.
 */
export function poolsFor(text: string, pools: Record<string, string[]>): Record<string, string[]> {
	const out: Record<string, string[]> = {};
	for (const [name, items] of Object.entries(pools))
		out[name] = items.filter((i) => !containsFolded(text, i));
	return out;
}

/** Question ids under the deck's id: cards are stored by question id, and decks must never share one. */
export function namespaced(bank: Bank, deckId: string): Bank {
	const id = (q: string) => `${deckId}/${q}`;
	return {
		...bank,
		questions: bank.questions.map((q) => {
			const out: Question & { reveals?: string[] } = { ...q, id: id(q.id) };
			const reveals = (q as { reveals?: unknown }).reveals;
			if (Array.isArray(reveals)) out.reveals = reveals.map((r) => id(String(r)));
			return out;
		})
	};
}

/**
 * Builds the deck: validates the kept facts against the text and generates its questions. Throws
 * OwnDeckError when nothing is left to study, and the generator's InvalidFactsError when a fact no longer
 * matches the text (an edit that quotes what the text does not say).
 */
export function buildOwnDeck(input: OwnDeckInput): OwnDeck {
	const title = input.title.trim().slice(0, TITLE_MAX * 2);
	if (!title) throw new OwnDeckError('no-title', 'The deck needs a title');
	if (input.facts.length === 0) throw new OwnDeckError('no-facts', 'No fact was kept');
	const deck: DeckInfo = { id: ownDeckId(input.text), title, source: input.source.trim() || DEFAULT_SOURCE };
	const facts: FactsFile = {
		deck,
		facts: input.facts,
		...(input.aliases?.length ? { aliases: input.aliases } : {})
	};
	const bank = generateBank({
		facts,
		source: input.text,
		pools: poolsFor(input.text, input.pools),
		generatedBy: 'Ôn bài import'
	});
	if (bank.questions.length === 0) throw new OwnDeckError('no-questions', 'The kept facts give no question');
	return { deck, text: input.text, facts, bank: namespaced(bank, deck.id) };
}

/** The review screen's groups, in the order a reader checks them. */
export const FACT_GROUPS = ['people', 'figures', 'dates', 'lists', 'statements'] as const;
export type FactGroup = (typeof FACT_GROUPS)[number];

export function groupOf(fact: Fact): FactGroup {
	switch (fact.kind) {
		case 'person-post':
		case 'org':
			return 'people';
		case 'count':
		case 'amount':
			return 'figures';
		case 'date':
			return 'dates';
		case 'list':
			return 'lists';
		case 'statement':
			return 'statements';
	}
}

/**
 * The line the review screen shows for a fact's value: a figure whole, with its qualifier and unit, scale or
 * currency ("khoảng 58.000 tỷ đồng", not "58.000", which says neither how much of what nor that it is rounded).
 */
export function factLabel(fact: Fact): string {
	if (fact.kind === 'count' || fact.kind === 'amount') {
		const after = fact.kind === 'count' ? [fact.unit] : [fact.scale, fact.currency];
		return [fact.qualifier, fact.written, ...after].filter(Boolean).join(' ');
	}
	return factValues(fact).join(' – ');
}

/** What the review screen shows and marks as a fact's value, in the words of the text. */
export function factValues(fact: Fact): string[] {
	switch (fact.kind) {
		case 'person-post':
			return [fact.person, fact.post];
		case 'count':
		case 'amount':
			return [fact.written];
		case 'date':
		case 'statement':
			return [fact.value];
		case 'list':
			return fact.items;
		case 'org':
			return [fact.name, fact.value];
	}
}
