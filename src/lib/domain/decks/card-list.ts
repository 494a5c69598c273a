/**
 * A list of one's own cards, as Quizlet and Anki export them: lines of `term<TAB>definition`, or `;`/`,`
 * separated CSV with a header (`term;definition`, `Front,Back`, `Thuật ngữ;Định nghĩa`). It becomes a deck
 * of flashcards, choice questions (the other definitions as wrong options) and typed questions, phrased
 * here from the card's two sides: the learner writes no question. The deck's "article" is the list itself,
 * one card a line (`term<TAB>definition`), so every answer is stated in its quote, that card's line. Pure.
 */
import { sameFolded } from '../facts/text';
import { createRng } from '../random';
import type { Bank, DeckInfo, Question } from '../types';
import { DEFAULT_SOURCE, namespaced, ownDeckId, OwnDeckError, type OwnDeck } from './own-deck';

export interface Card {
	/** Stable within the list: from the term, so re-reviewing a list keeps each card's progress. */
	id: string;
	term: string;
	definition: string;
}

export type CardListFailure = 'empty' | 'no-cards' | 'too-many';

export type CardListResult =
	| {
			ok: true;
			cards: Card[];
			/** Lines that were not a card (one side empty), 1-based. */ skipped: number[];
	  }
	| { ok: false; reason: CardListFailure; limit?: number };

const MAX_CARDS = 2000;
/** A typed answer longer than this is not a fair thing to type: the card is asked as a choice only. */
const TYPED_MAX_WORDS = 6;
const CHOICES = 4;

/** Header words of the first CSV column (Quizlet, Anki, and their Vietnamese names). */
const HEADERS = ['term', 'front', 'question', 'word', 'thuật ngữ', 'mặt trước', 'câu hỏi', 'từ', 'từ vựng'];

/** Splits one CSV line on `sep`, honouring double quotes ("a; b" stays one field, "" is a quote). */
function csvFields(line: string, sep: string): string[] {
	const out: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < line.length; i++) {
		const c = line[i]!;
		if (quoted) {
			if (c === '"' && line[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"' && field.trim() === '') {
			quoted = true;
			field = '';
		} else if (c === sep) {
			out.push(field);
			field = '';
		} else field += c;
	}
	out.push(field);
	return out;
}

/** The separator of a CSV whose first line is a header naming the term column, or null. */
function csvSeparator(first: string): string | null {
	for (const sep of [';', ',']) {
		const head = csvFields(first, sep);
		if (head.length >= 2 && HEADERS.includes(head[0]!.trim().toLocaleLowerCase('vi'))) return sep;
	}
	return null;
}

/** Lines of the text, NFC, without Anki's `#separator:tab`-style header lines. */
function lines(text: string): string[] {
	return text
		.normalize('NFC')
		.replace(/^\uFEFF/, '')
		.split(/\r\n|\r|\n/)
		.filter((l) => !/^#[a-z ]+:/i.test(l));
}

/**
 * True when a text is a card list rather than an article: most of its non-empty lines hold a tab, or its
 * first line is a CSV header naming the term column.
 */
export function looksLikeCardList(text: string): boolean {
	const filled = lines(text).filter((l) => l.trim() !== '');
	if (filled.length === 0) return false;
	if (csvSeparator(filled[0]!)) return true;
	const tabbed = filled.filter((l) => /\S\t+\S/.test(l)).length;
	return filled.length >= 2 && tabbed >= filled.length * 0.8;
}

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

function slug(term: string): string {
	return (
		term
			.normalize('NFD')
			.replace(/[\u0300-\u036f]/g, '')
			.replace(/[đĐ]/g, 'd')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 48) || 'the'
	);
}

/** Reads the cards of a list. A term met twice keeps its first line (a second card would ask the same). */
export function parseCardList(text: string): CardListResult {
	const all = lines(text);
	const filled = all.map((l, i) => [l, i + 1] as const).filter(([l]) => l.trim() !== '');
	if (filled.length === 0) return { ok: false, reason: 'empty' };
	const sep = csvSeparator(filled[0]![0]);
	const rows = sep ? filled.slice(1) : filled;
	const cards: Card[] = [];
	const skipped: number[] = [];
	const ids = new Set<string>();
	for (const [line, n] of rows) {
		const fields = sep ? csvFields(line, sep) : line.split('\t');
		const term = clean(fields[0] ?? '');
		const definition = clean(fields.slice(1).find((f) => f.trim() !== '') ?? '');
		if (!term || !definition) {
			skipped.push(n);
			continue;
		}
		if (cards.some((c) => sameFolded(c.term, term))) continue;
		let id = `card-${slug(term)}`;
		for (let k = 2; ids.has(id); k++) id = `card-${slug(term)}-${k}`;
		ids.add(id);
		cards.push({ id, term, definition });
	}
	if (cards.length === 0) return { ok: false, reason: 'no-cards' };
	if (cards.length > MAX_CARDS) return { ok: false, reason: 'too-many', limit: MAX_CARDS };
	return { ok: true, cards, skipped };
}

/** The deck's text: one card a line, `term<TAB>definition`, the form every quote is a line of. */
export function cardListText(cards: readonly Pick<Card, 'term' | 'definition'>[]): string {
	return cards.map((c) => `${c.term}\t${c.definition}`).join('\n');
}

/**
 * Wrong options for a card: the other definitions nearest its own in length (so the longest option is not
 * always the right one), never one that reads the same as the answer (it would also be true).
 */
function distractors(card: Card, cards: readonly Card[]): string[] {
	const len = card.definition.length;
	const seen: string[] = [card.definition];
	const others = cards
		.filter((c) => c !== card)
		.map((c) => c.definition)
		.sort((a, b) => Math.abs(a.length - len) - Math.abs(b.length - len) || (a < b ? -1 : a > b ? 1 : 0));
	for (const d of others) {
		if (seen.length === CHOICES) break;
		if (!seen.some((s) => sameFolded(s, d))) seen.push(d);
	}
	return seen.slice(1);
}

/** The questions of one card: a flashcard, a choice of its definition, and its term typed from it. */
function cardQuestions(card: Card, cards: readonly Card[], deckId: string): Question[] {
	const base = {
		factIds: [card.id],
		topic: 'general' as const,
		source: { quote: `${card.term}\t${card.definition}` }
	};
	const out: Question[] = [
		{ ...base, id: `${card.id}:flashcard`, type: 'flashcard', prompt: card.term, answer: card.definition }
	];
	const wrong = distractors(card, cards);
	if (wrong.length > 0) {
		// The answer's place is drawn per card from the deck and card ids: stable, and uniform over a deck.
		const choices = createRng(`${deckId}/${card.id}`).shuffle([card.definition, ...wrong]);
		out.push({
			...base,
			id: `${card.id}:choice`,
			type: 'choice',
			prompt: `Định nghĩa nào ứng với “${card.term}”?`,
			answer: card.definition,
			choices
		});
	}
	// Two cards of one definition could not tell their terms apart: such a card is not asked typed.
	const twin = cards.some((c) => c !== card && sameFolded(c.definition, card.definition));
	if (!twin && card.term.split(' ').length <= TYPED_MAX_WORDS) {
		out.push({
			...base,
			id: `${card.id}:typed`,
			type: 'typed',
			prompt: `Thuật ngữ nào ứng với định nghĩa “${card.definition}”?`,
			answer: card.term
		});
	}
	return out;
}

/**
 * Builds the deck of a card list (the learner's kept cards): its text is `cardListText` of them, so the
 * deck file and a re-review rebuild the same deck from the text alone. Throws OwnDeckError when no card is
 * left or the deck has no title.
 */
export function buildCardDeck(input: { text: string; title: string; source: string; id?: string }): OwnDeck {
	const title = input.title.trim();
	if (!title) throw new OwnDeckError('no-title', 'The deck needs a title');
	const parsed = parseCardList(input.text);
	if (!parsed.ok) throw new OwnDeckError('no-facts', `No card in the list (${parsed.reason})`);
	const text = cardListText(parsed.cards);
	// A re-reviewed list keeps its deck's id (`id`), though dropping a card changed its text.
	const deck: DeckInfo = {
		id: input.id ?? ownDeckId(text),
		title,
		source: input.source.trim() || DEFAULT_SOURCE
	};
	const bank: Bank = {
		version: 1,
		deck,
		generatedBy: 'Ôn bài card list',
		questions: parsed.cards.flatMap((c) => cardQuestions(c, parsed.cards, deck.id))
	};
	return { deck, text, facts: { deck, facts: [] }, bank: namespaced(bank, deck.id) };
}
