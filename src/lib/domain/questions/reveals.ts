/**
 * The `reveals` relation: which questions a question gives away. Question X reveals question Y when the text
 * X shows (its prompt, its correct option or answer once graded, its cloze sentence, a flashcard's back, a
 * match round's pairs) states the fact Y asks: the period question "Tổng kinh phí đào tạo trên 74 tỉ đồng ...
 * thuộc giai đoạn nào?" states the funding figure. Sessions keep such pairs apart (quiz.ts, learn.ts,
 * flashcards.ts), as Anki buries siblings.
 *
 * A text states a fact when it holds the fact's answer AND most of the words that tie the answer to the
 * fact (the words of its quote, statement or question, less the answer and small function words), so a
 * prompt merely naming "VUFO" does not reveal that VUFO is the addressee of the fourth proposal. A person
 * with a post, and an abbreviation with its long form, are facts in themselves: both names together state it.
 * Questions of the very same facts are siblings, which sessions already space out; they are not listed.
 */
import { containsFolded, foldText } from '../facts/text';
import type { Fact, ListFact, Question } from '../types';
import { unitOf } from './quantity';

/** Share of one of a fact's contexts (word pairs) a text must hold, besides the answer, to state the fact. */
const CONTEXT_SHARE = 0.5;
/** ... and never fewer pairs than this (or all of them, when the context has fewer). */
const MIN_PAIRS = 3;

/**
 * Function words and question words: they tie nothing to anything. Folded at load (foldText), so the list
 * is written in plain Vietnamese.
 */
const STOP_WORDS = new Set(
	[
		'của',
		'và',
		'các',
		'những',
		'là',
		'có',
		'đã',
		'cho',
		'với',
		'tại',
		'trong',
		'về',
		'được',
		'này',
		'đó',
		'ở',
		'một',
		'theo',
		'bài',
		'viết',
		'nào',
		'gì',
		'ai',
		'bao',
		'nhiêu',
		'đâu',
		'thế',
		'như',
		'hay',
		'hoặc',
		'cũng',
		'sẽ',
		'thì',
		'mà',
		'để',
		'do',
		'bởi',
		'ông',
		'bà',
		'vẫn',
		'còn',
		'đến',
		'từ',
		'vào',
		'nay'
	].map((w) => foldText(w))
);

const WORDS = /[\p{L}\p{M}\p{N}]+/gu;

function wordsOf(text: string): string[] {
	return foldText(text).match(WORDS) ?? [];
}

/** The text a question shows and, once graded, confirms: what it can give away. */
export function shownText(q: Question): string {
	const answers = typeof q.answer === 'boolean' ? [] : Array.isArray(q.answer) ? q.answer : [q.answer];
	switch (q.type) {
		case 'truefalse':
			return q.prompt;
		case 'cloze':
			return q.cloze !== undefined ? q.cloze.replace('____', answers[0] ?? '') : q.prompt;
		case 'match':
			return (q.pairs ?? []).map(([l, r]) => `${l} – ${r}`).join('; ');
		default:
			// Wrong options state nothing: only the prompt and the correct answer(s) are true.
			return [q.prompt, ...answers].join(' \n ');
	}
}

/** Whether the text holds a figure with its unit: "08 cặp", "trên 74 tỉ đồng" (also without "trên"). */
function holdsFigure(text: string, fact: Fact & { kind: 'count' | 'amount' }): boolean {
	return containsFolded(text, `${fact.written} ${unitOf(fact)}`);
}

/** A date's core ("23/3" of "sáng 23/3", "6/2020" of "tháng 6/2020"): a text may frame it otherwise. */
function dateCore(value: string): string {
	return value.replace(/^(?:(?:sáng|chiều|tối|ngày|tháng|năm|giai đoạn|từ)\s+)+/iu, '').trim();
}

/** Items of a list fact that question `q` asks for, and how many of them a text must state. */
function listTargets(q: Question, fact: ListFact): { items: string[]; need: number } {
	const answers = typeof q.answer === 'string' ? [q.answer] : Array.isArray(q.answer) ? q.answer : [];
	switch (q.type) {
		case 'multi':
		case 'flashcard':
			return { items: fact.items, need: Math.ceil(fact.items.length / 2) };
		case 'typed':
			// "Name one of them": any item stated answers it.
			return { items: fact.items, need: 1 };
		case 'truefalse': {
			// A false statement names an item from elsewhere: only the whole list shows that it is not one.
			if (q.answer === false) return { items: fact.items, need: fact.items.length };
			const stated = fact.items.filter((i) => containsFolded(q.prompt, i));
			return { items: stated.length > 0 ? stated : fact.items, need: 1 };
		}
		default: {
			const items = fact.items.filter((i) => answers.some((a) => foldText(a) === foldText(i)));
			return { items: items.length > 0 ? items : fact.items, need: 1 };
		}
	}
}

/**
 * Pairs of neighbouring content words ("kinh phí", "phí đào", "đào tạo"): function words are skipped, and the
 * answer's own words break the chain, so what is left ties the answer to its fact, in order.
 */
function wordPairs(words: readonly string[], skip: ReadonlySet<string> = new Set()): Set<string> {
	const out = new Set<string>();
	let prev: string | null = null;
	for (const w of words) {
		if (STOP_WORDS.has(w)) continue;
		if (skip.has(w)) {
			prev = null;
			continue;
		}
		if (prev !== null) out.add(`${prev} ${w}`);
		prev = w;
	}
	return out;
}

/** The words of a fact's answer: what a text must hold, before its context is looked at. */
function answerOf(fact: Fact): string {
	switch (fact.kind) {
		case 'person-post':
			return `${fact.person} ${fact.post}`;
		case 'org':
			return `${fact.name} ${fact.value}`;
		case 'count':
		case 'amount':
			return `${fact.written} ${unitOf(fact)}`;
		case 'list':
			return fact.items.join(' ');
		default:
			return fact.value;
	}
}

/** How a deck's facts are stated, prepared once: see the module comment. */
export interface Revealer {
	/** Whether `text` states `fact`, one of the facts question `q` asks about. */
	statesFact(text: string, fact: Fact, q: Question): boolean;
	/** Folded words one of which a text must hold to state the fact (a quick filter before statesFact). */
	keyWords(fact: Fact): string[];
	/** The folded words of a text. */
	wordsIn(text: string): Set<string>;
}

interface TextInfo {
	words: Set<string>;
	pairs: Set<string>;
}

/**
 * Prepares the facts of a deck. Word pairs found in the contexts of more than a fifth of the facts ("Quảng
 * Ninh", "đối ngoại nhân dân" in this article) tie nothing to one fact and are left out of every context.
 */
export function createRevealer(facts: readonly Fact[]): Revealer {
	const prepared = new Map<Fact, { answerWords: Set<string>; contexts: Set<string>[] }>();
	const raw = new Map<Fact, Set<string>[]>();
	const spread = new Map<string, number>();
	for (const fact of facts) {
		const skip = new Set(wordsOf(answerOf(fact)));
		// A statement's two sides of "{value}" are not neighbours.
		const sources = [[fact.quote], fact.statement?.split('{value}') ?? [], [fact.ask ?? '']];
		const sets = sources.map(
			(parts) => new Set(parts.flatMap((part) => [...wordPairs(wordsOf(part), skip)]))
		);
		raw.set(fact, sets);
		for (const pair of new Set(sets.flatMap((s) => [...s]))) spread.set(pair, (spread.get(pair) ?? 0) + 1);
	}
	const common = Math.max(3, facts.length / 5);
	for (const [fact, sets] of raw) {
		const contexts = sets
			.map((s) => {
				const rare = new Set([...s].filter((p) => (spread.get(p) ?? 0) <= common));
				return rare.size > 0 ? rare : s;
			})
			.filter((s) => s.size > 0);
		prepared.set(fact, { answerWords: new Set(wordsOf(answerOf(fact))), contexts });
	}

	const texts = new Map<string, TextInfo>();
	const info = (text: string): TextInfo => {
		let t = texts.get(text);
		if (!t) {
			const words = wordsOf(text);
			texts.set(text, (t = { words: new Set(words), pairs: wordPairs(words) }));
		}
		return t;
	};

	/** Most of one of the fact's contexts, and at least MIN_PAIRS of its pairs (or all, when fewer). */
	const tied = (t: TextInfo, fact: Fact): boolean => {
		const p = prepared.get(fact);
		if (!p || p.contexts.length === 0) return true;
		return p.contexts.some((pairs) => {
			let held = 0;
			for (const pair of pairs) if (t.pairs.has(pair)) held++;
			return held >= Math.min(MIN_PAIRS, pairs.size) && held / pairs.size >= CONTEXT_SHARE;
		});
	};

	const answerSpread = new Map<string, number>();
	for (const p of prepared.values())
		for (const w of p.answerWords) answerSpread.set(w, (answerSpread.get(w) ?? 0) + 1);

	return {
		keyWords(fact) {
			if (fact.kind === 'list') return fact.items.flatMap((i) => wordsOf(i).slice(0, 1));
			const words = [...(prepared.get(fact)?.answerWords ?? [])];
			// The rarest word of the answer: every word must be there, so one is enough to rule a text out.
			words.sort((a, b) => (answerSpread.get(a) ?? 0) - (answerSpread.get(b) ?? 0));
			return words.slice(0, 1);
		},
		wordsIn(text) {
			return info(text).words;
		},
		statesFact(text, fact, q) {
			const t = info(text);
			const p = prepared.get(fact);
			// Cheap first: a text without some word of the answer cannot state it (lists: without any item).
			if (p && fact.kind !== 'list') for (const w of p.answerWords) if (!t.words.has(w)) return false;
			switch (fact.kind) {
				case 'person-post':
					return containsFolded(text, fact.person) && containsFolded(text, fact.post);
				case 'org':
					return containsFolded(text, fact.name) && containsFolded(text, fact.value);
				case 'count':
				case 'amount':
					return holdsFigure(text, fact) && tied(t, fact);
				case 'date':
					return containsFolded(text, dateCore(fact.value)) && tied(t, fact);
				case 'statement':
					return containsFolded(text, fact.value) && tied(t, fact);
				case 'list': {
					const { items, need } = listTargets(q, fact);
					const stated = items.filter((i) => containsFolded(text, i));
					return stated.length >= need && tied(t, fact);
				}
			}
		}
	};
}

/**
 * For each question, the ids of the other questions its shown text gives away (sorted; absent when none).
 * `shown` gives the text a question shows (a false statement's text without its swapped-in value, which
 * states nothing). A match round is given away, a pair at a time, by a text that states any of its facts.
 */
export function computeReveals(
	questions: readonly Question[],
	facts: readonly Fact[],
	shown: (q: Question) => string = shownText
): Map<string, string[]> {
	const factIndex = new Map(facts.map((f, i) => [f.id, i]));
	const revealer = createRevealer(facts);
	// Every distinct thing a target asks (a fact; for a list, which items), numbered, so each question's text
	// is checked once per thing however many questions ask it.
	const askIndex = new Map<string, number>();
	const asks: { fact: Fact; sample: Question }[] = [];
	const groupIndex = new Map<string, number>();
	const info = questions.map((q) => {
		const key = [...q.factIds].sort().join('|');
		let group = groupIndex.get(key);
		if (group === undefined) groupIndex.set(key, (group = groupIndex.size));
		const factIds = q.factIds.map((id) => factIndex.get(id) ?? -1).filter((i) => i >= 0);
		const askIds = factIds.map((i) => {
			const fact = facts[i]!;
			const list = fact.kind === 'list' ? listTargets(q, fact) : null;
			const askKey = list ? `${fact.id}|${list.need}|${list.items.join('|')}` : fact.id;
			let a = askIndex.get(askKey);
			if (a === undefined) {
				askIndex.set(askKey, (a = asks.length));
				asks.push({ fact, sample: q });
			}
			return a;
		});
		return { group, factIds, askIds };
	});
	// Which asks a text may state, by the words it must hold (see Revealer.keyWords).
	const byWord = new Map<string, number[]>();
	asks.forEach(({ fact }, a) => {
		for (const w of revealer.keyWords(fact)) byWord.set(w, [...(byWord.get(w) ?? []), a]);
	});
	const stated = new Int8Array(asks.length);
	const inX = new Uint8Array(facts.length);
	const out = new Map<string, string[]>();
	questions.forEach((x, xi) => {
		const text = shown(x);
		const xInfo = info[xi]!;
		stated.fill(-1); // 0 unknown, 1 stated, -1 not stated
		for (const w of revealer.wordsIn(text)) for (const a of byWord.get(w) ?? []) stated[a] = 0;
		inX.fill(0);
		for (const f of xInfo.factIds) inX[f] = 1;
		const revealed: string[] = [];
		questions.forEach((y, yi) => {
			const yInfo = info[yi]!;
			if (yInfo.group === xInfo.group) return;
			// A match round states each of its pairs, whose figures it shows without their unit.
			if (x.type === 'match' && yInfo.factIds.some((f) => inX[f] === 1)) {
				revealed.push(y.id);
				return;
			}
			for (const a of yInfo.askIds) {
				if (stated[a] === 0) stated[a] = revealer.statesFact(text, asks[a]!.fact, asks[a]!.sample) ? 1 : -1;
				if (stated[a] === 1) {
					revealed.push(y.id);
					return;
				}
			}
		});
		if (revealed.length > 0) out.set(x.id, revealed.sort());
	});
	return out;
}

/** The questions with their `reveals` set (a new object for each question that reveals some). */
export function withReveals(
	questions: readonly Question[],
	reveals: ReadonlyMap<string, string[]>
): Question[] {
	return questions.map((q) => {
		const ids = reveals.get(q.id);
		return ids ? { ...q, reveals: ids } : q;
	});
}
