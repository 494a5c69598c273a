import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/lib/domain/random';
import type { Question, QuestionType } from '../../../src/lib/domain/types';
import type { CardRecord } from '../../../src/lib/domain/records';
import {
	LEARN_SET_SIZE,
	LearnError,
	MISS_GAP,
	answerItem,
	learnFacts,
	nextItem,
	roundProgress,
	roundSummary,
	startRound,
	withoutGoneFacts,
	type LearnRound
} from '../../../src/lib/domain/learn';

const NOW = new Date('2026-03-23T08:00:00Z');

function q(fact: number, type: QuestionType, variant = ''): Question {
	return {
		id: `f${fact}:${type}${variant}`,
		type,
		prompt: `Hỏi ${fact} ${type}`,
		answer: type === 'truefalse' ? true : `đáp ${fact}`,
		factIds: [`f${fact}`],
		topic: 'people',
		source: { quote: `trích ${fact}` }
	};
}

/** 10 facts, each with choice, typed, cloze and a flashcard; one match question over several facts. */
function bank(): Question[] {
	const out: Question[] = [];
	for (let f = 0; f < 10; f++) out.push(q(f, 'choice'), q(f, 'typed'), q(f, 'cloze'), q(f, 'flashcard'));
	out.push({
		...q(0, 'match'),
		factIds: ['f0', 'f1'],
		pairs: [
			['a', 'b'],
			['c', 'd']
		]
	});
	return out;
}

function card(id: string, state: 0 | 1 | 2 | 3, stability = 1, due = NOW.getTime() + 86_400_000): CardRecord {
	return {
		questionId: id,
		deckId: 'd',
		due,
		stability,
		difficulty: 5,
		elapsedDays: 0,
		scheduledDays: 1,
		learningSteps: 0,
		reps: 1,
		lapses: 0,
		state
	};
}

describe('learn facts', () => {
	it('groups single-fact questions into recognition and recall, leaving flashcards and match out', () => {
		const facts = learnFacts(bank());
		expect(facts).toHaveLength(10);
		const f0 = facts.find((f) => f.factId === 'f0');
		expect(f0?.recognition.map((x) => x.type)).toEqual(['choice']);
		expect(f0?.recall.map((x) => x.type).sort()).toEqual(['cloze', 'typed']);
	});
});

describe('a learn round', () => {
	const facts = learnFacts(bank());

	it('takes 7 facts, new and weak ones before strong ones', () => {
		const cards = new Map<string, CardRecord>();
		// f0..f4 strongly known, f5 lapsed (relearning), the rest new.
		for (let f = 0; f < 5; f++) cards.set(`f${f}:typed`, card(`f${f}:typed`, 2, 100));
		cards.set('f5:choice', card('f5:choice', 3));
		const round = startRound(facts, cards, NOW, createRng(1));
		expect(round.facts).toHaveLength(7);
		const ids = round.facts.map((p) => p.factId);
		for (const weak of ['f5', 'f6', 'f7', 'f8', 'f9']) expect(ids).toContain(weak);
		expect(ids.filter((id) => ['f0', 'f1', 'f2', 'f3', 'f4'].includes(id))).toHaveLength(2);
	});

	it('asks a new fact as a choice question and a known one as typed recall', () => {
		const cards = new Map<string, CardRecord>([['f3:choice', card('f3:choice', 2, 30)]]);
		const round = startRound(facts, cards, NOW, createRng(2), 10);
		const rng = createRng(3);
		const known: LearnRound = { ...round, queue: ['f3', ...round.queue.filter((id) => id !== 'f3')] };
		const k = nextItem(known, facts, rng);
		expect(k?.recall).toBe(true);
		expect(k?.question.type).toBe('typed');
		const fresh: LearnRound = { ...round, queue: ['f4', ...round.queue.filter((id) => id !== 'f4')] };
		const n = nextItem(fresh, facts, rng);
		expect(n?.recall).toBe(false);
		expect(n?.question.type).toBe('choice');
	});

	it('after one right answer a new fact comes back as recall, then is mastered after a second', () => {
		let round = startRound(facts, new Map(), NOW, createRng(4), 3);
		const rng = createRng(5);
		const first = nextItem(round, facts, rng);
		expect(first?.question.type).toBe('choice');
		round = answerItem(round, first!, true);
		expect(round.queue[round.queue.length - 1]).toBe(first?.factId);
		// answer the two others right once to bring the first back to the head
		round = answerItem(round, nextItem(round, facts, rng)!, true);
		round = answerItem(round, nextItem(round, facts, rng)!, true);
		const again = nextItem(round, facts, rng);
		expect(again?.factId).toBe(first?.factId);
		expect(again?.recall).toBe(true);
		expect(['typed', 'cloze']).toContain(again?.question.type);
		round = answerItem(round, again!, true);
		expect(round.queue).not.toContain(first?.factId);
		expect(roundProgress(round)).toMatchObject({
			mastered: 1,
			familiar: 2,
			fresh: 0,
			total: 3,
			steps: 4,
			maxSteps: 6
		});
	});

	it('progress moves with every right answer, and each fact shows its two steps', () => {
		let round = startRound(facts, new Map(), NOW, createRng(4), 3);
		const rng = createRng(5);
		expect(roundProgress(round)).toMatchObject({ steps: 0, fresh: 3, perFact: [0, 0, 0] });
		const seen: number[] = [];
		for (let i = 0; i < 6; i++) {
			const item = nextItem(round, facts, rng)!;
			round = answerItem(round, item, true);
			seen.push(roundProgress(round).steps);
		}
		expect(seen).toEqual([1, 2, 3, 4, 5, 6]);
		expect(roundProgress(round)).toMatchObject({ mastered: 3, familiar: 0, perFact: [2, 2, 2] });
		// A miss moves nothing.
		const other = startRound(facts, new Map(), NOW, createRng(4), 3);
		const missed = answerItem(other, nextItem(other, facts, createRng(5))!, false);
		expect(roundProgress(missed).steps).toBe(0);
	});

	it('a missed fact returns later in the round, not straight away', () => {
		let round = startRound(facts, new Map(), NOW, createRng(6), 7);
		const rng = createRng(7);
		const item = nextItem(round, facts, rng)!;
		round = answerItem(round, item, false);
		expect(round.queue[0]).not.toBe(item.factId);
		expect(round.queue.indexOf(item.factId)).toBe(MISS_GAP);
		// with a single fact left, it must come back at once: there is nothing else to ask
		const lone = startRound(facts, new Map(), NOW, createRng(8), 1);
		const li = nextItem(lone, facts, rng)!;
		expect(answerItem(lone, li, false).queue).toEqual([li.factId]);
	});

	it('ends when every fact was answered right twice, whatever the misses', () => {
		let round = startRound(facts, new Map(), NOW, createRng(9), 7);
		const rng = createRng(10);
		let guard = 0;
		const missOnce = new Set<string>();
		while (round.queue.length > 0 && guard++ < 100) {
			const item = nextItem(round, facts, rng)!;
			// miss every fact the first time it is asked
			const correct = missOnce.has(item.factId);
			missOnce.add(item.factId);
			round = answerItem(round, item, correct);
		}
		expect(round.queue).toEqual([]);
		expect(nextItem(round, facts, rng)).toBeNull();
		expect(round.facts.every((p) => p.rights === 2 && p.misses === 1)).toBe(true);
		expect(roundSummary(round)).toEqual({
			asked: 21,
			facts: 7,
			missedFacts: round.facts.map((p) => p.factId),
			firstTry: 0
		});
	});

	it('does not repeat the same recall question twice running when another exists', () => {
		let round = startRound(facts, new Map(), NOW, createRng(11), 1);
		const rng = createRng(12);
		round = answerItem(round, nextItem(round, facts, rng)!, true);
		const a = nextItem(round, facts, rng)!;
		round = answerItem(round, a, false);
		const b = nextItem(round, facts, rng)!;
		expect(b.recall).toBe(true);
		expect(b.question.id).not.toBe(a.question.id);
	});

	it('is deterministic for a seed', () => {
		const a = startRound(facts, new Map(), NOW, createRng('s'));
		const b = startRound(facts, new Map(), NOW, createRng('s'));
		expect(a).toEqual(b);
	});

	it('refuses a bank without askable facts and an answer for the wrong fact', () => {
		expect(() =>
			startRound(learnFacts(bank().filter((x) => x.type === 'flashcard')), new Map(), NOW, createRng(1))
		).toThrow(LearnError);
		const round = startRound(facts, new Map(), NOW, createRng(1), 2);
		const other = round.queue[1] as string;
		expect(() => answerItem(round, { factId: other, question: q(0, 'choice'), recall: false }, true)).toThrow(
			/not the one being asked/
		);
	});
});

describe('withoutGoneFacts', () => {
	it('drops from the round a fact whose questions were all reported, keeps the rest as they were', () => {
		const facts = learnFacts(bank());
		const round = startRound(facts, new Map(), NOW, createRng(3), 3);
		expect(withoutGoneFacts(round, facts)).toBe(round);
		const gone = round.queue[0] as string;
		const left = learnFacts(bank().filter((x) => x.factIds[0] !== gone || x.type === 'flashcard'));
		const next = withoutGoneFacts(round, left);
		expect(next.queue).toEqual(round.queue.slice(1));
		expect(next.facts.map((p) => p.factId)).toEqual(
			round.facts.map((p) => p.factId).filter((id) => id !== gone)
		);
		expect(nextItem(next, left, createRng(4))?.factId).toBe(round.queue[1]);
	});
});

describe('learn rounds over the committed bank', () => {
	const real = JSON.parse(readFileSync('questions/bank.json', 'utf8')) as { questions: Question[] };

	it('every fact can be asked, and a round of a new learner starts with recognition questions', () => {
		const facts = learnFacts(real.questions);
		expect(facts.length).toBeGreaterThanOrEqual(LEARN_SET_SIZE);
		for (const f of facts) expect(f.recognition.length + f.recall.length).toBeGreaterThan(0);
		const round = startRound(facts, new Map(), NOW, createRng(1));
		expect(round.facts).toHaveLength(LEARN_SET_SIZE);
		const item = nextItem(round, facts, createRng(2));
		const fact = facts.find((f) => f.factId === item?.factId);
		expect(item?.recall).toBe(fact?.recognition.length === 0);
	});
});
