import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { questionStubs, summarizeBank, SummaryError } from '../../../src/lib/bank/summary';
import type { Bank } from '../../../src/lib/domain/types';

const bank = JSON.parse(
	readFileSync(new URL('../../../questions/bank.json', import.meta.url), 'utf8')
) as Bank;

describe('summarizeBank', () => {
	it('indexes every question of the bank, so home can count without it', () => {
		const summary = summarizeBank(bank);
		const stubs = questionStubs(summary);
		const key = (q: { id: string; type: string }) => `${q.type} ${q.id}`;
		expect(stubs.map(key).sort()).toEqual(bank.questions.map(key).sort());
		expect(summary.total).toBe(bank.questions.length);
		expect(Object.values(summary.byType).reduce((a, b) => a + b, 0)).toBe(bank.questions.length);
	});

	it('keeps the index small enough for the prerendered home page', () => {
		expect(gzipSync(JSON.stringify(summarizeBank(bank).ids)).length).toBeLessThan(2500);
	});

	it('refuses an id that does not follow the bank contract', () => {
		const q = bank.questions[0]!;
		const bad = { ...bank, questions: [{ ...q, id: 'no-type-here' }] };
		expect(() => summarizeBank(bad)).toThrow(SummaryError);
		const wrongType = { ...bank, questions: [{ ...q, id: `x:choice`, type: 'typed' as const }] };
		expect(() => summarizeBank(wrongType)).toThrow(/factId:typed/);
	});
});
