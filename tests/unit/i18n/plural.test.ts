import { describe, expect, it } from 'vitest';
import { plural } from '../../../src/lib/i18n/plural';
import { matchStrings } from '../../../src/lib/i18n/match';
import { learnStrings } from '../../../src/lib/i18n/learn';
import { statsStrings } from '../../../src/lib/i18n/stats';
import { quizStrings } from '../../../src/lib/i18n/quiz';

describe('plural', () => {
	it('picks the English form by Intl.PluralRules and writes the number the language’s way', () => {
		const forms = { one: '# day', other: '# days' };
		expect(plural('en', 1, forms)).toBe('1 day');
		expect(plural('en', 0, forms)).toBe('0 days');
		expect(plural('en', 1797, forms)).toBe('1,797 days');
	});

	it('has one form in Vietnamese', () => {
		expect(plural('vi', 1, { other: '# ngày' })).toBe('1 ngày');
		expect(plural('vi', 1797, { other: '# ngày' })).toBe('1.797 ngày');
	});
});

// Regression (issue 14): "1 wrong pairs", "1 study days", "right from the first try".
describe('English counts read as English', () => {
	it('says "1 wrong pair" and "2 wrong pairs"', () => {
		expect(matchStrings.en.missCount(1)).toBe('1 wrong pair');
		expect(matchStrings.en.missCount(2)).toBe('2 wrong pairs');
		expect(matchStrings.vi.missCount(1)).toBe('1 lần ghép sai');
	});

	it('says "1 study day" in the heatmap summary', () => {
		expect(statsStrings.en.heatmapSummary(21, 1, 16)).toBe('Last 16 weeks: 21 answers on 1 study day');
		expect(statsStrings.en.heatmapSummary(1, 1, 1)).toBe('Last week: 1 answer on 1 study day');
		expect(statsStrings.vi.heatmapSummary(21, 1, 16)).toBe('16 tuần qua: 21 câu trả lời, 1 ngày có học');
	});

	it('says "on the first try" and "ngay lần đầu"', () => {
		expect(learnStrings.en.firstTry(6)).toBe('6 facts right on the first try.');
		expect(learnStrings.en.firstTry(1)).toBe('1 fact right on the first try.');
		expect(learnStrings.vi.firstTry(6)).toBe('6 ý đúng ngay lần đầu.');
	});

	it('counts quiz questions in the right form', () => {
		expect(quizStrings.en.lengthN(1)).toBe('1 question');
		expect(quizStrings.en.available(1)).toBe('1 question matches.');
		expect(quizStrings.en.available(466)).toBe('466 questions match.');
	});
});
