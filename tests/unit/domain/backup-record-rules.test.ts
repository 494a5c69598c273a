import { describe, expect, it } from 'vitest';
import { default_maximum_interval, S_MAX, S_MIN } from 'ts-fsrs';
import bank from '../../../questions/bank.json';
import { buildBackup, parseBackup } from '../../../src/lib/domain/backup';
import { isCardRecord } from '../../../src/lib/domain/card-record';
import {
	answerMs,
	capGiven,
	checkGiven,
	checkQuizAttempt,
	checkReviewRecord
} from '../../../src/lib/domain/progress-rules';
import { TOPICS } from '../../../src/lib/domain/types';
import { checkCardRecord, RECORD_LIMITS, RecordRuleError } from '../../../src/lib/domain/record-rules';
import { createRng } from '../../../src/lib/domain/random';
import { newCard, review } from '../../../src/lib/domain/scheduling';
import { parseJsonSafely, SafeJsonError } from '../../../src/lib/domain/safe-json';
import { NOW, realData } from './backup-crafted-cases';

const DAY = 86_400_000;

describe('record rules hold the app’s own records', () => {
	it('uses ts-fsrs’s own bounds for stability and intervals', () => {
		expect(RECORD_LIMITS.stabilityMin).toBe(S_MIN);
		expect(RECORD_LIMITS.stabilityMax).toBe(S_MAX);
		expect(RECORD_LIMITS.maxIntervalDays).toBe(default_maximum_interval);
	});

	it('accepts every card FSRS schedules over 2,000 random ratings, within the time window', () => {
		const rng = createRng(9);
		let card = newCard('q', 'd', new Date(Date.UTC(2026, 0, 1)));
		let t = Date.UTC(2026, 0, 1);
		for (let i = 0; i < 2000; i++) {
			t += rng.int(30) * DAY + rng.int(DAY);
			card = review(card, (1 + rng.int(4)) as 1 | 2 | 3 | 4, new Date(t));
			expect(checkCardRecord(card, 'card', { earliest: RECORD_LIMITS.earliest, latest: t })).toEqual(card);
		}
	});

	it('names topics exactly as the bank does', () => {
		const used = new Set(bank.questions.map((q) => q.topic));
		expect([...used].every((t) => (TOPICS as readonly string[]).includes(t))).toBe(true);
	});

	it('accepts the real backup record by record', () => {
		const data = realData();
		data.reviews.forEach((r, i) => expect(checkReviewRecord(r, `reviews[${i}]`)).toEqual(r));
		expect(checkQuizAttempt(data.attempts[0], 'attempts[0]')).toEqual(data.attempts[0]);
	});

	it('refuses the issue’s impossible card, and home screens skip it', () => {
		const bad = { ...realData().cards[0]!, stability: -5, difficulty: 999, reps: -3, due: 1e300 };
		expect(() => checkCardRecord(bad, 'card')).toThrow(RecordRuleError);
		expect(isCardRecord(bad)).toBe(false);
		expect(isCardRecord(realData().cards[0])).toBe(true);
	});
});

describe('what a write normalises instead of refusing (an answer is never lost)', () => {
	it('brings the answer time into 0..one day, in whole ms', () => {
		expect([-5, 1234.6, 1e300, NaN, 3 * DAY].map(answerMs)).toEqual([0, 1235, DAY, 0, DAY]);
	});

	it('cuts an overlong answer and turns what is not an answer into null', () => {
		expect((capGiven('x'.repeat(2_700_000)) as string).length).toBe(RECORD_LIMITS.givenText);
		expect((capGiven(Array.from({ length: 80 }, () => 'a')) as string[]).length).toBe(50);
		expect(capGiven({ a: 1 })).toBeNull();
		expect(capGiven([[['deep']]])).toEqual([[null]]);
		expect(capGiven(Infinity)).toBeNull();
		expect(capGiven([['Ngô Hoàng Ngân', 'Phó Chủ tịch']])).toEqual([['Ngô Hoàng Ngân', 'Phó Chủ tịch']]);
	});

	it('what capGiven gives always passes checkGiven', () => {
		const rng = createRng('given');
		const pool: unknown[] = ['x'.repeat(3000), 1e308, -0, null, true, {}, [], [[[1]]], undefined, 'ộ'];
		for (let i = 0; i < 500; i++) {
			const v = Array.from({ length: rng.int(70) }, () => rng.pick(pool));
			expect(() => checkGiven(capGiven(rng.int(2) ? v : rng.pick(pool)), 'given')).not.toThrow();
		}
	});

	it('exports as it writes: a quiz answer timed negative by a clock moved back still imports', async () => {
		const data = realData();
		data.attempts[0]!.answers[0]!.ms = -300;
		const parsed = await parseBackup(await buildBackup(data, NOW, 'x'), { now: NOW });
		expect(parsed.attempts[0]!.answers[0]!.ms).toBe(0);
	});

	it('dates the file no earlier than its newest record, so a clock moved back does not refuse it', async () => {
		const data = realData();
		const late = NOW.getTime() + 3600_000;
		data.reviews[4]!.at = late;
		const file = JSON.parse(await buildBackup(data, NOW, 'x'));
		expect(Date.parse(file.exportedAt)).toBe(late);
		await expect(parseBackup(JSON.stringify(file), { now: NOW })).resolves.toBeTruthy();
	});
});

describe('parseJsonSafely', () => {
	const limits = { maxChars: 1000, maxDepth: 4 };
	it.each([
		['too long', 'x'.repeat(1001), 'too-large', undefined],
		['not JSON', '{', 'not-json', undefined],
		['too deep', '[[[[[1]]]]]', 'too-deep', '[0][0][0][0]'],
		['__proto__', '{"a":{"__proto__":{"x":1}}}', 'forbidden-key', 'a.__proto__'],
		['constructor', '[{"constructor":1}]', 'forbidden-key', '[0].constructor'],
		['prototype', '{"prototype":1}', 'forbidden-key', 'prototype']
	])('refuses %s', (_, text, problem, path) => {
		const e = (() => {
			try {
				parseJsonSafely(text, limits);
			} catch (x) {
				return x;
			}
		})();
		expect(e).toBeInstanceOf(SafeJsonError);
		expect(e).toMatchObject({ problem, path });
	});

	it('walks without recursion: a million levels are refused, not a stack overflow', () => {
		const deep = '['.repeat(1_000_000) + ']'.repeat(1_000_000);
		expect(() => parseJsonSafely(deep, { maxChars: 3e6, maxDepth: 16 })).toThrow(/deeper than 16/);
	});

	it('returns plain data otherwise', () => {
		expect(parseJsonSafely('{"a":[1,{"b":"ộ"}]}', limits)).toEqual({ a: [1, { b: 'ộ' }] });
	});
});
