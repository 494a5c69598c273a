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

// Latin letters and digits: Vietnamese is written with them, and a plain class is much faster than \p{L}.
// eslint-disable-next-line no-misleading-character-class -- ranges of combining marks, on purpose
const WORDS = /[A-Za-z0-9\u00C0-\u024F\u0300-\u036F\u1E00-\u1EFF]+/g;

/** Folded words, kept: a deck's texts share a small vocabulary (bounded, like the folding caches). */
const foldedWords = new Map<string, string>();

/**
 * The folded words of a text, as foldText folds them (case, tone placement, tỉ/tỷ), one word at a time: the
 * words are all this module compares, and folding a whole text also maps every offset back, which costs more.
 */
function wordsOf(text: string): string[] {
	const raw = text.match(WORDS) ?? [];
	const out = new Array<string>(raw.length);
	for (let i = 0; i < raw.length; i++) {
		const w = raw[i]!;
		let f = foldedWords.get(w);
		if (f === undefined) {
			if (foldedWords.size > 20_000) foldedWords.clear();
			foldedWords.set(w, (f = foldText(w)));
		}
		out[i] = f;
	}
	return out;
}

/**
 * The words of a text and their set, kept (bounded): a deck's prompts, quotes and statements come back in
 * every generation of it (the import screen regenerates as facts are ticked), and reading them is most of
 * the cost of the relation. Shared and read-only.
 */
const textWords = new Map<string, { list: string[]; words: Set<string> }>();

function wordsOfText(text: string): { list: string[]; words: Set<string> } {
	let t = textWords.get(text);
	if (t === undefined) {
		if (textWords.size > 5_000) textWords.clear();
		const list = wordsOf(text);
		textWords.set(text, (t = { list, words: new Set(list) }));
	}
	return t;
}

/**
 * Function words and question words: they tie nothing to anything. Folded at load (wordsOf), so the list
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
	].map((w) => wordsOf(w)[0]!)
);

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

const phraseCache = new Map<string, string[]>();

/** The folded words of a phrase, kept (bounded). */
function phraseWords(phrase: string): string[] {
	let p = phraseCache.get(phrase);
	if (!p) {
		if (phraseCache.size > 5000) phraseCache.clear();
		phraseCache.set(phrase, (p = wordsOf(phrase)));
	}
	return p;
}

/**
 * Whether the words of a phrase follow one another in `words` (both folded): the phrase as whole words,
 * punctuation aside ("08 cặp" in "08 cặp kết nghĩa", never in "108 cặp"; "1,6 triệu" never in "11,6 triệu").
 */
function holdsWords(words: readonly string[], phrase: readonly string[]): boolean {
	if (phrase.length === 0) return false;
	outer: for (let i = 0; i + phrase.length <= words.length; i++) {
		for (let j = 0; j < phrase.length; j++) if (words[i + j] !== phrase[j]) continue outer;
		return true;
	}
	return false;
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

/** The phrases a text must hold to state the fact (lists: see listTargets). */
function phrasesOf(fact: Fact): string[] {
	switch (fact.kind) {
		case 'person-post':
			return [fact.person, fact.post];
		case 'org':
			return [fact.name, fact.value];
		case 'count':
		case 'amount':
			return [`${fact.written} ${unitOf(fact)}`];
		case 'date':
			return [dateCore(fact.value)];
		case 'list':
			return fact.items;
		default:
			return [fact.value];
	}
}

/** How a deck's facts are stated, prepared once: see the module comment. */
export interface Revealer {
	/**
	 * Whether `text` states `fact`, one of the facts question `q` asks about (for a list, the items `q` asks:
	 * `targets`, when the caller has them already).
	 */
	statesFact(text: string, fact: Fact, q: Question, targets?: { items: string[]; need: number }): boolean;
	/** Folded words one of which a text must hold to state the fact (a quick filter before statesFact). */
	keyWords(fact: Fact): string[];
	/** The folded words of a text. */
	wordsIn(text: string): Set<string>;
}

interface TextInfo {
	list: string[];
	words: Set<string>;
	/** Made when first needed: most texts are ruled out by their words alone. */
	pairs?: Set<number>;
}

const NO_WORDS: ReadonlySet<string> = new Set();

/**
 * Prepares the facts of a deck. Word pairs found in the contexts of more than a fifth of the facts ("Quảng
 * Ninh", "đối ngoại nhân dân" in this article) tie nothing to one fact and are left out of every context.
 */
export function createRevealer(facts: readonly Fact[]): Revealer {
	// Words as numbers, and a pair of words as one number: the pairs are compared by the thousand.
	const ids = new Map<string, number>();
	const idOf = (w: string) => {
		let id = ids.get(w);
		if (id === undefined) ids.set(w, (id = ids.size));
		return id;
	};
	/**
	 * Pairs of neighbouring content words ("kinh phí", "phí đào", "đào tạo"): function words are skipped, and
	 * the answer's own words (`skip`) break the chain, so what is left ties the answer to its fact, in order.
	 */
	const pairsOf = (
		words: readonly string[],
		skip: ReadonlySet<string> = NO_WORDS,
		out = new Set<number>()
	) => {
		let prev = -1;
		for (const w of words) {
			if (STOP_WORDS.has(w)) continue;
			if (skip.has(w)) {
				prev = -1;
				continue;
			}
			const id = idOf(w);
			if (prev >= 0) out.add(prev * 0x100000 + id);
			prev = id;
		}
		return out;
	};

	const prepared = new Map<
		Fact,
		{ answerWords: Set<string>; contexts: Set<number>[]; phrases: string[][] }
	>();
	const raw = new Map<Fact, Set<number>[]>();
	const spread = new Map<number, number>();
	for (const fact of facts) {
		const skip = wordsOfText(answerOf(fact)).words;
		// A statement's two sides of "{value}" are not neighbours.
		const sources = [[fact.quote], fact.statement?.split('{value}') ?? [], [fact.ask ?? '']];
		const sets = sources.map((parts) => {
			const out = new Set<number>();
			for (const part of parts) pairsOf(wordsOfText(part).list, skip, out);
			return out;
		});
		raw.set(fact, sets);
		const all = new Set<number>();
		for (const set of sets) for (const pair of set) all.add(pair);
		for (const pair of all) spread.set(pair, (spread.get(pair) ?? 0) + 1);
	}
	const common = Math.max(3, facts.length / 5);
	for (const [fact, sets] of raw) {
		const contexts = sets
			.map((s) => {
				const rare = new Set<number>();
				for (const p of s) if ((spread.get(p) ?? 0) <= common) rare.add(p);
				return rare.size > 0 ? rare : s;
			})
			.filter((s) => s.size > 0);
		prepared.set(fact, {
			answerWords: wordsOfText(answerOf(fact)).words,
			contexts,
			phrases: phrasesOf(fact).map(phraseWords)
		});
	}

	const texts = new Map<string, TextInfo>();
	const info = (text: string): TextInfo => {
		let t = texts.get(text);
		if (!t) {
			const { list, words } = wordsOfText(text);
			texts.set(text, (t = { list, words }));
		}
		return t;
	};

	/** Most of one of the fact's contexts, and at least MIN_PAIRS of its pairs (or all, when fewer). */
	const tied = (t: TextInfo, fact: Fact): boolean => {
		const p = prepared.get(fact);
		if (!p || p.contexts.length === 0) return true;
		const own = (t.pairs ??= pairsOf(t.list));
		return p.contexts.some((pairs) => {
			let held = 0;
			for (const pair of pairs) if (own.has(pair)) held++;
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
		statesFact(text, fact, q, targets) {
			const t = info(text);
			const p = prepared.get(fact);
			if (!p) return false;
			// Cheap first: a text without some word of the answer cannot state it (lists: without any item).
			if (fact.kind !== 'list') for (const w of p.answerWords) if (!t.words.has(w)) return false;
			switch (fact.kind) {
				// A person with the post, an abbreviation with its long form: both names state it.
				case 'person-post':
				case 'org':
					for (const phrase of p.phrases) if (!holdsWords(t.list, phrase)) return false;
					return true;
				case 'list': {
					if (!tied(t, fact)) return false;
					const { items, need } = targets ?? listTargets(q, fact);
					let n = 0;
					for (const item of items) if (holdsWords(t.list, phraseWords(item))) n++;
					return n >= need;
				}
				// The context first: comparing word pairs costs less than looking for a phrase. A figure is
				// looked for with its unit ("08 cặp", "trên 74 tỉ đồng", also without "trên"), a date by its core.
				default:
					return tied(t, fact) && holdsWords(t.list, p.phrases[0]!);
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
	const asks: { fact: Fact; sample: Question; targets?: { items: string[]; need: number } }[] = [];
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
				asks.push({ fact, sample: q, ...(list ? { targets: list } : {}) });
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
	// Who asks what, and which questions each fact has: a question's text is checked once per thing asked,
	// and only things whose key word it holds, then its finds are turned into question ids.
	const askers: number[][] = asks.map(() => []);
	const byFact: number[][] = facts.map(() => []);
	info.forEach((yInfo, yi) => {
		for (const a of new Set(yInfo.askIds)) askers[a]!.push(yi);
		for (const f of yInfo.factIds) byFact[f]!.push(yi);
	});
	const out = new Map<string, string[]>();
	// Marks by the index of the text or question being looked at (+1), so nothing is cleared or allocated per
	// question. Questions often show the same text (a flashcard and the choice of one fact: the same question
	// and answer), so what a text states is worked out once per text.
	const tried = new Int32Array(asks.length);
	const seen = new Int32Array(questions.length);
	const statedBy = new Map<string, number[]>();
	const NONE: number[] = [];
	for (let xi = 0; xi < questions.length; xi++) {
		const x = questions[xi]!;
		const mark = xi + 1;
		const text = shown(x);
		let stated = statedBy.get(text);
		if (stated === undefined) {
			stated = NONE;
			for (const w of revealer.wordsIn(text)) {
				const candidates = byWord.get(w);
				if (candidates === undefined) continue;
				for (const a of candidates) {
					if (tried[a] === mark) continue;
					tried[a] = mark;
					const ask = asks[a]!;
					if (revealer.statesFact(text, ask.fact, ask.sample, ask.targets)) {
						if (stated === NONE) stated = [];
						stated.push(a);
					}
				}
			}
			statedBy.set(text, stated);
		}
		const group = info[xi]!.group;
		const found: number[] = [];
		// A match round states each of its pairs, whose figures it shows without their unit.
		const matched = x.type === 'match' ? info[xi]!.factIds.flatMap((f) => byFact[f]!) : NONE;
		for (const list of [matched, ...stated.map((a) => askers[a]!)])
			for (const yi of list) {
				if (seen[yi] === mark) continue;
				seen[yi] = mark;
				if (yi !== xi && info[yi]!.group !== group) found.push(yi);
			}
		if (found.length > 0) out.set(x.id, found.map((yi) => questions[yi]!.id).sort());
	}
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
