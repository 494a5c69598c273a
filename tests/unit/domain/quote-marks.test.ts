import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	acceptedInQuote,
	answerTexts,
	markedQuote,
	occurrences,
	questionMarks,
	sicRanges,
	valueOccurrences,
	withSic
} from '../../../src/lib/domain/quote-marks';
import type { Bank, Question } from '../../../src/lib/domain/types';

const TWO_TENS = 'trên địa bàn tỉnh có 10 chương trình dự án được triển khai bởi 10 tổ chức PCPNN';

function q(over: Partial<Question> & Pick<Question, 'id' | 'type' | 'answer'>): Question {
	return { prompt: 'Hỏi?', factIds: ['f'], topic: 'ngo-aid', source: { quote: TWO_TENS }, ...over };
}
const marked = (question: Question, bank: Question[] = []) =>
	markedQuote(question, bank)
		.filter((s) => s.mark)
		.map((s) => s.text);
const at = (question: Question, bank: Question[] = []) => questionMarks(question, bank).map((r) => r.start);

describe('valueOccurrences', () => {
	it('keeps the occurrence whose following words match the context', () => {
		expect(valueOccurrences(TWO_TENS, '10', { after: ' tổ chức' }).map((r) => r.start)).toEqual([
			TWO_TENS.lastIndexOf('10')
		]);
		expect(valueOccurrences(TWO_TENS, '10', { before: 'địa bàn tỉnh có ' }).map((r) => r.start)).toEqual([
			TWO_TENS.indexOf('10')
		]);
	});
	it('keeps every occurrence when the context tells none apart', () => {
		expect(valueOccurrences(TWO_TENS, '10', { after: 'năm' })).toHaveLength(2);
		expect(valueOccurrences(TWO_TENS, '10')).toHaveLength(2);
	});
});

describe('questionMarks', () => {
	it('marks only the "10" a cloze asks, by the words around its gap', () => {
		const cloze = q({
			id: 'org:cloze',
			type: 'cloze',
			answer: '10',
			cloze: 'Các dự án được triển khai bởi ____ tổ chức PCPNN.'
		});
		expect(at(cloze)).toEqual([TWO_TENS.lastIndexOf('10')]);
		const first = q({
			id: 'count:cloze',
			type: 'cloze',
			answer: '10',
			cloze: 'Trên địa bàn tỉnh có ____ chương trình dự án.'
		});
		expect(at(first)).toEqual([TWO_TENS.indexOf('10')]);
	});

	it('marks the number a numeric question asks, by its unit', () => {
		const numeric = q({
			id: 'org:numeric',
			type: 'numeric',
			answer: '10',
			numeric: { value: 10, unit: 'tổ chức', inUnit: 10 }
		});
		expect(at(numeric)).toEqual([TWO_TENS.lastIndexOf('10')]);
	});

	it("marks the true value in a false statement's quote, where its siblings mark it", () => {
		const tf = q({
			id: 'count:truefalse:false',
			type: 'truefalse',
			answer: false,
			prompt: 'Có 12 chương trình.'
		});
		const choice = q({ id: 'count:choice', type: 'choice', answer: '10 chương trình dự án' });
		const other = q({ id: 'x:choice', type: 'choice', answer: '10 tổ chức PCPNN', factIds: ['x'] });
		expect(marked(tf, [tf, choice, other])).toEqual(['10 chương trình dự án']);
		// Without siblings there is nothing to mark: the whole quote is the proof.
		expect(marked(tf)).toEqual([]);
	});

	it('marks, for a true statement, the values the statement names', () => {
		const quote = 'học bổng dành cho sinh viên các tỉnh Hủa Phăn, Luông Pha Băng; Xay Nhạ By Ly (Lào)';
		const tf = q({
			id: 'laos:truefalse:true',
			type: 'truefalse',
			answer: true,
			prompt: 'Theo bài viết, Luông Pha Băng là một trong 3 tỉnh Bắc Lào.',
			source: { quote }
		});
		const multi = q({
			id: 'laos:multi',
			type: 'multi',
			answer: ['Hủa Phăn', 'Luông Pha Băng', 'Xay Nhạ By Ly'],
			source: { quote }
		});
		expect(marked(tf, [multi])).toEqual(['Luông Pha Băng']);
	});

	it('finds a list written another way, and a post the article writes shorter', () => {
		const quote = 'về phía Quảng Ninh có ông Ngô Hoàng Ngân, Phó Bí thư Thường trực Tỉnh uỷ';
		const post = q({
			id: 'p:choice',
			type: 'choice',
			answer: 'Phó Bí thư Thường trực Tỉnh uỷ Quảng Ninh',
			source: { quote }
		});
		expect(marked(post)).toEqual(['Phó Bí thư Thường trực Tỉnh uỷ']);
		const list = q({
			id: 'l:flashcard:forward',
			type: 'flashcard',
			direction: 'forward',
			answer: 'Mỹ và Tây Âu',
			source: { quote: 'chủ yếu đến từ Mỹ hoặc khu vực Tây Âu' }
		});
		expect(marked(list)).toEqual(['Mỹ', 'Tây Âu']);
		// "1,6" is one number, not a list of 1 and 6.
		const money = q({
			id: 'm:choice',
			type: 'choice',
			answer: '1,6 triệu',
			source: { quote: 'trên 1,6 tỷ' }
		});
		expect(marked(money)).toEqual([]);
	});

	it("never marks a reverse flashcard's sentence", () => {
		const reverse = q({
			id: 'c:flashcard:reverse',
			type: 'flashcard',
			direction: 'reverse',
			answer: 'Trên địa bàn tỉnh có 10 chương trình dự án.'
		});
		expect(marked(reverse)).toEqual([]);
	});

	it("marks, in a match round, only the occurrence that is each pair's value, as its fact's questions do", () => {
		const quote = `${TWO_TENS} với 06 hội hữu nghị, 1.797 hội viên.`;
		const round = q({
			id: 'count:match:figures',
			type: 'match',
			answer: ['10 – số chương trình dự án PCPNN', '1.797 – số hội viên'],
			pairs: [
				['10', 'số chương trình dự án PCPNN'],
				['1.797', 'số hội viên']
			],
			factIds: ['count', 'members'],
			source: { quote, quotes: [TWO_TENS, '1.797 hội viên'] }
		});
		const numeric = q({
			id: 'count:numeric',
			type: 'numeric',
			answer: '10 chương trình dự án',
			factIds: ['count'],
			numeric: { value: 10, unit: 'chương trình dự án', inUnit: 10 }
		});
		const members = q({
			id: 'members:choice',
			type: 'choice',
			answer: '1.797 hội viên',
			factIds: ['members']
		});
		// A question of the same fact whose words also find something outside the pair's sentence: not marked.
		const wide = q({ id: 'members:cloze', type: 'cloze', answer: 'hội hữu nghị', factIds: ['members'] });
		expect(marked(round, [numeric, members, wide])).toEqual(['10 chương trình dự án', '1.797 hội viên']);
		// With no question of the fact to tell the two "10" apart, both stay marked.
		expect(marked(round)).toEqual(['10', '10', '1.797']);
	});
});

describe('acceptedInQuote', () => {
	const quote = 'đại diện Liên hiệp Hữu nghị tỉnh; UBMTTQ; Ban Tuyên Giáo, Ban Dân vận; Sở Nội vụ';
	const typed = q({
		id: 'u:typed',
		type: 'typed',
		prompt: 'Hãy kể tên một trong các đơn vị phía Quảng Ninh cử đại diện dự buổi tiếp.',
		answer: 'Liên hiệp Hữu nghị tỉnh',
		accept: [
			'UBMTTQ',
			'Ban Tuyên Giáo',
			'Ban Dân vận',
			'Sở Nội vụ',
			'Mặt trận Tổ quốc',
			'Tuyên Giáo',
			'Nội vụ'
		],
		source: { quote }
	});

	it('lists every answer of a "name one of" question the quote states, not aliases or inner words', () => {
		expect(acceptedInQuote(typed)).toEqual([
			'Liên hiệp Hữu nghị tỉnh',
			'UBMTTQ',
			'Ban Tuyên Giáo',
			'Ban Dân vận',
			'Sở Nội vụ'
		]);
		expect(marked(typed)).toEqual([
			'Liên hiệp Hữu nghị tỉnh',
			'UBMTTQ',
			'Ban Tuyên Giáo',
			'Ban Dân vận',
			'Sở Nội vụ'
		]);
	});

	it('leaves out what the prompt names (an abbreviation asked from its full name)', () => {
		const abbr = q({
			id: 'paccom:typed',
			type: 'typed',
			prompt: 'Tên viết tắt của Ban Điều phối viện trợ nhân dân là gì?',
			answer: 'PACCOM',
			accept: ['Ban Điều phối viện trợ nhân dân'],
			source: { quote: 'Phó Trưởng ban Điều phối viện trợ nhân dân (PACCOM)' }
		});
		expect(acceptedInQuote(abbr)).toEqual(['PACCOM']);
		expect(marked(abbr)).toEqual(['PACCOM']);
	});
});

describe('a typo the quote keeps (source.sic)', () => {
	const FIELDS =
		'y tế (nghiên cứu bệnh dịch truyền nhiễm; chăm sóc, triệu trị bệnh nhân HIV); cai nghiệm ma túy';
	const drugs = q({
		id: 'ngo-field-drugs:cloze',
		type: 'cloze',
		answer: 'ma túy',
		cloze: '…cai nghiện ____…',
		source: {
			quote: FIELDS,
			sic: [
				{ written: 'cai nghiệm', meant: 'cai nghiện' },
				{ written: 'triệu trị', meant: 'điều trị' }
			]
		}
	});

	it('finds each kept typo by its exact spelling, with the spelling meant, in order', () => {
		expect(sicRanges(drugs)).toEqual([
			{ start: FIELDS.indexOf('triệu trị'), end: FIELDS.indexOf('triệu trị') + 9, meant: 'điều trị' },
			{ start: FIELDS.indexOf('cai nghiệm'), end: FIELDS.indexOf('cai nghiệm') + 10, meant: 'cai nghiện' }
		]);
		expect(sicRanges(q({ id: 'x', type: 'cloze', answer: '10' }))).toEqual([]);
	});

	it('regression: the quote stays verbatim, the answer stays marked, and "[nguyên văn]" follows each typo', () => {
		const segments = markedQuote(drugs);
		expect(segments.map((s) => s.text).join('')).toBe(FIELDS);
		expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['ma túy']);
		const flagged = segments.filter((s) => s.sic !== undefined);
		expect(flagged.map((s) => [s.text.slice(-10), s.sic])).toEqual([
			['; chăm sóc, triệu trị'.slice(-10), 'điều trị'],
			['cai nghiệm', 'cai nghiện']
		]);
	});

	it('cuts a marked piece where a typo inside it ends, keeping both parts marked', () => {
		const out = withSic(
			[{ text: 'Đại biểu quốc hội tỉnh', mark: true }],
			[{ start: 0, end: 17, meant: 'Đại biểu Quốc hội' }]
		);
		expect(out).toEqual([
			{ text: 'Đại biểu quốc hội', mark: true, sic: 'Đại biểu Quốc hội' },
			{ text: ' tỉnh', mark: true }
		]);
	});
});

describe('a value found whichever spelling the quote uses', () => {
	const found = (text: string, needle: string) =>
		occurrences(text, needle).map((r) => text.slice(r.start, r.end));

	it.each([
		['ngân sách tỉnh 56 tỉ đồng để hỗ trợ', '56 tỷ đồng', '56 tỉ đồng'],
		['ngân sách tỉnh 56 tỷ đồng để hỗ trợ', '56 tỉ đồng', '56 tỷ đồng'],
		['đồng chí là Uỷ viên Ban Thường vụ', 'Ủy viên Ban Thường vụ', 'Uỷ viên Ban Thường vụ'],
		['nâng cao kĩ năng đối ngoại', 'Kỹ năng', 'kĩ năng'],
		['TRÊN 74 TỈ ĐỒNG', 'trên 74 tỷ đồng', 'TRÊN 74 TỈ ĐỒNG'],
		['tổ chức hàng năm', 'hằng năm', 'hàng năm']
	])('%j: finds %j as the quote writes it', (text, needle, want) => {
		expect(found(text, needle)).toEqual([want]);
	});

	it('does not take a different word for a variant', () => {
		expect(found('người Mỹ và mì Quảng', 'mì')).toEqual(['mì']);
		expect(found('bàn tay', 'tai')).toEqual([]);
		expect(found('năm 2018', '8')).toEqual([]);
	});

	it("gives offsets into the quote even where folding changes a character's length", () => {
		// A Hangul syllable comes apart into three letters when its marks are removed: what follows moves by two.
		const text = '한 ngân sách 56 tỉ đồng';
		expect(occurrences(text, '56 tỷ đồng')).toEqual([{ start: text.indexOf('56'), end: text.length }]);
		expect(found(text, '한 NGÂN SÁCH')).toEqual(['한 ngân sách']);
	});

	it('marks "56 tỉ đồng" whole in the bank, where the bank writes "56 tỷ đồng"', () => {
		const bank = JSON.parse(
			readFileSync(new URL('../../../questions/bank.json', import.meta.url), 'utf8')
		) as Bank;
		// Every question whose answer is the value "56 tỷ đồng" (a cloze asks only the "56" before its gap; a
		// reverse card's answer is a sentence, never marked).
		const asked = bank.questions.filter((x) => answerTexts(x).includes('56 tỷ đồng'));
		expect(asked.length).toBeGreaterThan(2);
		for (const question of asked) {
			expect(question.source.quote).toContain('56 tỉ đồng');
			expect(marked(question, bank.questions)).toContain('56 tỉ đồng');
		}
	});
});
