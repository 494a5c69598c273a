/**
 * The checker against the committed bank: every question's own answer is graded right, and no wrong option
 * is. Skipped while the bank is still the empty placeholder.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fold, stripDiacritics } from '../../../../src/lib/domain/answers/fold';
import { gradeAnswer } from '../../../../src/lib/domain/answers/grade';
import type { Bank, Question } from '../../../../src/lib/domain/types';

const bank = JSON.parse(
	readFileSync(new URL('../../../../questions/bank.json', import.meta.url), 'utf8')
) as Bank;
const empty = bank.questions.length === 0;
const ofType = (...types: Question['type'][]) => bank.questions.filter((q) => types.includes(q.type));

/** What a learner who knows everything gives, in the shape gradeAnswer expects for the type. */
function perfect(q: Question): unknown {
	if (q.type === 'match') return q.pairs;
	if (q.type === 'flashcard') return true;
	return q.answer;
}

describe('grading the committed bank', () => {
	it('has questions to grade', () => {
		expect(empty).toBe(false);
	});

	it('grades every question’s own answer correct', () => {
		const notCorrect = bank.questions
			.map((q) => ({ id: q.id, check: gradeAnswer(q, perfect(q)) }))
			.filter((r) => r.check.grade !== 'correct');
		expect(notCorrect).toEqual([]);
	});

	it('grades every wrong option of a choice question wrong', () => {
		const bad: string[] = [];
		for (const q of ofType('choice')) {
			for (const option of q.choices ?? []) {
				if (option !== q.answer && gradeAnswer(q, option).grade !== 'wrong') bad.push(`${q.id}: ${option}`);
			}
		}
		expect(bad).toEqual([]);
	});

	it('never grades a multi answer holding a wrong option correct', () => {
		const bad: string[] = [];
		for (const q of ofType('multi')) {
			const right = q.answer as string[];
			for (const option of (q.choices ?? []).filter((c) => !right.includes(c))) {
				if (gradeAnswer(q, [...right, option]).grade === 'correct') bad.push(`${q.id}: + ${option}`);
			}
		}
		expect(bad).toEqual([]);
	});

	it('grades the opposite of every true/false answer wrong', () => {
		const bad = ofType('truefalse').filter((q) => gradeAnswer(q, !q.answer).grade !== 'wrong');
		expect(bad.map((q) => q.id)).toEqual([]);
	});

	it('accepts typed answers in every accepted spelling, and without diacritics', () => {
		const bad: string[] = [];
		for (const q of ofType('typed', 'cloze')) {
			for (const a of q.accept ?? []) if (gradeAnswer(q, a).grade !== 'correct') bad.push(`${q.id}: ${a}`);
			const bare = stripDiacritics(String(q.answer));
			const grade = gradeAnswer(q, bare).grade;
			if (grade !== 'correct' && grade !== 'correct-no-diacritics') bad.push(`${q.id}: ${bare} -> ${grade}`);
		}
		expect(bad).toEqual([]);
	});

	it(
		'never gives a typed question credit for another answer or option of the bank',
		{ timeout: 30_000 },
		() => {
			// A near miss between two true answers would teach that one is "almost" the other.
			const texts = new Set<string>();
			for (const q of bank.questions) {
				if (typeof q.answer === 'string') texts.add(q.answer);
				if (Array.isArray(q.answer)) for (const a of q.answer) texts.add(a);
				for (const c of q.choices ?? []) texts.add(c);
			}
			// A typed question's grade depends only on its answer and accepted spellings: one of each kind.
			const distinct = new Map<string, Question>();
			for (const q of ofType('typed', 'cloze')) distinct.set(JSON.stringify([q.answer, q.accept ?? []]), q);
			const bad: string[] = [];
			for (const q of distinct.values()) {
				const own = new Set([String(q.answer), ...(q.accept ?? [])].map(fold));
				for (const t of texts) {
					if (own.has(fold(t))) continue;
					const grade = gradeAnswer(q, t).grade;
					if (grade !== 'wrong') bad.push(`${q.id}: ${t} -> ${grade}`);
				}
			}
			expect(distinct.size).toBeGreaterThan(0);
			expect(bad).toEqual([]);
		}
	);

	it('reads numeric answers typed plainly, and refuses a neighbour', () => {
		const bad: string[] = [];
		for (const q of ofType('numeric')) {
			const inUnit = q.numeric?.inUnit;
			if (inUnit === undefined) continue;
			const plain = String(inUnit).replace('.', ',');
			if (gradeAnswer(q, plain).grade !== 'correct') bad.push(`${q.id}: ${plain}`);
			const next = String(inUnit + 1).replace('.', ',');
			if (gradeAnswer(q, next).grade !== 'wrong') bad.push(`${q.id}: ${next}`);
		}
		expect(bad).toEqual([]);
	});

	it('grades a match with every right shifted by one wrong', () => {
		const bad: string[] = [];
		for (const q of ofType('match')) {
			const pairs = q.pairs ?? [];
			if (pairs.length < 3) continue;
			const shifted = pairs.map(([l], i) => [l, pairs[(i + 1) % pairs.length]![1]] as [string, string]);
			if (gradeAnswer(q, shifted).grade !== 'wrong') bad.push(q.id);
		}
		expect(bad).toEqual([]);
	});
});
