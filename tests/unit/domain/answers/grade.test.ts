import { describe, expect, it } from 'vitest';
import {
	AnswerShapeError,
	gradeAnswer,
	gradeToRating,
	isCorrectGrade,
	QuestionShapeError
} from '../../../../src/lib/domain/answers/grade';
import type { Question } from '../../../../src/lib/domain/types';
import type { Grade } from '../../../../src/lib/domain/records';

function q(type: Question['type'], answer: Question['answer'], extra: Partial<Question> = {}): Question {
	return {
		id: `test:${type}`,
		type,
		prompt: 'Câu hỏi?',
		answer,
		factIds: ['test'],
		topic: 'laos',
		source: { quote: '' },
		...extra
	};
}

const provinces = ['Hủa Phăn', 'Luông Pha Băng', 'Xay Nhạ By Ly'];
const choice = q('choice', 'Phó Chủ tịch UBND tỉnh', {
	choices: [
		'Chủ tịch UBND tỉnh',
		'Phó Chủ tịch UBND tỉnh',
		'Phó Bí thư Thường trực Tỉnh uỷ',
		'Giám đốc Sở Ngoại vụ'
	]
});
const multi = q('multi', provinces, { choices: [...provinces, 'Viêng Chăn', 'Chăm Pa Xắc'] });
const trueStatement = q('truefalse', true);
const falseStatement = q('truefalse', false);
const typed = q('typed', 'Hủa Phăn', { accept: ['Houaphanh'] });
const cloze = q('cloze', 'Luông Pha Băng', { cloze: 'Quảng Ninh đã trao tặng ____ trang thiết bị' });
const numeric = q('numeric', '08', { numeric: { value: 8, unit: 'cặp', inUnit: 8 } });
const numericNoSpec = q('numeric', '1.797');
const pairs: [string, string][] = [
	['Ngô Hoàng Ngân', 'Phó Bí thư Thường trực Tỉnh uỷ'],
	['Phạm Văn Thành', 'Phó Chủ tịch UBND tỉnh'],
	['Nguyễn Văn Doanh', 'Phó Chủ tịch VUFO'],
	['Hoàng Đức Hạnh', 'Phó Chủ tịch Liên hiệp Hữu nghị Quảng Ninh'],
	['Đỗ Thị Kim Dung', 'Phó Trưởng ban Điều phối viện trợ nhân dân']
];
const match = q('match', 'ghép', { pairs });
const match3 = q('match', 'ghép', { pairs: pairs.slice(0, 3) });
const flashcard = q('flashcard', '08 cặp');

function swap(list: [string, string][], i: number, j: number): [string, string][] {
	const out = list.map(([l, r]) => [l, r] as [string, string]);
	const ri = out[i]![1];
	out[i]![1] = out[j]![1];
	out[j]![1] = ri;
	return out;
}

describe('gradeAnswer: every question type', () => {
	it.each<[string, Question, unknown, Grade]>([
		['choice, right option', choice, 'Phó Chủ tịch UBND tỉnh', 'correct'],
		['choice, right option in NFD', choice, 'Pho\u0301 Chu\u0309 ti\u0323ch UBND ti\u0309nh', 'correct'],
		['choice, wrong option', choice, 'Chủ tịch UBND tỉnh', 'wrong'],
		['choice, another wrong option', choice, 'Phó Bí thư Thường trực Tỉnh uỷ', 'wrong'],
		['multi, exact set', multi, provinces, 'correct'],
		['multi, exact set in another order', multi, [...provinces].reverse(), 'correct'],
		['multi, one missing', multi, provinces.slice(0, 2), 'near-miss'],
		['multi, one extra', multi, [...provinces, 'Viêng Chăn'], 'near-miss'],
		['multi, one swapped for a wrong one', multi, ['Hủa Phăn', 'Luông Pha Băng', 'Viêng Chăn'], 'wrong'],
		['multi, only one right', multi, ['Hủa Phăn'], 'wrong'],
		['multi, nothing chosen', multi, [], 'wrong'],
		['multi, all options', multi, [...provinces, 'Viêng Chăn', 'Chăm Pa Xắc'], 'wrong'],
		['truefalse, true for true', trueStatement, true, 'correct'],
		['truefalse, false for true', trueStatement, false, 'wrong'],
		['truefalse, false for false', falseStatement, false, 'correct'],
		['truefalse, true for false', falseStatement, true, 'wrong'],
		['typed, exact', typed, 'Hủa Phăn', 'correct'],
		['typed, without diacritics', typed, 'Hua Phan', 'correct-no-diacritics'],
		['typed, accepted spelling', typed, 'Houaphanh', 'correct'],
		['typed, wrong tone', typed, 'Húa Phăn', 'near-miss'],
		['typed, another province', typed, 'Luông Pha Băng', 'wrong'],
		['cloze, exact', cloze, 'Luông Pha Băng', 'correct'],
		['cloze, without diacritics', cloze, 'Luong Pha Bang', 'correct-no-diacritics'],
		['cloze, one slip', cloze, 'Luông Pha Bămg', 'near-miss'],
		['cloze, wrong', cloze, 'Hủa Phăn', 'wrong'],
		['numeric, as printed', numeric, '08', 'correct'],
		['numeric, plain', numeric, '8', 'correct'],
		['numeric, in words', numeric, 'tám', 'correct'],
		['numeric, with unit', numeric, '8 cặp', 'correct'],
		['numeric, off by one', numeric, '7', 'wrong'],
		['numeric, unreadable', numeric, 'nhiều', 'wrong'],
		['numeric, as a JS number', numeric, 8, 'correct'],
		['numeric, a wrong JS number', numeric, 7, 'wrong'],
		['numeric, NaN from an empty number input', numeric, Number.NaN, 'wrong'],
		['numeric without spec, read from the answer', numericNoSpec, '1797', 'correct'],
		['numeric without spec, wrong', numericNoSpec, '1798', 'wrong'],
		['match, all right', match, pairs, 'correct'],
		['match, all right in another order', match, [...pairs].reverse(), 'correct'],
		['match, one missing', match, pairs.slice(1), 'near-miss'],
		['match, one swap of five', match, swap(pairs, 0, 1), 'near-miss'],
		['match, one swap of three', match3, swap(pairs.slice(0, 3), 0, 1), 'wrong'],
		['match, one missing of three', match3, pairs.slice(0, 2), 'near-miss'],
		['match, two swaps', match, swap(swap(pairs, 0, 1), 2, 3), 'wrong'],
		['match, nothing paired', match, [], 'wrong'],
		['match, a left paired twice', match, [...pairs, [pairs[0]![0], pairs[1]![1]]], 'near-miss'],
		['flashcard, knew it', flashcard, true, 'correct'],
		['flashcard, did not', flashcard, false, 'wrong']
	])('%s', (_, question, given, grade) => {
		expect(gradeAnswer(question, given).grade).toBe(grade);
	});

	it.each([choice, multi, trueStatement, typed, cloze, numeric, match, flashcard])(
		'no answer (null or undefined) is wrong for $type',
		(question) => {
			expect(gradeAnswer(question, null).grade).toBe('wrong');
			expect(gradeAnswer(question, undefined).grade).toBe('wrong');
		}
	);
});

describe('gradeAnswer: the expected answer shown', () => {
	it.each<[Question, unknown, string]>([
		[choice, 'Chủ tịch UBND tỉnh', 'Phó Chủ tịch UBND tỉnh'],
		[multi, [], 'Hủa Phăn, Luông Pha Băng, Xay Nhạ By Ly'],
		[trueStatement, false, 'true'],
		[falseStatement, true, 'false'],
		[typed, 'Houaphanh', 'Hủa Phăn'],
		[numeric, '7', '8 cặp'],
		[numericNoSpec, '', '1.797'],
		[
			match3,
			[],
			'Ngô Hoàng Ngân → Phó Bí thư Thường trực Tỉnh uỷ; Phạm Văn Thành → Phó Chủ tịch UBND tỉnh; Nguyễn Văn Doanh → Phó Chủ tịch VUFO'
		],
		[flashcard, false, '08 cặp']
	])('%#', (question, given, expected) => {
		expect(gradeAnswer(question, given).expected).toBe(expected);
		// The same text when there was no answer at all.
		expect(gradeAnswer(question, null).expected).toBe(expected);
	});
});

describe('gradeAnswer: bad input names what is wrong', () => {
	it.each<[Question, unknown, RegExp]>([
		[choice, 3, /test:choice.*expects text, got number/],
		[typed, ['Hủa Phăn'], /test:typed.*expects text, got an array/],
		[numeric, [8], /test:numeric.*expects text, got an array/],
		[numeric, true, /test:numeric.*expects text, got boolean/],
		[multi, 'Hủa Phăn', /test:multi.*array of option texts, got string/],
		[multi, [1, 2], /test:multi.*array of option texts/],
		[trueStatement, 'true', /test:truefalse.*expects a boolean, got string/],
		[match, [['a']], /test:match.*\[left, right\] pairs/],
		[match, 'a', /test:match.*\[left, right\] pairs/],
		[flashcard, 'yes', /test:flashcard.*boolean "I knew it", got string/]
	])('%#: %j', (question, given, message) => {
		expect(() => gradeAnswer(question, given)).toThrow(AnswerShapeError);
		expect(() => gradeAnswer(question, given)).toThrow(message);
	});

	it.each<[Question, unknown, RegExp]>([
		[q('numeric', 'nhiều'), '8', /numeric.*no numeric spec and no readable number/],
		[q('match', 'x'), [], /match.*has no pairs/],
		[q('truefalse', 'Đúng'), true, /truefalse.*needs a boolean answer/],
		[q('typed', true), 'x', /typed.*needs a text answer/],
		[{ ...choice, type: 'essay' } as unknown as Question, 'x', /unknown type essay/]
	])('%#: a question that cannot be graded', (question, given, message) => {
		expect(() => gradeAnswer(question, given)).toThrow(QuestionShapeError);
		expect(() => gradeAnswer(question, given)).toThrow(message);
	});
});

describe('gradeToRating and isCorrectGrade', () => {
	it.each<[Grade, number, boolean]>([
		['wrong', 1, false],
		['near-miss', 2, false],
		['correct-no-diacritics', 3, true],
		['correct', 3, true]
	])('%s -> rating %d, counted right: %s', (grade, rating, right) => {
		expect(gradeToRating(grade)).toBe(rating);
		expect(isCorrectGrade(grade)).toBe(right);
	});
});

describe('a figure the article gives as a bound', () => {
	// Regression: "dưới 500 nghìn USD" typed as shown was marked wrong for "… là dưới bao nhiêu?".
	const ceiling = q('numeric', 'dưới 500 nghìn USD', {
		numeric: { value: 500_000, unit: 'nghìn USD', inUnit: 500 }
	});
	const floor = q('numeric', 'trên 74 tỉ đồng', { numeric: { value: 74e9, unit: 'tỉ đồng', inUnit: 74 } });

	it('accepts the number with or without the bound the question asks in', () => {
		for (const given of ['500', 'dưới 500', 'Dưới 500 nghìn USD', 'dưới 500 nghìn'])
			expect(gradeAnswer(ceiling, given).grade, given).toBe('correct');
		expect(gradeAnswer(floor, 'trên 74').grade).toBe('correct');
		expect(gradeAnswer(floor, 'trên 74 tỉ đồng').grade).toBe('correct');
	});

	it('refuses the opposite bound and another number', () => {
		expect(gradeAnswer(ceiling, 'trên 500').grade).toBe('wrong');
		expect(gradeAnswer(floor, 'dưới 74').grade).toBe('wrong');
		expect(gradeAnswer(ceiling, 'dưới 400').grade).toBe('wrong');
	});
});
