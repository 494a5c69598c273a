import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/lib/domain/random';
import type { Question, QuestionType, Topic } from '../../../src/lib/domain/types';
import type { QuizAnswer, QuizSettings } from '../../../src/lib/domain/records';
import {
	QuizAnswerError,
	QuizSettingsError,
	createAttempt,
	deadline,
	elapsedMs,
	endEarly,
	eligibleQuestions,
	factQuizQuestions,
	finishAttempt,
	isExpired,
	mistakes,
	nextIndex,
	overruleAnswer,
	quoteSegments,
	pickQuizQuestions,
	retryMissed,
	scoreAttempt,
	spreadFacts,
	topicBreakdown,
	withAnswer
} from '../../../src/lib/domain/quiz';
import { answerTexts } from '../../../src/lib/domain/quote-marks';

const TYPES: QuestionType[] = ['flashcard', 'choice', 'typed', 'truefalse', 'numeric', 'cloze'];
const TOPICS: Topic[] = ['people', 'laos', 'ngo-aid'];

/** 12 facts x 6 types = 72 questions, topics cycling over three. */
function bank(): Question[] {
	const out: Question[] = [];
	for (let f = 0; f < 12; f++) {
		for (const type of TYPES) {
			out.push({
				id: `fact-${f}:${type}`,
				type,
				prompt: `Câu hỏi ${f} (${type})`,
				answer: type === 'truefalse' ? true : `đáp án ${f}`,
				factIds: [`fact-${f}`],
				topic: TOPICS[f % 3] as Topic,
				source: { quote: `trích ${f}` }
			});
		}
	}
	return out;
}

const all: QuizSettings = { length: 'all', topics: [], types: [], timeLimit: null };
const NOW = new Date('2026-03-23T08:00:00Z');

function answer(id: string, correct: boolean, at = NOW.getTime()): QuizAnswer {
	return { questionId: id, given: 'x', grade: correct ? 'correct' : 'wrong', correct, ms: 1000, at };
}

describe('building a quiz', () => {
	it('never asks flashcards', () => {
		const qs = pickQuizQuestions(bank(), all, createRng(1));
		expect(qs).toHaveLength(60);
		expect(qs.some((q) => q.type === 'flashcard')).toBe(false);
	});

	it('cuts to the chosen length, and "all" takes every eligible question once', () => {
		expect(pickQuizQuestions(bank(), { ...all, length: 10 }, createRng(2))).toHaveLength(10);
		expect(pickQuizQuestions(bank(), { ...all, length: 20 }, createRng(2))).toHaveLength(20);
		const ids = pickQuizQuestions(bank(), all, createRng(2)).map((q) => q.id);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('a length beyond the pool gives the whole pool', () => {
		const qs = pickQuizQuestions(
			bank(),
			{ ...all, length: 20, topics: ['laos'], types: ['choice'] },
			createRng(3)
		);
		expect(qs.map((q) => q.id).sort()).toEqual(
			['fact-10:choice', 'fact-1:choice', 'fact-4:choice', 'fact-7:choice'].sort()
		);
	});

	it('filters by topic and type', () => {
		const qs = pickQuizQuestions(
			bank(),
			{ ...all, topics: ['people', 'ngo-aid'], types: ['typed', 'numeric'] },
			createRng(4)
		);
		expect(qs).toHaveLength(16);
		for (const q of qs) {
			expect(['people', 'ngo-aid']).toContain(q.topic);
			expect(['typed', 'numeric']).toContain(q.type);
		}
	});

	it('a short quiz covers as many facts as it can', () => {
		const qs = pickQuizQuestions(bank(), { ...all, length: 10 }, createRng(5));
		expect(new Set(qs.map((q) => q.factIds[0])).size).toBe(10);
	});

	it('is deterministic for a seed and varies with the seed', () => {
		const a = pickQuizQuestions(bank(), { ...all, length: 20 }, createRng('seed')).map((q) => q.id);
		const b = pickQuizQuestions(bank(), { ...all, length: 20 }, createRng('seed')).map((q) => q.id);
		const c = pickQuizQuestions(bank(), { ...all, length: 20 }, createRng('other')).map((q) => q.id);
		expect(a).toEqual(b);
		expect(a).not.toEqual(c);
	});

	it('never puts two questions of one fact back to back when it can be avoided', () => {
		for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
			const qs = pickQuizQuestions(bank(), all, createRng(seed));
			for (let i = 1; i < qs.length; i++) expect(qs[i]?.factIds[0]).not.toBe(qs[i - 1]?.factIds[0]);
		}
	});

	it('spreads a dominant fact as well as possible', () => {
		const qs = bank().filter(
			(q) => q.factIds[0] === 'fact-0' || q.id === 'fact-1:choice' || q.id === 'fact-2:choice'
		);
		// fact-0 has 6 questions and only 2 others exist: at best it alternates at the start.
		const out = spreadFacts(qs).map((q) => q.factIds[0]);
		expect(out.slice(0, 5)).toEqual([
			'fact-0',
			expect.not.stringMatching(/^fact-0$/),
			'fact-0',
			expect.not.stringMatching(/^fact-0$/),
			'fact-0'
		]);
		expect(out).toHaveLength(8);
	});

	it('rejects settings that cannot be met, naming the problem', () => {
		expect(() => pickQuizQuestions(bank(), { ...all, types: ['flashcard'] }, createRng(1))).toThrow(
			/flashcard/
		);
		expect(() => pickQuizQuestions(bank(), { ...all, length: 0 }, createRng(1))).toThrow(QuizSettingsError);
		expect(() => pickQuizQuestions(bank(), { ...all, topics: ['proposals'] }, createRng(1))).toThrow(
			/No question/
		);
		expect(() => pickQuizQuestions(bank(), { ...all, timeLimit: -5 }, createRng(1))).toThrow(/Time limit/);
	});

	it('empty topic and type lists mean all of them', () => {
		expect(eligibleQuestions(bank(), all)).toHaveLength(60);
	});
});

describe('an attempt', () => {
	const ids = ['fact-0:choice', 'fact-1:typed', 'fact-2:numeric', 'fact-3:cloze'];
	const byId = new Map(bank().map((q) => [q.id, q]));

	it('starts unanswered and takes answers at their index only', () => {
		let a = createAttempt({ id: 'a1', deckId: 'd', settings: all, questionIds: ids, now: NOW });
		expect(a.answers).toEqual([null, null, null, null]);
		expect(nextIndex(a)).toBe(0);
		a = withAnswer(a, 0, answer(ids[0] as string, true));
		expect(nextIndex(a)).toBe(1);
		expect(() => withAnswer(a, 1, answer(ids[2] as string, true))).toThrow(QuizAnswerError);
		expect(() => withAnswer(a, 9, answer(ids[0] as string, true))).toThrow(/outside/);
	});

	it('scores, breaks down by topic and lists mistakes (unanswered ones too)', () => {
		let a = createAttempt({ id: 'a1', deckId: 'd', settings: all, questionIds: ids, now: NOW });
		a = withAnswer(a, 0, answer(ids[0] as string, true));
		a = withAnswer(a, 1, answer(ids[1] as string, false));
		a = withAnswer(a, 3, answer(ids[3] as string, true));
		expect(scoreAttempt(a)).toEqual({ correct: 2, total: 4, answered: 3, ratio: 0.5 });
		// fact-0 people, fact-1 laos, fact-2 ngo-aid, fact-3 people
		expect(topicBreakdown(a, byId)).toEqual([
			{ topic: 'people', correct: 2, total: 2 },
			{ topic: 'laos', correct: 0, total: 1 },
			{ topic: 'ngo-aid', correct: 0, total: 1 }
		]);
		expect(mistakes(a, byId).map((m) => [m.index, m.question.id, m.answer?.correct ?? null])).toEqual([
			[1, 'fact-1:typed', false],
			[2, 'fact-2:numeric', null]
		]);
	});

	// Issue 14: ending a quiz early shows a summary of what was asked, not the unasked questions as mistakes.
	it('ends early with the answered questions only, scored on them', () => {
		let a = createAttempt({ id: 'a1', deckId: 'd', settings: all, questionIds: ids, now: NOW });
		expect(endEarly(a, NOW)).toBeNull();
		a = withAnswer(a, 0, answer(ids[0] as string, true));
		a = withAnswer(a, 2, answer(ids[2] as string, false));
		const later = new Date(NOW.getTime() + 90_000);
		const done = endEarly(a, later);
		expect(done?.questionIds).toEqual([ids[0], ids[2]]);
		expect(done?.finishedAt).toBe(later.getTime());
		expect(done?.score).toBe(0.5);
		expect(mistakes(done!, byId).map((m) => m.question.id)).toEqual([ids[2]]);
		// Already finished: left as it is.
		expect(endEarly(done!, new Date(later.getTime() + 1000))).toBe(done);
	});

	it('an overruled answer counts as right and is marked', () => {
		const o = overruleAnswer(answer('fact-0:choice', false));
		expect(o.correct).toBe(true);
		expect(o.overruled).toBe(true);
		expect(o.grade).toBe('wrong');
		let a = createAttempt({ id: 'a1', deckId: 'd', settings: all, questionIds: ids.slice(0, 1), now: NOW });
		a = withAnswer(a, 0, o);
		expect(scoreAttempt(a).correct).toBe(1);
	});

	it('finishes with a score and a time; a limit that ran out ends it at the limit', () => {
		const timed = createAttempt({
			id: 'a2',
			deckId: 'd',
			settings: { ...all, timeLimit: 5 },
			questionIds: ids,
			now: NOW
		});
		expect(deadline(timed)).toBe(NOW.getTime() + 5 * 60_000);
		expect(isExpired(timed, new Date(NOW.getTime() + 4 * 60_000))).toBe(false);
		const later = new Date(NOW.getTime() + 60 * 60_000);
		expect(isExpired(timed, later)).toBe(true);
		const done = finishAttempt(withAnswer(timed, 0, answer(ids[0] as string, true)), later);
		expect(done.finishedAt).toBe(NOW.getTime() + 5 * 60_000);
		expect(done.score).toBe(0.25);
		expect(elapsedMs(done, later)).toBe(5 * 60_000);
		expect(finishAttempt(done, new Date(later.getTime() + 1000))).toBe(done);

		const untimed = createAttempt({ id: 'a3', deckId: 'd', settings: all, questionIds: ids, now: NOW });
		expect(isExpired(untimed, later)).toBe(false);
		expect(finishAttempt(untimed, later).finishedAt).toBe(later.getTime());
	});

	it('retrying the missed makes a new attempt of exactly those', () => {
		let a = createAttempt({
			id: 'a1',
			deckId: 'd',
			settings: { ...all, length: 10 },
			questionIds: ids,
			now: NOW
		});
		a = withAnswer(a, 0, answer(ids[0] as string, true));
		a = withAnswer(a, 1, answer(ids[1] as string, false));
		a = withAnswer(a, 2, answer(ids[2] as string, false));
		a = withAnswer(a, 3, answer(ids[3] as string, true));
		const r = retryMissed(a, byId, { id: 'a4', now: NOW, rng: createRng(9) });
		expect(r.id).toBe('a4');
		expect([...r.questionIds].sort()).toEqual(['fact-1:typed', 'fact-2:numeric']);
		expect(r.answers).toEqual([null, null]);
		expect(r.settings.length).toBe('all');
		expect(r.finishedAt).toBeUndefined();
		const perfect = withAnswer(
			withAnswer(a, 1, answer(ids[1] as string, true)),
			2,
			answer(ids[2] as string, true)
		);
		expect(() => retryMissed(perfect, byId, { id: 'a5', now: NOW, rng: createRng(9) })).toThrow(
			/Nothing to retry/
		);
	});
});

describe('quote highlighting', () => {
	const quote =
		'duy trì, hoạt động 08 cặp kết nghĩa (07 cặp Bản - Bản và 01 cặp Xã - Trấn) hai bên biên giới';

	it('marks the answer as text segments that rebuild the quote', () => {
		const segs = quoteSegments(quote, ['08']);
		expect(segs.map((s) => s.text).join('')).toBe(quote);
		expect(segs.filter((s) => s.mark).map((s) => s.text)).toEqual(['08']);
	});

	it('finds the answer across the Uỷ/Ủy spelling and case, whole words only', () => {
		const q2 = 'ông Nguyễn Văn Doanh, Uỷ viên Đảng đoàn, Phó Chủ tịch VUFO';
		expect(
			quoteSegments(q2, ['Ủy viên Đảng đoàn'])
				.filter((s) => s.mark)
				.map((s) => s.text)
		).toEqual(['Uỷ viên Đảng đoàn']);
		expect(
			quoteSegments('năm 2018 có 8 tổ chức', ['8'])
				.filter((s) => s.mark)
				.map((s) => s.text)
		).toEqual(['8']);
		expect(quoteSegments(quote, ['không có']).every((s) => !s.mark)).toBe(true);
	});

	it('marks each item of a multi answer and both sides of match pairs', () => {
		const q3 = 'sinh viên các tỉnh Hủa Phăn, Luông Pha Băng; Xay Nhạ By Ly (Lào)';
		const multi: Question = {
			id: 'm',
			type: 'multi',
			prompt: '?',
			answer: ['Hủa Phăn', 'Luông Pha Băng', 'Xay Nhạ By Ly'],
			factIds: ['x'],
			topic: 'laos',
			source: { quote: q3 }
		};
		expect(
			quoteSegments(q3, answerTexts(multi))
				.filter((s) => s.mark)
				.map((s) => s.text)
		).toEqual(['Hủa Phăn', 'Luông Pha Băng', 'Xay Nhạ By Ly']);
		const tf: Question = { ...multi, type: 'truefalse', answer: true };
		expect(answerTexts(tf)).toEqual([]);
	});
});

describe('factQuizQuestions (the article\'s "Luyện các câu này")', () => {
	it("takes every quiz question of the facts and no flashcard, another fact's question never", () => {
		const ids = factQuizQuestions(bank(), ['fact-1', 'fact-4'], createRng(1)).map((q) => q.id);
		expect(ids).toHaveLength(10);
		expect(ids.every((id) => /^fact-[14]:/.test(id) && !id.endsWith(':flashcard'))).toBe(true);
		// Two facts of five questions each: never two of one fact in a row.
		for (let i = 1; i < ids.length; i++) expect(ids[i]!.split(':')[0]).not.toBe(ids[i - 1]!.split(':')[0]);
	});
	it('refuses facts without a quiz question', () => {
		expect(() => factQuizQuestions(bank(), ['zz'], createRng(1))).toThrow(QuizSettingsError);
	});
});
