/**
 * Language a native editor would not send back (issue 10): the date's reverse question, sentences never
 * starting with a lower-case word, the style rules, no internal labels, over the committed bank and every
 * fixture deck.
 */
import { describe, expect, it } from 'vitest';
import { eventAt } from '../../../../src/lib/domain/questions/dates';
import { fill, plainPost, styleProblems } from '../../../../src/lib/domain/questions/phrasing';
import type { DateFact, PersonPostFact } from '../../../../src/lib/domain/types';
import { checkedDecks } from './decks';

const date = (value: string, extra: Partial<DateFact> = {}): DateFact => ({
	id: 'd',
	kind: 'date',
	topic: 'general',
	subject: 's',
	quote: value,
	value,
	...extra
});

describe('phrasing', () => {
	it('regression: asks which event took place at a date, and a period is no "thời điểm"', () => {
		expect(eventAt(date('sáng 23/3'))).toBe('Sự việc nào trong bài diễn ra vào sáng 23/3?');
		expect(eventAt(date('tháng 6/2020'))).toBe('Sự việc nào trong bài diễn ra vào tháng 6/2020?');
		expect(eventAt(date('2011 - 2020', { endYear: 2020 }))).toBe(
			'Sự việc nào trong bài diễn ra trong giai đoạn 2011 - 2020?'
		);
		expect(eventAt(date('2019'))).toBe('Sự việc nào trong bài diễn ra vào năm 2019?');
	});

	it('regression: a filled statement never starts with a lower-case word', () => {
		expect(fill('"{value}" là một từ trong phương châm của VUFO.', 'linh hoạt')).toBe(
			'Trong bài, "linh hoạt" là một từ trong phương châm của VUFO.'
		);
		expect(fill('{value} là mô hình hiệu quả.', 'kết nghĩa bản - bản')).toBe(
			'Kết nghĩa bản - bản là mô hình hiệu quả.'
		);
		expect(fill('{value}, tỉnh triển khai học bổng.', 'Hàng năm')).toBe(
			'Hàng năm, tỉnh triển khai học bổng.'
		);
	});

	it('regression: styleProblems finds what the editor sent back', () => {
		expect(styleProblems('Theo bài viết, điều gì gắn với thời điểm “sáng 23/3”?')).not.toEqual([]);
		expect(styleProblems('Phó Chủ tịch VUFO Nguyễn Văn Doanh ví Quảng Ninh như gì?')).not.toEqual([]);
		expect(styleProblems('VUFO tăng cường hỗ trợ kinh phí với tỉnh Quảng Ninh.')).not.toEqual([]);
		expect(styleProblems('Ai trong số những người sau là Tỉnh ủy viên Quảng Ninh?')).not.toEqual([]);
		expect(styleProblems('"linh hoạt" là một từ trong phương châm của VUFO.')).toContain(
			'starts with a lower-case word'
		);
		expect(styleProblems('Sự việc nào trong bài diễn ra vào sáng 23/3?')).toEqual([]);
		expect(styleProblems('Phó Chủ tịch VUFO Nguyễn Văn Doanh ví Quảng Ninh với hình ảnh nào?')).toEqual([]);
	});

	it('regression: a member title that names its committee is the post by itself', () => {
		const f: PersonPostFact = {
			id: 'p',
			kind: 'person-post',
			topic: 'people',
			subject: 's',
			quote: 'q',
			person: 'Lương Văn Khải',
			post: 'Tỉnh ủy viên Lạng Sơn',
			title: 'Tỉnh ủy viên',
			body: 'Tỉnh ủy Lạng Sơn'
		};
		expect(plainPost(f).post).toBe('Tỉnh ủy viên');
		expect(plainPost({ ...f, post: 'Phó Chủ tịch UBND tỉnh', title: 'Phó Chủ tịch' }).post).toBe(
			'Phó Chủ tịch UBND tỉnh'
		);
	});

	for (const deck of checkedDecks())
		it(`${deck.name}: no prompt an editor would send back, no internal label`, () => {
			for (const q of deck.bank.questions) {
				expect(styleProblems(q.prompt), `${q.id}: ${q.prompt}`).toEqual([]);
				if (q.type === 'flashcard' && typeof q.answer === 'string' && /[.?!]$/u.test(q.answer))
					expect(styleProblems(q.answer), q.id).toEqual([]);
				// "(nhóm 3/4)", "(lượt 1/3)": the generator's bookkeeping, never the learner's.
				expect(q.prompt, q.id).not.toMatch(/\((?:nhóm|lượt)\s*\d+\/\d+\)/u);
			}
		});
});
