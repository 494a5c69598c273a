/**
 * The bank report (`npm run questions -- --report`): what a quiz editor checks first, in figures. Counts per
 * type and per topic, the true/false share, the `reveals` pairs and how many quiz sessions show an answer in
 * an earlier prompt, clozes by answer length, the answer's rank among number options, parts over their whole,
 * typed answers over five words, the questions that connect facts, texts an editor would send back, one
 * fact's quiz questions worded alike, and questions per fact. Pure: a bank and its facts in, figures out.
 *
 * A bank made before `reveals` existed has none stored: its pairs are computed here from its questions, and its
 * sessions are drawn as the app drew them then (blind to the pairs), so the old and the new bank compare.
 */
import { parseWrittenNumber } from '../facts/text';
import { pickQuizQuestions } from '../quiz';
import { createRng } from '../random';
import type { Bank, Fact, Question } from '../types';
import { MAX_TYPED_WORDS, typedWords } from './aliases';
import { styleProblems } from './phrasing';
import { computeReveals } from './reveals';
import { repeatedWordings } from './variety';

export interface BankReport {
	questions: number;
	byType: Record<string, number>;
	byTopic: Record<string, Record<string, number>>;
	trueFalse: { count: number; share: number; trueShare: number };
	reveals: {
		/** Stored in the bank (false: computed for this report). */
		stored: boolean;
		/** Directed pairs: question X's shown text states question Y's answer. */
		pairs: number;
		/** Pairs that give each other away both ways. */
		bothWays: number;
		/** Questions that give at least one other away. */
		revealers: number;
		/** Quiz sessions drawn, their length, and how many show an answer in an earlier question. */
		sessions: number;
		sessionLength: number;
		sessionsWithLeak: number;
		/** The same sessions, counting only prompts that state a later question's answer (the issue's measure). */
		sessionsWithPromptLeak: number;
	};
	/** Clozes by the words of their answer ("1", "2", ... "6-10", "11+"), and blanks turned into choices. */
	clozesByWords: Record<string, number>;
	clozeChoices: number;
	typedOverLimit: number;
	/** Choices whose options are all numbers: how many of the wrong options lie below the answer. */
	numberRanks: [number, number, number, number];
	/** Choices whose answer is the one longest option. */
	longestIsAnswer: { count: number; of: number };
	partsOverWhole: number;
	/** Questions that connect facts, by kind (connected.ts). */
	connected: Record<string, number>;
	/** Texts shown by questions that a native editor would send back (phrasing.ts styleProblems). */
	styleProblems: number;
	/** Pairs of quiz questions of one fact with the same wording (variety.ts). */
	repeatedWordings: number;
	/** Facts asked by n questions (single-fact questions only), and the facts asked most. */
	perFact: { histogram: Record<string, number>; mean: number; most: [string, number][] };
}

const count = <K extends string>(out: Record<K, number>, key: K) => {
	out[key] = (out[key] ?? 0) + 1;
};

function wordsBucket(n: number): string {
	return n <= 5 ? String(n) : n <= 10 ? '6-10' : '11+';
}

function numberOf(text: string): number | null {
	const m = /\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?/u.exec(text);
	return m ? parseWrittenNumber(m[0]) : null;
}

/** Leaks in one session: a question shown before another that it gives away. */
function leaks(session: readonly Question[], reveals: ReadonlyMap<string, string[]>): number {
	let n = 0;
	session.forEach((a, i) => {
		const r = reveals.get(a.id);
		if (r) for (const b of session.slice(i + 1)) if (r.includes(b.id)) n++;
	});
	return n;
}

/** The report of a bank, with `sessions` quizzes of `sessionLength` drawn with seeds 0, 1, ... */
export function bankReport(
	bank: Bank,
	facts: readonly Fact[],
	opts: { sessions?: number; sessionLength?: number } = {}
): BankReport {
	const qs = bank.questions;
	const stored = qs.some((q) => q.reveals !== undefined);
	const reveals = stored
		? new Map(qs.flatMap((q) => (q.reveals ? [[q.id, q.reveals] as [string, string[]]] : [])))
		: computeReveals(
				qs,
				facts.filter((f) => f.damaged === undefined)
			);

	const byType: Record<string, number> = {};
	const byTopic: Record<string, Record<string, number>> = {};
	for (const q of qs) {
		count(byType, q.type);
		count((byTopic[q.topic] ??= {}), q.type);
	}

	const tf = qs.filter((q) => q.type === 'truefalse');
	let pairs = 0;
	let mutual = 0;
	for (const [x, ys] of reveals)
		for (const y of ys) {
			pairs++;
			if (reveals.get(y)?.includes(x)) mutual++;
		}

	const sessions = opts.sessions ?? 200;
	const sessionLength = opts.sessionLength ?? 20;
	const settings = { length: sessionLength, topics: [], types: [], timeLimit: null };
	const live = facts.filter((f) => f.damaged === undefined);
	// Prompts only; with stored pairs, within them: a false statement's swapped-in value states nothing, which
	// only the generator can tell apart (a bank without stored pairs is measured on its prompts as they are).
	const byPrompt = computeReveals(qs, live, (q) => q.prompt);
	if (stored)
		for (const [x, ys] of byPrompt)
			byPrompt.set(
				x,
				ys.filter((y) => reveals.get(x)?.includes(y) ?? false)
			);
	let sessionsWithLeak = 0;
	let sessionsWithPromptLeak = 0;
	for (let seed = 0; seed < sessions; seed++) {
		const session = pickQuizQuestions(qs, settings, createRng(seed));
		if (leaks(session, reveals) > 0) sessionsWithLeak++;
		if (leaks(session, byPrompt) > 0) sessionsWithPromptLeak++;
	}

	const clozesByWords: Record<string, number> = {};
	for (const q of qs) if (q.type === 'cloze') count(clozesByWords, wordsBucket(typedWords(String(q.answer))));
	const typedOverLimit = qs.filter(
		(q) => (q.type === 'typed' || q.type === 'cloze') && typedWords(String(q.answer)) > MAX_TYPED_WORDS
	).length;

	const factById = new Map(facts.map((f) => [f.id, f]));
	const numberRanks: [number, number, number, number] = [0, 0, 0, 0];
	let partsOverWhole = 0;
	let longest = 0;
	const choices = qs.filter((q) => q.type === 'choice');
	// A composition's options share their sum, so their first parts say nothing of the answer's rank.
	for (const q of choices) {
		const options = q.choices ?? [];
		const lengths = options.map((c) => c.length);
		const max = Math.max(...lengths);
		if (String(q.answer).length === max && lengths.filter((l) => l === max).length === 1) longest++;
		const values = options.map(numberOf);
		const truth = numberOf(String(q.answer));
		if (
			q.connects !== undefined ||
			truth === null ||
			values.some((v) => v === null) ||
			!/\d/u.test(String(q.answer).slice(0, 3))
		)
			continue;
		const below = values.filter((v) => v! < truth).length;
		if (below <= 3) numberRanks[below as 0 | 1 | 2 | 3]++;
		const fact = factById.get(q.factIds[0] ?? '');
		const whole = fact && 'partOf' in fact && fact.partOf ? factById.get(fact.partOf) : undefined;
		if (whole && 'value' in whole && typeof whole.value === 'number') {
			const limit = whole.value;
			if (values.some((v) => v! > limit)) partsOverWhole++;
		}
	}

	const connected: Record<string, number> = {};
	for (const q of qs) if (q.connects) count(connected, q.connects);
	let styles = 0;
	for (const q of qs) {
		const shown = [q.prompt, ...(q.type === 'flashcard' && typeof q.answer === 'string' ? [q.answer] : [])];
		// A flashcard's back is a sentence only when it ends like one.
		if (shown.some((t, i) => (i === 0 || /[.?!]$/u.test(t)) && styleProblems(t).length > 0)) styles++;
	}

	const perFactCount = new Map<string, number>();
	for (const q of qs)
		if (q.factIds.length === 1) perFactCount.set(q.factIds[0]!, (perFactCount.get(q.factIds[0]!) ?? 0) + 1);
	const histogram: Record<string, number> = {};
	for (const n of perFactCount.values()) count(histogram, String(n));
	const counts = [...perFactCount.values()];
	return {
		questions: qs.length,
		byType,
		byTopic,
		trueFalse: {
			count: tf.length,
			share: qs.length ? tf.length / qs.length : 0,
			trueShare: tf.length ? tf.filter((q) => q.answer === true).length / tf.length : 0
		},
		reveals: {
			stored,
			pairs,
			bothWays: mutual / 2,
			revealers: reveals.size,
			sessions,
			sessionLength,
			sessionsWithLeak,
			sessionsWithPromptLeak
		},
		clozesByWords,
		clozeChoices: qs.filter((q) => q.id.includes(':choice:cloze')).length,
		typedOverLimit,
		numberRanks,
		longestIsAnswer: { count: longest, of: choices.length },
		partsOverWhole,
		connected,
		styleProblems: styles,
		repeatedWordings: repeatedWordings(qs).length,
		perFact: {
			histogram,
			mean: counts.length ? counts.reduce((a, b) => a + b, 0) / counts.length : 0,
			most: [...perFactCount].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 5)
		}
	};
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

function sortedKeys(record: Record<string, number>): string[] {
	return Object.keys(record).sort((a, b) => {
		const na = Number.parseInt(a, 10);
		const nb = Number.parseInt(b, 10);
		return Number.isNaN(na) || Number.isNaN(nb) ? (a < b ? -1 : 1) : na - nb;
	});
}

/** The report as lines of plain text, for the terminal. */
export function formatReport(r: BankReport, types: readonly string[]): string[] {
	const present = types.filter((t) => r.byType[t] !== undefined);
	const pad = (s: string | number, n: number) => String(s).padStart(n);
	const head = `${'topic'.padEnd(24)}${present.map((t) => pad(t, 10)).join('')}${pad('total', 8)}${pad('t/f', 8)}`;
	const rows = Object.keys(r.byTopic)
		.sort()
		.map((topic) => {
			const row = r.byTopic[topic]!;
			const total = Object.values(row).reduce((a, b) => a + b, 0);
			return `${topic.padEnd(24)}${present.map((t) => pad(row[t] ?? 0, 10)).join('')}${pad(total, 8)}${pad(pct((row.truefalse ?? 0) / total), 8)}`;
		});
	const all = `${'all'.padEnd(24)}${present.map((t) => pad(r.byType[t] ?? 0, 10)).join('')}${pad(r.questions, 8)}${pad(pct(r.trueFalse.share), 8)}`;
	const rev = r.reveals;
	return [
		`questions: ${r.questions}`,
		head,
		...rows,
		all,
		`true/false: ${r.trueFalse.count} of ${r.questions} (${pct(r.trueFalse.share)}), of them true ${pct(r.trueFalse.trueShare)}`,
		`reveals (${rev.stored ? 'stored' : 'computed, not in the bank'}): ${rev.pairs} pairs (${rev.bothWays} both ways) from ${rev.revealers} questions`,
		`quiz sessions of ${rev.sessionLength} showing an answer in an earlier question: ${rev.sessionsWithLeak} of ${rev.sessions} (in an earlier prompt: ${rev.sessionsWithPromptLeak})`,
		`clozes by words of the answer: ${sortedKeys(r.clozesByWords)
			.map((k) => `${k}: ${r.clozesByWords[k]}`)
			.join(', ')}; blanks asked as choices: ${r.clozeChoices}`,
		`typed answers over ${MAX_TYPED_WORDS} words: ${r.typedOverLimit}`,
		`number choices by rank of the answer (wrong options below it): ${r.numberRanks.map((n, i) => `${i}: ${n}`).join(', ')}`,
		`choices whose answer is the longest option: ${r.longestIsAnswer.count} of ${r.longestIsAnswer.of}`,
		`choices with a part over its whole: ${r.partsOverWhole}`,
		`questions that connect facts: ${Object.values(r.connected).reduce((a, b) => a + b, 0)} (${
			Object.keys(r.connected)
				.sort()
				.map((k) => `${k} ${r.connected[k]}`)
				.join(', ') || 'none'
		})`,
		`texts a native editor would send back: ${r.styleProblems}; quiz questions of one fact worded alike: ${r.repeatedWordings}`,
		`questions per fact: ${sortedKeys(r.perFact.histogram)
			.map((k) => `${k}: ${r.perFact.histogram[k]} facts`)
			.join(
				', '
			)}; mean ${r.perFact.mean.toFixed(1)}; most ${r.perFact.most.map(([f, n]) => `${f} ${n}`).join(', ')}`
	];
}
