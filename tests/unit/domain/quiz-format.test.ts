import { describe, expect, it } from 'vitest';
import {
	answerLines,
	optionForKey,
	answerText,
	clockText,
	durationText,
	expectedLines,
	expectedText,
	promptHeading
} from '../../../src/lib/components/quiz/format';
import type { Question } from '../../../src/lib/domain/types';

const base: Question = {
	id: 'x:cloze',
	type: 'cloze',
	prompt: 'Điền vào chỗ trống: Liên hiệp Quảng Ninh hiện có 06 hội hữu nghị với ____ hội viên.',
	cloze: 'Liên hiệp Quảng Ninh hiện có 06 hội hữu nghị với ____ hội viên.',
	answer: '1.797',
	factIds: ['x'],
	topic: 'friendship-associations',
	source: { quote: 'Liên hiệp Quảng Ninh hiện có 06 hội hữu nghị với 1.797 hội viên.' }
};

describe('quiz display text', () => {
	it('keeps only the instruction of a cloze prompt that repeats its sentence', () => {
		expect(promptHeading(base)).toBe('Điền vào chỗ trống');
		expect(promptHeading({ ...base, prompt: 'Số hội viên là bao nhiêu?' })).toBe('Số hội viên là bao nhiêu?');
		expect(promptHeading({ ...base, type: 'typed' })).toBe(base.prompt);
	});

	it('words answers of every shape in the chosen language', () => {
		expect(answerText(true, 'vi')).toBe('Đúng');
		expect(answerText(false, 'en')).toBe('False');
		expect(answerText(null, 'vi')).toBe('Chưa trả lời');
		expect(answerText(['Hủa Phăn', 'Luông Pha Băng'], 'vi')).toBe('Hủa Phăn; Luông Pha Băng');
		expect(answerText([['08', 'cặp kết nghĩa']], 'vi')).toBe('08 → cặp kết nghĩa');
		expect(
			answerLines(
				[
					['08', 'cặp'],
					['06', 'hội']
				],
				'vi'
			)
		).toEqual(['08 → cặp', '06 → hội']);
	});

	it('shows a numeric answer with its unit, once', () => {
		const n: Question = {
			...base,
			type: 'numeric',
			answer: '08',
			numeric: { value: 8, unit: 'cặp', inUnit: 8 }
		};
		expect(expectedText(n, 'vi')).toBe('08 cặp');
		expect(expectedText({ ...n, answer: '08 cặp' }, 'vi')).toBe('08 cặp');
		const m: Question = { ...base, type: 'multi', answer: ['a', 'b'] };
		expect(expectedLines(m, 'vi')).toEqual(['a', 'b']);
	});

	it('formats durations and the countdown', () => {
		expect(durationText(65_400, 'vi')).toBe('1 phút 5 giây');
		expect(durationText(9_000, 'en')).toBe('9 s');
		expect(clockText(245_001)).toBe('4:06');
		expect(clockText(-5)).toBe('0:00');
	});
});

describe('optionForKey', () => {
	const key = (k: string, extra: Partial<KeyboardEvent> = {}) =>
		({
			key: k,
			target: null,
			ctrlKey: false,
			metaKey: false,
			altKey: false,
			...extra
		}) as unknown as KeyboardEvent;
	const options = ['a', 'b', 'c'];

	it('picks the option a number key names, 1 for the first', () => {
		expect(optionForKey(key('1'), options)).toBe('a');
		expect(optionForKey(key('3'), options)).toBe('c');
	});

	it('ignores keys past the options, other keys, modifiers and typing in a field', () => {
		expect(optionForKey(key('4'), options)).toBeNull();
		expect(optionForKey(key('0'), options)).toBeNull();
		expect(optionForKey(key('x'), options)).toBeNull();
		expect(optionForKey(key('1', { ctrlKey: true }), options)).toBeNull();
		const input = { tagName: 'INPUT', type: 'text', isContentEditable: false };
		expect(optionForKey(key('1', { target: input as unknown as EventTarget }), options)).toBeNull();
	});
});
