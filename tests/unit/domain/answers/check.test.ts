import { describe, expect, it } from 'vitest';
import {
	allowedSlips,
	answerKey,
	bestGrade,
	checkNumeric,
	checkTyped,
	editDistance,
	isCorrectGrade
} from '../../../../src/lib/domain/answers/check';
import type { Grade } from '../../../../src/lib/domain/records';
import type { NumericSpec } from '../../../../src/lib/domain/types';

describe('checkTyped: the article’s traps', () => {
	it.each<[string, string, Grade, string[]?]>([
		// Old and new tone placement, and both spellings the article itself uses.
		['Uỷ viên Đảng đoàn', 'Ủy viên Đảng đoàn', 'correct'],
		['Ủy viên Đảng đoàn', 'Uỷ viên Đảng đoàn', 'correct'],
		['uỷ viên đảng đoàn', 'Uỷ viên Đảng đoàn', 'correct'],
		['Tỉnh ủy viên', 'Tỉnh uỷ viên', 'correct'],
		['74 tỷ đồng', '74 tỉ đồng', 'correct'],
		['trên 35 tỉ đồng', 'trên 35 tỷ đồng', 'correct'],
		// Without diacritics: right, but flagged.
		['Hua Phan', 'Hủa Phăn', 'correct-no-diacritics'],
		['hua phan', 'Hủa Phăn', 'correct-no-diacritics'],
		['Luong Pha Bang', 'Luông Pha Băng', 'correct-no-diacritics'],
		['Xay Nha By Ly', 'Xay Nhạ By Ly', 'correct-no-diacritics'],
		['uy vien dang doan', 'Uỷ viên Đảng đoàn', 'correct-no-diacritics'],
		['Nguyen Van Doanh', 'Nguyễn Văn Doanh', 'correct-no-diacritics'],
		['Hủa Phan', 'Hủa Phăn', 'correct-no-diacritics'],
		['74 ty dong', '74 tỉ đồng', 'correct-no-diacritics'],
		// One slip.
		['Luông Pha Bămg', 'Luông Pha Băng', 'near-miss'],
		['Luông Pah Băng', 'Luông Pha Băng', 'near-miss'],
		['Luông Pha Bă', 'Luông Pha Bănng', 'wrong'],
		['Luong Pha Bamg', 'Luông Pha Băng', 'near-miss'],
		['Nguyễn Văn Doan', 'Nguyễn Văn Doanh', 'near-miss'],
		['Húa Phăn', 'Hủa Phăn', 'near-miss'],
		['Hủa Phân', 'Hủa Phăn', 'near-miss'],
		// Two slips: wrong for a short answer, near miss for a long one.
		['Luông Pah Bămg', 'Luông Pha Băng', 'wrong'],
		['Ban Điều phốii viện trợ nhân dn', 'Ban Điều phối viện trợ nhân dân', 'near-miss'],
		['Ban Điều phốii viện trợ nhn dn', 'Ban Điều phối viện trợ nhân dân', 'wrong'],
		// Marks left out anywhere in a long answer are still only left out.
		['Ban Điều phối viên trợ nhân dan', 'Ban Điều phối viện trợ nhân dân', 'correct-no-diacritics'],
		// Different answers that look alike.
		['Phạm Văn Thành', 'Nguyễn Văn Doanh', 'wrong'],
		['Chủ tịch UBND tỉnh', 'Phó Chủ tịch UBND tỉnh', 'wrong'],
		['Viêng Chăn', 'Xay Nhạ By Ly', 'wrong'],
		['Mì', 'Mỹ', 'wrong'],
		['bá', 'bà', 'wrong'],
		['ba', 'bà', 'correct-no-diacritics'],
		['tháng 6/2021', 'tháng 6/2020', 'wrong'],
		['tháng 8/2020', 'tháng 6/2020', 'wrong'],
		['năm 2019', 'năm 2020', 'wrong'],
		// Noise around the answer.
		['ông Nguyễn Văn Doanh', 'Nguyễn Văn Doanh', 'correct'],
		['Ông Nguyễn Văn Doanh.', 'Nguyễn Văn Doanh', 'correct'],
		['bà Đỗ Thị Kim Dung', 'Đỗ Thị Kim Dung', 'correct'],
		['ong Do Thi Kim Dung', 'Đỗ Thị Kim Dung', 'correct-no-diacritics'],
		['  Hủa   Phăn!  ', 'Hủa Phăn', 'correct'],
		['"chủ động, linh hoạt, sáng tạo, hiệu quả"', 'chủ động, linh hoạt, sáng tạo, hiệu quả', 'correct'],
		['Hu\u0309a Pha\u0306n', 'Hủa Phăn', 'correct'],
		// Nothing typed.
		['', 'Hủa Phăn', 'wrong'],
		['   ', 'Hủa Phăn', 'wrong'],
		['.', 'Hủa Phăn', 'wrong'],
		// Punctuation inside an answer does not matter; numbers and dates keep theirs.
		['chủ động linh hoạt sáng tạo hiệu quả', 'chủ động, linh hoạt, sáng tạo, hiệu quả', 'correct'],
		['chủ động; linh hoạt; sáng tạo; hiệu quả.', 'chủ động, linh hoạt, sáng tạo, hiệu quả', 'correct'],
		[
			'chu dong linh hoat sang tao hieu qua',
			'chủ động, linh hoạt, sáng tạo, hiệu quả',
			'correct-no-diacritics'
		],
		['kinh tế xã hội', 'kinh tế - xã hội', 'correct'],
		['kết nghĩa bản-bản', 'kết nghĩa bản - bản', 'correct'],
		['Covid 19', 'Covid-19', 'correct'],
		['Ban Điều phối viện trợ nhân dân PACCOM', 'Ban Điều phối viện trợ nhân dân (PACCOM)', 'correct'],
		['2011-2020', '2011 - 2020', 'correct'],
		['2011 - 2021', '2011 - 2020', 'wrong'],
		['sáng 23/3', 'sáng 23/3', 'correct'],
		['sáng 23/4', 'sáng 23/3', 'wrong'],
		['sáng 233', 'sáng 23/3', 'wrong'],
		// A blank whose answer is a bare number is graded as a number.
		['15000', '15.000', 'correct'],
		['15 nghìn', '15.000', 'correct'],
		['15.001', '15.000', 'wrong'],
		['1.6', '1,6', 'correct'],
		['1,7', '1,6', 'wrong'],
		['8', '08', 'correct'],
		['tám', '08', 'correct'],
		['ba', '3', 'correct'],
		['80', '08', 'wrong'],
		['1797', '1.797', 'correct'],
		['1.798', '1.797', 'wrong', ['1797']],
		['74', '74', 'correct'],
		['47', '74', 'wrong'],
		// Accepted spellings.
		['Houaphanh', 'Hủa Phăn', 'correct', ['Houaphanh']],
		['Luang Prabang', 'Luông Pha Băng', 'correct', ['Luang Prabang']],
		['Luang Prabamg', 'Luông Pha Băng', 'near-miss', ['Luang Prabang']],
		['Xayaburi', 'Xay Nhạ By Ly', 'wrong', ['Sayabouly']]
	])('%j for %j -> %s', (given, expected, grade, accept) => {
		expect(checkTyped(given, expected, accept)).toEqual({ grade, expected });
	});

	it('keeps the main expected answer when an accepted spelling matched', () => {
		expect(checkTyped('Houaphanh', 'Hủa Phăn', ['Houaphanh']).expected).toBe('Hủa Phăn');
	});

	it('takes the best grade over all accepted spellings', () => {
		expect(checkTyped('Sayabouly', 'Xay Nhạ By Ly', ['Xayaburi', 'Sayabouly']).grade).toBe('correct');
		expect(checkTyped('Sayaboulu', 'Xay Nhạ By Ly', ['Xayaburi', 'Sayabouly']).grade).toBe('near-miss');
	});
});

describe('answerKey', () => {
	it('drops a leading ông/bà and edge punctuation, and folds', () => {
		expect(answerKey('Ông Nguyễn Văn Doanh.')).toBe('nguyễn văn doanh');
		expect(answerKey('(Uỷ viên)')).toBe(answerKey('Ủy viên'));
	});

	it('keeps a leading "ba" (it is also the number three)', () => {
		expect(answerKey('ba tỉnh Bắc Lào')).toBe('ba tỉnh bắc lào');
	});
});

describe('editDistance (optimal string alignment)', () => {
	it.each([
		['', '', 0],
		['abc', 'abc', 0],
		['abc', 'abd', 1],
		['abc', 'ab', 1],
		['ab', 'abc', 1],
		['abc', 'acb', 1],
		['băng', 'bămg', 1],
		['ca', 'abc', 3],
		['kitten', 'sitting', 3],
		['', 'hủa', 3]
	] as const)('%j to %j = %d', (a, b, d) => {
		expect(editDistance(a, b)).toBe(d);
		expect(editDistance(b, a)).toBe(d);
	});

	it('gives up past max with max + 1', () => {
		expect(editDistance('kitten', 'sitting', 1)).toBe(2);
		expect(editDistance('a', 'abcdef', 2)).toBe(3);
	});

	it('works on answers longer than its preallocated rows', () => {
		const long = 'đối ngoại nhân dân '.repeat(10);
		expect(editDistance(long, long + 'x')).toBe(1);
	});
});

describe('allowedSlips', () => {
	it.each([
		[1, 0],
		[3, 0],
		[4, 1],
		[14, 1],
		[15, 2],
		[40, 2]
	])('length %d -> %d', (n, want) => {
		expect(allowedSlips(n)).toBe(want);
	});
});

describe('checkNumeric', () => {
	const pairs: NumericSpec = { value: 8, unit: 'cặp', inUnit: 8 };
	const members: NumericSpec = { value: 1797, unit: 'hội viên', inUnit: 1797 };
	const usd: NumericSpec = { value: 1_600_000, unit: 'triệu USD', inUnit: 1.6 };
	const dong74: NumericSpec = { value: 74e9, unit: 'tỉ đồng', inUnit: 74 };
	const overseas: NumericSpec = { value: 15000, unit: 'Việt kiều', inUnit: 15000 };
	const gift: NumericSpec = { value: 200_000_000, unit: 'triệu đồng', inUnit: 200 };

	it.each<[string, NumericSpec, Grade]>([
		['08', pairs, 'correct'],
		['8', pairs, 'correct'],
		['tám', pairs, 'correct'],
		['tam', pairs, 'correct'],
		['8 cặp', pairs, 'correct'],
		['08 cặp kết nghĩa', pairs, 'correct'],
		['7', pairs, 'wrong'],
		['9', pairs, 'wrong'],
		['80', pairs, 'wrong'],
		['8 nghìn', pairs, 'wrong'],
		['1.797', members, 'correct'],
		['1797', members, 'correct'],
		['1797 hội viên', members, 'correct'],
		['1,797', members, 'correct'],
		['1 797', members, 'correct'],
		['1.798', members, 'wrong'],
		['1.779', members, 'wrong'],
		['1,8 nghìn', members, 'wrong'],
		['1,6', usd, 'correct'],
		['1.6', usd, 'correct'],
		['1,6 triệu USD', usd, 'correct'],
		['trên 1,6 triệu USD', usd, 'correct'],
		['1600000', usd, 'correct'],
		['1.600.000 USD', usd, 'correct'],
		['1,6 trieu', usd, 'correct'],
		['16', usd, 'wrong'],
		['1,7', usd, 'wrong'],
		['1,6 tỷ', usd, 'wrong'],
		['74', dong74, 'correct'],
		['74 tỷ', dong74, 'correct'],
		['trên 74 tỉ đồng', dong74, 'correct'],
		['47', dong74, 'wrong'],
		['74 triệu', dong74, 'wrong'],
		['hơn 15.000', overseas, 'correct'],
		['15 nghìn', overseas, 'correct'],
		['15 ngàn', overseas, 'correct'],
		['15000', overseas, 'correct'],
		['15', overseas, 'wrong'],
		['150.000', overseas, 'wrong'],
		['200', gift, 'correct'],
		['200 triệu đồng', gift, 'correct'],
		['2 trăm triệu', gift, 'correct'],
		['20', gift, 'wrong'],
		['', pairs, 'wrong'],
		['cặp', pairs, 'wrong'],
		['abc', members, 'wrong']
	])('%j for %o -> %s', (given, spec, grade) => {
		expect(checkNumeric(given, spec).grade).toBe(grade);
	});

	it('compares a JS number as it is, never re-reading it as text', () => {
		expect(checkNumeric(1.6, usd).grade).toBe('correct');
		expect(checkNumeric(1_600_000, usd).grade).toBe('correct');
		expect(checkNumeric(1797, members).grade).toBe('correct');
		// String(1.797) is "1.797", which as text reads 1797: as a number it is not.
		expect(checkNumeric(1.797, members).grade).toBe('wrong');
		expect(checkNumeric(9, pairs).grade).toBe('wrong');
	});

	it('shows the expected value the Vietnamese way, with its unit', () => {
		expect(checkNumeric('', members).expected).toBe('1.797 hội viên');
		expect(checkNumeric('', usd).expected).toBe('1,6 triệu USD');
		expect(checkNumeric('', pairs).expected).toBe('8 cặp');
		expect(checkNumeric('', { value: 3, unit: '', inUnit: 3 }).expected).toBe('3');
	});
});

describe('grade helpers', () => {
	it('orders grades', () => {
		expect(bestGrade('wrong', 'near-miss')).toBe('near-miss');
		expect(bestGrade('correct', 'correct-no-diacritics')).toBe('correct');
		expect(bestGrade('correct-no-diacritics', 'near-miss')).toBe('correct-no-diacritics');
	});

	it('counts correct without diacritics as right, a near miss as not', () => {
		expect(isCorrectGrade('correct')).toBe(true);
		expect(isCorrectGrade('correct-no-diacritics')).toBe(true);
		expect(isCorrectGrade('near-miss')).toBe(false);
		expect(isCorrectGrade('wrong')).toBe(false);
	});
});

describe('fair typed answers (issue 10)', () => {
	const grade = (given: string, expected: string, accept: string[] = []) =>
		checkTyped(given, expected, accept).grade;

	it('"Hằng năm", the standard spelling, for the article\'s "Hàng năm" (before a unit of time only)', () => {
		expect(grade('Hằng năm', 'Hàng năm')).toBe('correct');
		expect(grade('hàng năm', 'Hằng năm')).toBe('correct');
		expect(grade('hằng ngày', 'hàng ngày')).toBe('correct');
		expect(grade('hang nam', 'Hàng năm')).toBe('correct-no-diacritics');
		expect(grade('hằng hóa', 'hàng hóa')).not.toBe('correct'); // "hàng hóa" (goods) is another word
	});

	it('a list in any order, with "và" or "hoặc" or commas; an item more or less is wrong', () => {
		expect(grade('công viên, trường học', 'trường học, công viên')).toBe('correct');
		expect(grade('công viên và trường học', 'trường học, công viên')).toBe('correct');
		expect(grade('cong vien va truong hoc', 'trường học, công viên')).toBe('correct-no-diacritics');
		expect(grade('du lịch; kinh tế; đối ngoại', 'kinh tế, du lịch, đối ngoại')).toBe('correct');
		expect(grade('công viên, trường học, bệnh viện', 'trường học, công viên')).toBe('wrong');
		expect(grade('công viên', 'trường học, công viên')).toBe('wrong');
		expect(grade('Tây Âu hoặc Hoa Kỳ', 'Mỹ hoặc Tây Âu', ['Hoa Kỳ hoặc Tây Âu'])).toBe('correct');
	});

	it('a wrong extra word is still wrong, even beside an accepted short form', () => {
		expect(grade('mỏ than', 'vùng đất mỏ', ['mỏ'])).toBe('wrong');
		expect(grade('mỏ', 'vùng đất mỏ', ['mỏ'])).toBe('correct');
	});
});
