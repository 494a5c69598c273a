/**
 * Learn mode: adaptive rounds in the manner of Quizlet's Learn, driven by each card's FSRS state.
 * A round takes a small set of facts (new and weak first). A fact the learner does not know yet is asked
 * as a recognition question (choice); a known one (a card in Review, or answered right once this round)
 * as recall (typed, cloze or numeric). A miss sends the fact back a few places later, never straight
 * away; the round ends when every fact has been answered right twice.
 * Everything here is pure and immutable: the page keeps the round in state and replaces it whole.
 */
import type { CardRecord } from './records';
import { isNew } from './due';
import type { Rng } from './random';
import type { Question, QuestionType } from './types';
import { pickApart, revealLinks, type RevealLinks } from './reveals';

/** Facts per round. Seven is about what working memory holds, and a round stays short on a bus ride. */
export const LEARN_SET_SIZE = 7;
/** Right answers a fact needs in a round. */
const RIGHTS_TO_MASTER = 2;
/** How many other questions come before a missed fact returns (fewer when fewer are left). */
export const MISS_GAP = 3;

/** Recognition types, best first: a new fact is shown its answer among others. */
const RECOGNITION_TYPES: readonly QuestionType[] = ['choice', 'truefalse', 'multi'];
/** Recall types: the learner produces the answer. */
const RECALL_TYPES: readonly QuestionType[] = ['typed', 'cloze', 'numeric'];

/** The questions of one fact that learn mode can ask. */
export interface LearnFact {
	factId: string;
	recognition: Question[];
	recall: Question[];
}

interface FactProgress {
	factId: string;
	/** Right answers this round. */
	rights: number;
	/** Misses this round. */
	misses: number;
	/** Known before the round started (a card of the fact is in Review). */
	known: boolean;
	/** Id of the last question asked for this fact, to vary the next one. */
	lastQuestionId?: string;
}

export interface LearnRound {
	facts: FactProgress[];
	/** Fact ids still to ask, the head next. */
	queue: string[];
	/** Questions answered so far this round. */
	asked: number;
}

export interface LearnItem {
	factId: string;
	question: Question;
	/** Whether the question asks for recall (typed/cloze/numeric) rather than recognition. */
	recall: boolean;
}

/** Nothing to learn: the bank has no question learn mode can ask. */
export class LearnError extends Error {
	override name = 'LearnError';
}

/**
 * Groups the bank's questions by fact. Only single-fact questions of a recognition or recall type take part
 * (match boards and flashcards have their own modes).
 */
export function learnFacts(questions: readonly Question[]): LearnFact[] {
	const byFact = new Map<string, LearnFact>();
	for (const q of questions) {
		if (q.factIds.length !== 1) continue;
		const factId = q.factIds[0] as string;
		const isRecognition = RECOGNITION_TYPES.includes(q.type);
		if (!isRecognition && !RECALL_TYPES.includes(q.type)) continue;
		let f = byFact.get(factId);
		if (!f) byFact.set(factId, (f = { factId, recognition: [], recall: [] }));
		(isRecognition ? f.recognition : f.recall).push(q);
	}
	return [...byFact.values()];
}

function factCards(fact: LearnFact, cards: ReadonlyMap<string, CardRecord>): CardRecord[] {
	const out: CardRecord[] = [];
	for (const q of [...fact.recognition, ...fact.recall]) {
		const c = cards.get(q.id);
		if (c) out.push(c);
	}
	return out;
}

/** A fact counts as known when one of its cards has graduated to FSRS Review. */
function isKnown(fact: LearnFact, cards: ReadonlyMap<string, CardRecord>): boolean {
	return factCards(fact, cards).some((c) => c.state === 2);
}

/**
 * How urgently a fact needs learning; lower comes first. Relearning (lapsed) and new facts first, then
 * learning ones, then known ones from the weakest (lowest stability) up, overdue before not yet due.
 */
function needScore(fact: LearnFact, cards: ReadonlyMap<string, CardRecord>, now: Date): number {
	const cs = factCards(fact, cards);
	if (!cs.length || cs.every(isNew)) return 0;
	if (cs.some((c) => c.state === 3)) return 0;
	if (!cs.some((c) => c.state === 2)) return 1;
	const stability = Math.min(...cs.filter((c) => c.state === 2).map((c) => c.stability));
	const overdue = cs.some((c) => c.due <= now.getTime());
	return (overdue ? 2 : 3) + stability / (stability + 1);
}

/**
 * Links between facts: fact A and fact B are linked when a question of one gives away a question of the other
 * (the bank's `reveals`), so a round that asks both again and again would hand one's answer to the other.
 */
export function factLinks(facts: readonly LearnFact[]): RevealLinks {
	const questions = facts.flatMap((f) => [...f.recognition, ...f.recall]);
	const factOf = new Map<string, string>();
	for (const f of facts) for (const q of [...f.recognition, ...f.recall]) factOf.set(q.id, f.factId);
	const out = new Map<string, Set<string>>();
	for (const [a, linked] of revealLinks(questions)) {
		const fa = factOf.get(a)!;
		for (const b of linked) {
			const fb = factOf.get(b)!;
			if (fa === fb) continue;
			let s = out.get(fa);
			if (!s) out.set(fa, (s = new Set()));
			s.add(fb);
		}
	}
	return out;
}

/**
 * Starts a round: the `size` neediest facts (ties broken by the seeded rng, so repeated rounds vary), no two
 * of which give each other away while the deck has enough others, asked in a shuffled order. Throws
 * LearnError when no fact can be asked.
 */
export function startRound(
	facts: readonly LearnFact[],
	cards: ReadonlyMap<string, CardRecord>,
	now: Date,
	rng: Rng,
	size = LEARN_SET_SIZE
): LearnRound {
	const askable = facts.filter((f) => f.recognition.length || f.recall.length);
	if (!askable.length) throw new LearnError('No fact in this deck has a question learn mode can ask');
	const byNeed = rng
		.shuffle(askable)
		.map((f) => ({ f, score: needScore(f, cards, now) }))
		.sort((a, b) => a.score - b.score)
		.map(({ f }) => f);
	const chosen = pickApart(byNeed, Math.max(1, size), (f) => [f.factId], factLinks(askable));
	const order = rng.shuffle(chosen);
	return {
		facts: order.map((f) => ({ factId: f.factId, rights: 0, misses: 0, known: isKnown(f, cards) })),
		queue: order.map((f) => f.factId),
		asked: 0
	};
}

function progressOf(round: LearnRound, factId: string): FactProgress {
	const p = round.facts.find((f) => f.factId === factId);
	if (!p) throw new LearnError(`Fact "${factId}" is not in this round`);
	return p;
}

/** Recall once the fact is known or has been answered right once this round; recognition before that. */
function wantsRecall(p: FactProgress): boolean {
	return p.known || p.rights >= 1;
}

/**
 * The next question of the round, or null when the round is done. Prefers the wanted kind (recall or
 * recognition) and falls back to the other when the fact has none; avoids repeating the last question.
 */
export function nextItem(round: LearnRound, facts: readonly LearnFact[], rng: Rng): LearnItem | null {
	const factId = round.queue[0];
	if (factId === undefined) return null;
	const p = progressOf(round, factId);
	const fact = facts.find((f) => f.factId === factId);
	if (!fact) throw new LearnError(`Fact "${factId}" has no questions`);
	const recall = wantsRecall(p) ? fact.recall.length > 0 : fact.recognition.length === 0;
	const pool = recall ? fact.recall : fact.recognition;
	// Prefer the best type of the kind (choice before true/false, typed before cloze) but never the same question twice running.
	const order = recall ? RECALL_TYPES : RECOGNITION_TYPES;
	const fresh = pool.filter((q) => q.id !== p.lastQuestionId);
	const candidates = fresh.length ? fresh : pool;
	const bestType = order.find((t) => candidates.some((q) => q.type === t));
	const question = rng.pick(candidates.filter((q) => q.type === bestType));
	return { factId, question, recall };
}

/**
 * The round after the head fact was answered. Right answers count towards mastery; a fact not yet
 * mastered goes back: after MISS_GAP others when missed (so it is not asked again at once), to the end
 * when answered right.
 */
export function answerItem(round: LearnRound, item: LearnItem, correct: boolean): LearnRound {
	if (round.queue[0] !== item.factId) {
		throw new LearnError(
			`Answered fact "${item.factId}" is not the one being asked (${round.queue[0] ?? 'none'})`
		);
	}
	const facts = round.facts.map((p) =>
		p.factId === item.factId
			? {
					...p,
					rights: p.rights + (correct ? 1 : 0),
					misses: p.misses + (correct ? 0 : 1),
					lastQuestionId: item.question.id
				}
			: p
	);
	const queue = round.queue.slice(1);
	const p = facts.find((f) => f.factId === item.factId) as FactProgress;
	if (p.rights < RIGHTS_TO_MASTER) {
		const at = correct ? queue.length : Math.min(MISS_GAP, queue.length);
		queue.splice(at, 0, item.factId);
	}
	return { facts, queue, asked: round.asked + 1 };
}

/**
 * The round without the facts that have no question left to ask (the learner reported them since it began),
 * so the round goes on with the others; the same round when none is gone.
 */
export function withoutGoneFacts(round: LearnRound, facts: readonly LearnFact[]): LearnRound {
	const askable = new Set(facts.filter((f) => f.recognition.length || f.recall.length).map((f) => f.factId));
	if (round.facts.every((p) => askable.has(p.factId))) return round;
	return {
		...round,
		facts: round.facts.filter((p) => askable.has(p.factId)),
		queue: round.queue.filter((id) => askable.has(id))
	};
}

/** Where the round stands, as Quizlet's Learn shows it: each fact is new, familiar (one step) or mastered (two). */
export interface RoundProgress {
	/** Facts answered right twice. */
	mastered: number;
	/** Facts answered right once: half way. */
	familiar: number;
	/** Facts not answered right yet. */
	fresh: number;
	total: number;
	/** Right answers that count towards the round (at most RIGHTS_TO_MASTER a fact): moves with every one. */
	steps: number;
	/** Steps in all: RIGHTS_TO_MASTER a fact. */
	maxSteps: number;
	/** Each fact's steps (0, 1 or 2), in the round's order, for a row of pips. */
	perFact: number[];
}

/** The round's progress: mastered, familiar and new facts, and the steps that move with every right answer. */
export function roundProgress(round: LearnRound): RoundProgress {
	const perFact = round.facts.map((p) => Math.min(p.rights, RIGHTS_TO_MASTER));
	const count = (n: number) => perFact.filter((x) => x === n).length;
	return {
		mastered: count(RIGHTS_TO_MASTER),
		familiar: perFact.filter((x) => x > 0 && x < RIGHTS_TO_MASTER).length,
		fresh: count(0),
		total: perFact.length,
		steps: perFact.reduce((a, b) => a + b, 0),
		maxSteps: perFact.length * RIGHTS_TO_MASTER,
		perFact
	};
}

/** End-of-round figures: questions asked, first-time rights, and the facts missed at least once. */
export function roundSummary(round: LearnRound): {
	asked: number;
	facts: number;
	missedFacts: string[];
	firstTry: number;
} {
	return {
		asked: round.asked,
		facts: round.facts.length,
		missedFacts: round.facts.filter((p) => p.misses > 0).map((p) => p.factId),
		firstTry: round.facts.filter((p) => p.misses === 0 && p.rights >= RIGHTS_TO_MASTER).length
	};
}
