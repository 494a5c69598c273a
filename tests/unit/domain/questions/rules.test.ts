/**
 * The generator rules of issue 10, each with the regression the issue gives as its example: qualified figures,
 * the true/false share, typed answers, distractors and giveaways.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../../../questions/generate';
import { containsFolded } from '../../../../src/lib/domain/facts/text';
import { boundNote, boundedAsk } from '../../../../src/lib/domain/questions/quantity';
import type { AmountFact, Bank, Question } from '../../../../src/lib/domain/types';
import { ROOT } from '../facts/load';

const committed = JSON.parse(readFileSync(join(ROOT, 'questions/bank.json'), 'utf8')) as Bank;
const deck = readInputs(ROOT).decks[0]!;
const ofFact = (id: string): Question[] =>
	committed.questions.filter((q) => q.factIds.length === 1 && q.factIds[0] === id);

describe('a figure the article gives as a bound is asked as a bound', () => {
	it('boundedAsk puts the qualifier before "bao nhiêu", once', () => {
		expect(boundedAsk('Tổng kinh phí ... là bao nhiêu?', 'trên')).toBe(
			'Tổng kinh phí ... là trên bao nhiêu?'
		);
		expect(boundedAsk('Quảng Ninh có bao nhiêu Việt kiều?', 'hơn')).toBe(
			'Quảng Ninh có hơn bao nhiêu Việt kiều?'
		);
		expect(boundedAsk('Bao nhiêu người dự?', 'khoảng')).toBe('Khoảng bao nhiêu người dự?');
		expect(boundedAsk('Có gần bao nhiêu hộ?', 'gần')).toBe('Có gần bao nhiêu hộ?');
		expect(boundedAsk('Có bao nhiêu hộ?', undefined)).toBe('Có bao nhiêu hộ?');
		expect(boundedAsk('Kinh phí là gì?', 'trên')).toBeUndefined();
	});

	it('boundNote says which bound the article gives', () => {
		const fact = deck.facts.facts.find((f) => f.id === 'laos-training-funds') as AmountFact;
		expect(boundNote(fact)).toBe(
			'Bài viết chỉ nêu mức tối thiểu (“trên 74 tỉ đồng”), không nêu con số chính xác.'
		);
		expect(boundNote({ ...fact, qualifier: 'dưới' })).toContain('mức tối đa');
		expect(boundNote({ ...fact, qualifier: 'khoảng' })).toContain('ước chừng');
		expect(boundNote({ ...fact, qualifier: undefined })).toBeUndefined();
	});

	it('regression: "trên 74 tỉ đồng" is asked "trên bao nhiêu", with a note, never as a choice or a false statement', () => {
		const funds = ofFact('laos-training-funds');
		const asking = funds.filter((q) => q.type === 'numeric' || q.direction === 'forward');
		expect(asking.length).toBe(2);
		for (const q of asking) expect(q.prompt).toMatch(/trên bao nhiêu\?$/u);
		for (const q of funds) expect(q.note, q.id).toContain('mức tối thiểu');
		expect(funds.some((q) => q.type === 'choice')).toBe(false);
		expect(funds.some((q) => q.type === 'truefalse' && q.answer === false)).toBe(false);
	});

	it('every qualified figure of the bank asks for its bound', () => {
		for (const fact of deck.facts.facts) {
			if ((fact.kind !== 'count' && fact.kind !== 'amount') || !fact.qualifier) continue;
			for (const q of ofFact(fact.id).filter((x) => x.type === 'numeric' || x.direction === 'forward'))
				expect(containsFolded(q.prompt, `${fact.qualifier} bao nhiêu`), q.id).toBe(true);
		}
	});
});
