/**
 * "Kiểm tra và sửa dữ liệu" over reports and remembered answers (issues 9 and 10): orphans and unusable
 * records removed, fixable values brought within the rules, healthy ones untouched.
 */
import { describe, expect, it } from 'vitest';
import { planFlagsRepair } from '../../../src/lib/domain/repair-flags';
import { RECORD_LIMITS } from '../../../src/lib/domain/record-rules';

const NOW = new Date(Date.UTC(2026, 2, 1));
const window = { earliest: RECORD_LIMITS.earliest, latest: NOW.getTime() + 86_400_000 };
const T = Date.UTC(2026, 1, 1);
const base = { decks: new Set(['d']), now: NOW, window };
const flag = (questionId: string, extra: Record<string, unknown> = {}) => ({
	deckId: 'd',
	questionId,
	reason: 'typo',
	at: T,
	...extra
});
const acc = (questionId: string, answer: string, extra: Record<string, unknown> = {}) => ({
	deckId: 'd',
	questionId,
	answer,
	at: T,
	...extra
});

describe('planFlagsRepair', () => {
	it('finds nothing in healthy records, a comment written before its time included', () => {
		const plan = planFlagsRepair({
			...base,
			flags: [{ deckId: 'd', questionId: 'q1', reason: 'other', comment: 'Sai năm', at: T }],
			accepted: [acc('q1', 'Hoa Kỳ')]
		});
		expect(plan).toMatchObject({ flagsFixed: 0, flagsRemoved: 0, acceptedFixed: 0, acceptedRemoved: 0 });
		expect([...plan.putFlags, ...plan.deleteFlags, ...plan.putAccepted, ...plan.deleteAccepted]).toEqual([]);
	});

	it('removes orphans: of no deck, or of a question its deck does not ask', () => {
		const plan = planFlagsRepair({
			...base,
			questions: new Map([['d', new Set(['q1'])]]),
			flags: [flag('q1'), flag('gone:choice'), flag('q1', { deckId: 'ghost' })],
			accepted: [acc('q1', 'x'), acc('gone:typed', 'y'), acc('q1', 'z', { deckId: 'ghost' })]
		});
		expect(plan.deleteFlags).toEqual([
			['d', 'gone:choice'],
			['ghost', 'q1']
		]);
		expect(plan.deleteAccepted).toEqual([
			['d', 'gone:typed', 'y'],
			['ghost', 'q1', 'z']
		]);
		expect(plan.flagsRemoved + plan.acceptedRemoved).toBe(4);
	});

	it('a deck whose bank is unknown keeps every report of it', () => {
		const plan = planFlagsRepair({ ...base, questions: new Map(), flags: [flag('any')], accepted: [] });
		expect(plan.flagsRemoved).toBe(0);
	});

	it('keeps what a damaged report still clearly says: time set to now, unknown reason "other", comment cut', () => {
		const plan = planFlagsRepair({
			...base,
			flags: [
				flag('q1', { at: Date.UTC(9999, 0, 1) }),
				flag('q2', { reason: 'spam' }),
				flag('q3', { comment: `  ${'x'.repeat(RECORD_LIMITS.flagComment + 50)}` }),
				flag('q4', { comment: '   ', evil: 1 })
			],
			accepted: []
		});
		expect(plan.flagsFixed).toBe(4);
		expect(plan.deleteFlags).toEqual([]);
		const [q1, q2, q3, q4] = plan.putFlags;
		expect(q1).toEqual(flag('q1', { at: NOW.getTime() }));
		expect(q2!.reason).toBe('other');
		expect(q3!.comment).toHaveLength(RECORD_LIMITS.flagComment);
		expect(q4).toEqual(flag('q4'));
	});

	it('removes what is unusable: a record that is no object, or has no question id', () => {
		const plan = planFlagsRepair({
			...base,
			flags: ['junk', flag('', {}), { deckId: 'd', questionId: 7, reason: 'typo', at: T }],
			accepted: [acc('q1', ''), acc('q1', 'x'.repeat(RECORD_LIMITS.acceptedAnswer + 1))]
		});
		expect(plan.flagsRemoved).toBe(3);
		expect(plan.acceptedRemoved).toBe(2);
		expect(plan.deleteFlags).toContainEqual(['d', 7]);
		expect(plan.putFlags).toEqual([]);
	});

	it('an answer stored decomposed (NFD) is written NFC under its new key, and its NFC twin kept once', () => {
		const nfd = 'Hoa Kỳ'.normalize('NFD');
		const plan = planFlagsRepair({
			...base,
			flags: [],
			accepted: [acc('q1', 'Mỹ'.normalize('NFD')), acc('q2', 'Hoa Kỳ'), acc('q2', nfd)]
		});
		expect(plan.putAccepted).toEqual([acc('q1', 'Mỹ')]);
		expect(plan.deleteAccepted).toEqual([
			['d', 'q1', 'Mỹ'.normalize('NFD')],
			['d', 'q2', nfd]
		]);
		expect(plan).toMatchObject({ acceptedFixed: 1, acceptedRemoved: 1 });
	});
});
