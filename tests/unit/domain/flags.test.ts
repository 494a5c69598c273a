import { describe, expect, it } from 'vitest';
import {
	acceptedByQuestion,
	checkAcceptedAnswer,
	checkQuestionFlag,
	FLAG_REASONS,
	makeAccepted,
	makeFlag,
	withoutFlagged
} from '../../../src/lib/domain/flags';
import {
	buildFlagReport,
	FLAG_REPORT_FORMAT,
	type FlagReportFile
} from '../../../src/lib/domain/flag-report';
import { RecordRuleError } from '../../../src/lib/domain/record-rules';
import { judge } from '../../../src/lib/domain/verdict';
import type { Question } from '../../../src/lib/domain/types';

const DECK = 'vufo-quang-ninh';
const NOW = new Date('2026-03-23T08:00:00Z');
const WINDOW = { earliest: Date.UTC(2020, 0, 1), latest: NOW.getTime() };

const typed: Question = {
	id: 'mine-region:typed',
	type: 'typed',
	prompt: 'Quảng Ninh được gọi là vùng đất gì?',
	answer: 'vùng đất mỏ',
	factIds: ['mine-region'],
	topic: 'general',
	source: { quote: 'Quảng Ninh là vùng đất mỏ' }
};
const numeric: Question = {
	id: 'twinning-pairs:numeric',
	type: 'numeric',
	prompt: 'Có bao nhiêu cặp kết nghĩa?',
	answer: '08 cặp',
	numeric: { value: 8, unit: 'cặp', inUnit: 8 },
	factIds: ['twinning-pairs'],
	topic: 'china-twinning',
	source: { quote: '08 cặp kết nghĩa' }
};
const choice: Question = {
	...typed,
	id: 'mine-region:choice',
	type: 'choice',
	choices: ['vùng đất mỏ', 'vùng biển'],
	answer: 'vùng đất mỏ'
};

describe('reported questions leave sessions (withoutFlagged)', () => {
	it('drops exactly the reported ids and keeps the order of the rest', () => {
		const qs = [typed, numeric, choice];
		expect(withoutFlagged(qs, new Set([numeric.id])).map((q) => q.id)).toEqual([typed.id, choice.id]);
		expect(withoutFlagged(qs, new Set())).toEqual(qs);
		// A report of a question no longer in the bank changes nothing.
		expect(withoutFlagged(qs, new Set(['gone:typed']))).toEqual(qs);
	});
});

describe('report records', () => {
	it('makeFlag stores the comment trimmed and NFC, and drops an empty one', () => {
		const f = makeFlag({
			deckId: DECK,
			questionId: typed.id,
			reason: 'typo',
			comment: '  lỗi chính tả  '.normalize('NFD'),
			now: NOW
		});
		expect(f).toEqual({
			deckId: DECK,
			questionId: typed.id,
			reason: 'typo',
			comment: 'lỗi chính tả',
			at: NOW.getTime()
		});
		expect(
			makeFlag({ deckId: DECK, questionId: typed.id, reason: 'other', comment: '  ', now: NOW })
		).not.toHaveProperty('comment');
	});

	it('makeFlag refuses a comment over 500 characters', () => {
		expect(() =>
			makeFlag({ deckId: DECK, questionId: typed.id, reason: 'other', comment: 'x'.repeat(501), now: NOW })
		).toThrow(RecordRuleError);
	});

	it('offers the four reasons of the issue, in order', () => {
		expect(FLAG_REASONS).toEqual(['wrong-answer', 'ambiguous', 'typo', 'other']);
	});

	it('checkQuestionFlag refuses crafted records, naming the field', () => {
		const good = { deckId: DECK, questionId: typed.id, reason: 'ambiguous', at: NOW.getTime() };
		const problem = (v: unknown) => {
			try {
				checkQuestionFlag(v, 'flags[0]', WINDOW);
				return null;
			} catch (e) {
				return e instanceof RecordRuleError ? `${e.path} ${e.problem}` : String(e);
			}
		};
		expect(problem(good)).toBeNull();
		expect(problem({ ...good, reason: 'spam' })).toBe('flags[0].reason unknown-value');
		expect(problem({ ...good, deckId: '' })).toBe('flags[0].deckId empty');
		expect(problem({ ...good, questionId: 'q'.repeat(201) })).toBe('flags[0].questionId too-long');
		expect(problem({ ...good, comment: 7 })).toBe('flags[0].comment wrong-type');
		expect(problem({ ...good, at: NOW.getTime() + 1 })).toBe('flags[0].at after-export');
		expect(problem({ ...good, at: Date.UTC(2019, 0, 1) })).toBe('flags[0].at before-2020');
		expect(problem([good])).toBe('flags[0] wrong-type');
		// Unknown fields do not survive the check.
		expect(checkQuestionFlag({ ...good, html: '<img>' }, 'f')).toEqual(good);
	});
});

describe('remembered answers (after "Tính là đúng")', () => {
	it('makeAccepted keeps typed text only, trimmed and NFC, within 200 characters', () => {
		const base = { deckId: DECK, questionId: typed.id, now: NOW };
		expect(makeAccepted({ ...base, given: ' mỏ '.normalize('NFD') })).toEqual({
			deckId: DECK,
			questionId: typed.id,
			answer: 'mỏ',
			at: NOW.getTime()
		});
		expect(makeAccepted({ ...base, given: null })).toBeNull();
		expect(makeAccepted({ ...base, given: 8 })).toBeNull();
		expect(makeAccepted({ ...base, given: '   ' })).toBeNull();
		expect(makeAccepted({ ...base, given: 'a'.repeat(201) })).toBeNull();
	});

	it('checkAcceptedAnswer refuses an empty or overlong answer', () => {
		const good = { deckId: DECK, questionId: typed.id, answer: 'mỏ', at: NOW.getTime() };
		expect(checkAcceptedAnswer(good, 'a')).toEqual(good);
		expect(() => checkAcceptedAnswer({ ...good, answer: '' }, 'a')).toThrow(/a\.answer: is empty/);
		expect(() => checkAcceptedAnswer({ ...good, answer: 'x'.repeat(201) }, 'a')).toThrow(/over 200/);
		expect(() => checkAcceptedAnswer({ ...good, answer: ['mỏ'] }, 'a')).toThrow(/must be text/);
	});

	it('groups them by question for grading', () => {
		const at = NOW.getTime();
		const map = acceptedByQuestion([
			{ deckId: DECK, questionId: 'a', answer: 'x', at },
			{ deckId: DECK, questionId: 'b', answer: 'y', at },
			{ deckId: DECK, questionId: 'a', answer: 'z', at }
		]);
		expect([...map]).toEqual([
			['a', ['x', 'z']],
			['b', ['y']]
		]);
	});

	it('judge grades a remembered answer right, folded as the checker folds (regression: "mỏ" for "vùng đất mỏ")', () => {
		expect(judge(typed, 'mỏ').correct).toBe(false);
		expect(judge(typed, 'mỏ', ['mỏ'])).toEqual({ grade: 'correct', correct: true, rating: 3 });
		// Case, spacing, Unicode form and a final stop fold away.
		expect(judge(typed, '  MỎ. '.normalize('NFD'), ['mỏ']).grade).toBe('correct');
		// Another wrong answer stays wrong; an empty one never matches.
		expect(judge(typed, 'than', ['mỏ']).grade).toBe('wrong');
		expect(judge(typed, '', ['']).grade).toBe('wrong');
		expect(judge(typed, null, ['mỏ']).grade).toBe('wrong');
	});

	it('judge applies them to numeric answers too, and never to options picked', () => {
		expect(judge(numeric, 'bảy cộng một').correct).toBe(false);
		expect(judge(numeric, 'bảy cộng một', ['bảy cộng một']).grade).toBe('correct');
		// A crafted remembered answer cannot make a wrong option right.
		expect(judge(choice, 'vùng biển', ['vùng biển']).grade).toBe('wrong');
	});
});

describe('the maintainer file (buildFlagReport)', () => {
	it('lists each report with the question, answer and quote, in bank order, and the accepted wordings', () => {
		const flags = [
			{
				deckId: DECK,
				questionId: numeric.id,
				reason: 'wrong-answer' as const,
				comment: 'Bài ghi 08 cặp',
				at: NOW.getTime()
			},
			{ deckId: DECK, questionId: typed.id, reason: 'typo' as const, at: NOW.getTime() - 1000 },
			{ deckId: DECK, questionId: 'gone:typed', reason: 'other' as const, at: NOW.getTime() - 2000 },
			{ deckId: 'other-deck', questionId: typed.id, reason: 'other' as const, at: NOW.getTime() }
		];
		const text = buildFlagReport(
			{ id: DECK, title: 'VUFO và Quảng Ninh', source: 'Báo' },
			[typed, numeric],
			flags,
			new Map([[typed.id, ['mỏ', 'đất mỏ']]]),
			NOW
		);
		const file = JSON.parse(text) as FlagReportFile;
		expect(file.format).toBe(FLAG_REPORT_FORMAT);
		expect(file.exportedAt).toBe('2026-03-23T08:00:00.000Z');
		expect(file.reports.map((r) => r.questionId)).toEqual([typed.id, numeric.id, 'gone:typed']);
		expect(file.reports[1]).toEqual({
			questionId: numeric.id,
			reason: 'wrong-answer',
			comment: 'Bài ghi 08 cặp',
			reportedAt: '2026-03-23T08:00:00.000Z',
			type: 'numeric',
			prompt: numeric.prompt,
			answer: '08 cặp',
			quote: '08 cặp kết nghĩa'
		});
		expect(file.reports[2]).not.toHaveProperty('prompt');
		expect(file.acceptedAnswers).toEqual([
			{ questionId: typed.id, prompt: typed.prompt, answer: 'vùng đất mỏ', accepted: ['mỏ', 'đất mỏ'] }
		]);
		// Readable in a text editor: indented, Vietnamese letters as they are.
		expect(text).toContain('\n  "reports": [');
		expect(text).toContain('vùng đất mỏ');
	});
});
