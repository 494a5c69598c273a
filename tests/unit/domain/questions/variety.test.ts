/**
 * Fewer near-copies (issue 10): one fact's quiz questions never share a wording, over the committed bank and
 * every fixture deck; the regression is the twinning pairs, once asked as flashcard, choice and numeric with
 * one prompt.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alike, recallPrompt, repeatedWordings } from '../../../../src/lib/domain/questions/variety';
import type { Bank, Question } from '../../../../src/lib/domain/types';
import { ROOT } from '../facts/load';
import { checkedDecks } from './decks';

describe('one wording per fact in a quiz', () => {
	it('recallPrompt words the recall as the statement with a gap', () => {
		expect(recallPrompt('Có bao nhiêu cặp?', 'Có {value} cặp.')).toBe('Điền vào chỗ trống: Có ____ cặp.');
		expect(recallPrompt('Có bao nhiêu cặp?')).toBe('Có bao nhiêu cặp?');
	});

	it('repeatedWordings finds two quiz questions of one fact with one prompt, flashcards aside', () => {
		const q = (id: string, type: 'choice' | 'numeric' | 'flashcard', prompt: string): Question => ({
			id,
			type,
			prompt,
			answer: 'x',
			factIds: ['f'],
			topic: 'general',
			source: { quote: 'x' }
		});
		expect(repeatedWordings([q('f:choice', 'choice', 'P?'), q('f:numeric', 'numeric', 'P?')])).toEqual([
			['f:choice', 'f:numeric']
		]);
		expect(repeatedWordings([q('f:choice', 'choice', 'P?'), q('f:flashcard', 'flashcard', 'P?')])).toEqual(
			[]
		);
	});

	it('regression: the twinning pairs are no longer asked with one prompt as choice and numeric', () => {
		const bank = checkedDecks()[0]!.bank;
		const pairs = bank.questions.filter(
			(q) => q.factIds.length === 1 && q.factIds[0] === 'twinning-pairs-total'
		);
		const choice = pairs.find((q) => q.type === 'choice')!;
		const numeric = pairs.find((q) => q.type === 'numeric')!;
		expect(numeric.prompt).not.toBe(choice.prompt);
		expect(numeric.prompt).toBe(
			'Điền vào chỗ trống: Quảng Ninh và Quảng Tây (Trung Quốc) duy trì, hoạt động ____ cặp kết nghĩa hai bên biên giới.'
		);
		// A statement's typed recall is left out beside its cloze of the same value.
		expect(bank.questions.some((q) => q.id === 'vung-dat-mo:typed')).toBe(false);
		expect(bank.questions.some((q) => q.id === 'vung-dat-mo:cloze')).toBe(true);
		// Ids of what still asks the same thing are kept.
		expect(numeric.id).toBe('twinning-pairs-total:numeric');
	});

	it('the check fails on a bank that asks one fact twice alike', () => {
		const old = JSON.parse(readFileSync(join(ROOT, 'questions/bank.json'), 'utf8')) as Bank;
		const copy = old.questions.map((q) => ({ ...q }));
		const choice = copy.find((q) => q.id === 'twinning-pairs-total:choice')!;
		copy.find((q) => q.id === 'twinning-pairs-total:numeric')!.prompt = choice.prompt;
		expect(repeatedWordings(copy)).toEqual([['twinning-pairs-total:choice', 'twinning-pairs-total:numeric']]);
	});

	it('alike: the same words, nearly, or one prompt inside the other, the gap lead-in aside', () => {
		expect(
			alike(
				'Điền vào chỗ trống: …thắt chặt quan hệ hợp tác với ____ tỉnh Bắc Lào…',
				'Điền vào chỗ trống: Tỉnh Quảng Ninh tiếp tục thắt chặt quan hệ hợp tác với ____ tỉnh Bắc Lào.'
			)
		).toBe(true);
		expect(
			alike(
				'Điền vào chỗ trống: …(____ cặp Bản - Bản và 01 cặp Xã - Trấn)',
				'Điền vào chỗ trống: Trong các cặp kết nghĩa hai bên biên giới giữa Quảng Ninh và Quảng Tây, có ____ cặp Bản - Bản.'
			)
		).toBe(false);
	});

	it('regression: a figure is not asked as a numeric that repeats its own cloze', () => {
		const bank = checkedDecks()[0]!.bank;
		const ids = new Set(bank.questions.map((q) => q.id));
		// "Liên hiệp Quảng Ninh hiện có ____ hội hữu nghị." beside "… hiện có ____ hội hữu nghị với 1.797 hội viên."
		expect(ids.has('associations-count:numeric')).toBe(false);
		expect(ids.has('associations-count:cloze')).toBe(true);
		expect(ids.has('laos-provinces-count:numeric')).toBe(false);
		// A numeric in other words than its cloze stays.
		expect(ids.has('twinning-ban-ban-pairs:numeric')).toBe(true);
		expect(ids.has('twinning-ban-ban-pairs:cloze')).toBe(true);
	});

	it('the check fails on a bank whose numeric repeats its cloze', () => {
		const old = JSON.parse(readFileSync(join(ROOT, 'questions/bank.json'), 'utf8')) as Bank;
		const copy = old.questions.map((q) => ({ ...q }));
		const blank = copy.find((q) => q.id === 'twinning-ban-ban-pairs:cloze')!;
		copy.find((q) => q.id === 'twinning-ban-ban-pairs:numeric')!.prompt = blank.prompt.replace('…(', '(');
		expect(repeatedWordings(copy)).toEqual([
			['twinning-ban-ban-pairs:cloze', 'twinning-ban-ban-pairs:numeric']
		]);
	});

	for (const deck of checkedDecks())
		it(`${deck.name}: no two quiz questions of one fact share a wording`, () => {
			expect(repeatedWordings(deck.bank.questions)).toEqual([]);
		});
});
