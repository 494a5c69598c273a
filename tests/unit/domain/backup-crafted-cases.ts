/**
 * Crafted backup files, as an adversarial tester makes them (issue 9): a real backup of a learner's
 * progress, one thing changed, and the checksum computed again so that only the record rules stand in
 * the way. Shared by the domain test (the refusal and its message), the storage test (nothing changes
 * on the phone) and the e2e test (through the settings page). Files are generated, never committed.
 */
import {
	buildBackup,
	canonicalJson,
	sha256Hex,
	type BackupData,
	type BackupErrorCode,
	type BackupFile,
	type BackupProblem,
	type CheckedBackup
} from '../../../src/lib/domain/backup';
import type { DeckRecord, QuizAttempt, ReviewRecord } from '../../../src/lib/domain/records';
import { rebuildCard } from '../../../src/lib/domain/scheduling';
import { DEFAULT_SETTINGS } from '../../../src/lib/domain/settings';

const DECK = 'vufo-quang-ninh';
const T0 = Date.UTC(2026, 2, 20, 1);
/** When the real backup was made, and the importing phone's clock. */
export const NOW = new Date(Date.UTC(2026, 2, 23, 8));
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

const FLASH = 'vufo-chair:flashcard:forward';
const CHOICE = 'lao-provinces:choice';
const TYPED = 'lao-provinces:typed';
const QUIZ = 'quiz-mn0xyz-abc123';

/** The questions the app knows for the built-in deck in these tests. */
export const KNOWN = new Map([[DECK, new Set([FLASH, CHOICE, TYPED, 'twinning-pairs:numeric'])]]);

const deck: DeckRecord = {
	id: DECK,
	title: 'VUFO và Quảng Ninh',
	source: 'Báo Quảng Ninh',
	kind: 'builtin',
	createdAt: T0 - DAY
};

function reviews(): ReviewRecord[] {
	const quizAt = T0 + 2 * HOUR;
	return [
		{
			id: `${T0}-${FLASH}-a1b2c3d4`,
			questionId: FLASH,
			deckId: DECK,
			mode: 'flashcards',
			given: null,
			rating: 3,
			correct: true,
			ms: 4200,
			at: T0,
			topic: 'people',
			type: 'flashcard'
		},
		{
			id: `${quizAt}-${CHOICE}-c9d0e1f2`,
			questionId: CHOICE,
			deckId: DECK,
			mode: 'quiz',
			given: 'Phôngsalỳ',
			grade: 'correct',
			rating: 3,
			correct: true,
			ms: 5000,
			at: quizAt,
			attemptId: QUIZ,
			topic: 'laos',
			type: 'choice'
		},
		{
			id: `${quizAt + MIN}-${TYPED}-a3b4c5d6`,
			questionId: TYPED,
			deckId: DECK,
			mode: 'quiz',
			given: 'Luông Pha',
			grade: 'wrong',
			rating: 1,
			correct: false,
			ms: 8000,
			at: quizAt + MIN,
			attemptId: QUIZ,
			topic: 'laos',
			type: 'typed'
		},
		// "I was right": the correcting review keeps the checker's grade, counts correct, takes no time.
		{
			id: `${quizAt + MIN + 5000}-${TYPED}-e7f8a9b0`,
			questionId: TYPED,
			deckId: DECK,
			mode: 'quiz',
			given: 'Luông Pha',
			grade: 'wrong',
			rating: 3,
			correct: true,
			ms: 0,
			at: quizAt + MIN + 5000,
			attemptId: QUIZ,
			topic: 'laos',
			type: 'typed'
		},
		{
			id: `${T0 + DAY}-${FLASH}-e5f6a7b8`,
			questionId: FLASH,
			deckId: DECK,
			mode: 'flashcards',
			given: null,
			rating: 1,
			correct: false,
			ms: 6100,
			at: T0 + DAY,
			topic: 'people',
			type: 'flashcard'
		}
	];
}

function attempt(): QuizAttempt {
	const quizAt = T0 + 2 * HOUR;
	return {
		id: QUIZ,
		deckId: DECK,
		settings: { length: 10, topics: ['laos'], types: [], timeLimit: 10 },
		questionIds: [CHOICE, TYPED],
		answers: [
			{ questionId: CHOICE, given: 'Phôngsalỳ', grade: 'correct', correct: true, ms: 5000, at: quizAt },
			{
				questionId: TYPED,
				given: 'Luông Pha',
				grade: 'wrong',
				correct: true,
				overruled: true,
				ms: 8000,
				at: quizAt + MIN
			}
		],
		startedAt: quizAt - 10_000,
		finishedAt: quizAt + 2 * MIN,
		score: 1
	};
}

/**
 * A learner's real progress, written as the app writes it (cards are the replay of the log). In the
 * file, reviews are in time order: 0 flashcard Good, 1 quiz choice right, 2 quiz typed wrong, 3 its
 * "I was right", 4 flashcard Again; cards by question id: 0 choice, 1 typed, 2 flashcard.
 */
export function realData(): BackupData {
	const log = reviews();
	const opts = { desiredRetention: 0.9, fuzz: true };
	return {
		cards: [FLASH, CHOICE, TYPED].map((q) => rebuildCard(q, DECK, log, NOW, opts)),
		reviews: log,
		attempts: [attempt()],
		decks: [deck],
		settings: { ...DEFAULT_SETTINGS, dailyGoal: 25 },
		// The choice question reported, and the overruled typed answer remembered (database version 4).
		flags: [
			{
				deckId: DECK,
				questionId: CHOICE,
				reason: 'ambiguous',
				comment: 'Hai đáp án đều đúng',
				at: T0 + 3 * HOUR
			}
		],
		accepted: [{ deckId: DECK, questionId: TYPED, answer: 'Luông Pha', at: T0 + 2 * HOUR + MIN + 5000 }]
	};
}

/** The real backup's text, as the settings page downloads it. */
export const realBackup = () => buildBackup(realData(), NOW, '1.0.0');

/** The file with the checksum of its own data again: what someone who edits a backup on purpose does. */
export async function resign(file: BackupFile): Promise<string> {
	return JSON.stringify({ ...file, checksum: await sha256Hex(canonicalJson(file.data)) });
}

type Data = BackupFile['data'] & Record<string, unknown>;
type Rec = Record<string, unknown>;

export interface Refused {
	code: BackupErrorCode;
	field?: string;
	problem?: BackupProblem;
	/** The exact Vietnamese sentence shown, for the cases the issue names. */
	vi?: string;
}

export interface Accepted {
	/** What the checked data must show of the cleaning; throws when it does not. */
	check: (parsed: CheckedBackup) => void;
}

export interface CraftedCase {
	name: string;
	/** Builds the file's text from the real backup's parsed file. */
	craft: (file: BackupFile) => Promise<string>;
	expect: Refused | Accepted;
}

const edit =
	(change: (data: Data, file: BackupFile) => void) =>
	async (file: BackupFile): Promise<string> => {
		change(file.data as Data, file);
		return resign(file);
	};
const review = (d: Data, i: number) => d.reviews[i] as unknown as Rec;
const card = (d: Data, i: number) => d.cards[i] as unknown as Rec;
const flag = (d: Data, i: number) => d.flags![i] as unknown as Rec;
const accepted = (d: Data, i: number) => d.accepted![i] as unknown as Rec;
const quiz = (d: Data) => d.attempts[0] as unknown as Rec & { settings: Rec; answers: Rec[] };
const UNCHANGED = 'Dữ liệu trên máy không thay đổi.';
const refusedVi = (where: string, problem: string) =>
	`Tệp sao lưu bị từ chối: ${where} ${problem}. ${UNCHANGED}`;

/** Deep nesting as plain text: nothing recursive is needed to build it. */
const deepGiven = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);

export const CRAFTED: CraftedCase[] = [
	// Reported questions and remembered answers (database version 4)
	{
		name: 'a report with a reason the app does not offer',
		craft: edit((d) => (flag(d, 0).reason = 'spam')),
		expect: {
			code: 'invalid',
			field: 'data.flags[0].reason',
			problem: 'unknown-value',
			vi: refusedVi(
				'câu hỏi đã báo sai thứ 1, trường “reason” (lý do báo sai)',
				'có giá trị mà ứng dụng không dùng'
			)
		}
	},
	{
		name: 'a report with a 501-character comment',
		craft: edit((d) => (flag(d, 0).comment = 'x'.repeat(501))),
		expect: { code: 'invalid', field: 'data.flags[0].comment', problem: 'too-long' }
	},
	{
		name: 'a report with a blank comment',
		craft: edit((d) => (flag(d, 0).comment = '   ')),
		expect: { code: 'invalid', field: 'data.flags[0].comment', problem: 'empty' }
	},
	{
		name: 'a report of a deck neither the file nor the phone has',
		craft: edit((d) => (flag(d, 0).deckId = 'someone-elses-deck')),
		expect: { code: 'invalid', field: 'data.flags[0].deckId', problem: 'unknown-deck' }
	},
	{
		name: 'a report made after the file',
		craft: edit((d) => (flag(d, 0).at = NOW.getTime() + DAY)),
		expect: { code: 'invalid', field: 'data.flags[0].at', problem: 'after-export' }
	},
	{
		name: 'a report without a question',
		craft: edit((d) => delete flag(d, 0).questionId),
		expect: { code: 'invalid', field: 'data.flags[0].questionId', problem: 'missing' }
	},
	{
		name: 'the same question reported twice',
		craft: edit((d) => d.flags!.push({ ...d.flags![0]!, reason: 'typo' })),
		expect: { code: 'invalid', field: 'data.flags[1].questionId', problem: 'duplicate' }
	},
	{
		name: 'reports that are not a list',
		craft: edit((d) => ((d as Rec).flags = { 0: d.flags![0] })),
		expect: { code: 'invalid', field: 'data.flags', problem: 'wrong-type' }
	},
	{
		name: 'a remembered answer that is a number',
		craft: edit((d) => (accepted(d, 0).answer = 42)),
		expect: { code: 'invalid', field: 'data.accepted[0].answer', problem: 'wrong-type' }
	},
	{
		name: 'a remembered answer that is empty',
		craft: edit((d) => (accepted(d, 0).answer = ' ')),
		expect: { code: 'invalid', field: 'data.accepted[0].answer', problem: 'empty' }
	},
	{
		name: 'a remembered answer of 201 characters',
		craft: edit((d) => (accepted(d, 0).answer = 'a'.repeat(201))),
		expect: { code: 'invalid', field: 'data.accepted[0].answer', problem: 'too-long' }
	},
	{
		name: 'a remembered answer from before 2020',
		craft: edit((d) => (accepted(d, 0).at = Date.UTC(2019, 5, 1))),
		expect: { code: 'invalid', field: 'data.accepted[0].at', problem: 'before-2020' }
	},
	{
		name: 'a file made before reports existed: none taken',
		craft: edit((d) => {
			delete (d as Rec).flags;
			delete (d as Rec).accepted;
		}),
		expect: {
			check: (p) => {
				if (p.flags.length !== 0 || p.accepted.length !== 0) throw new Error('invented');
			}
		}
	},
	{
		name: 'a report comment typed decomposed (NFD): stored composed, unknown fields dropped',
		craft: edit((d) => Object.assign(flag(d, 0), { comment: 'Sai đáp án'.normalize('NFD'), html: '<b>' })),
		expect: {
			check: (p) => {
				if (p.flags[0]!.comment !== 'Sai đáp án'.normalize('NFC')) throw new Error('not NFC');
				if ('html' in p.flags[0]!) throw new Error('kept');
			}
		}
	},
	// Durations
	{
		name: 'a review that took -1e11 ms',
		craft: edit((d) => (review(d, 0).ms = -1e11)),
		expect: {
			code: 'invalid',
			field: 'data.reviews[0].ms',
			problem: 'out-of-range',
			vi: refusedVi('câu trả lời thứ 1, trường “ms” (thời gian trả lời)', 'nằm ngoài giới hạn cho phép')
		}
	},
	{
		name: 'a review that took 1e300 ms',
		craft: edit((d) => (review(d, 2).ms = 1e300)),
		expect: { code: 'invalid', field: 'data.reviews[2].ms', problem: 'out-of-range' }
	},
	{
		name: 'a quiz answer that took -5 ms',
		craft: edit((d) => (quiz(d).answers[0]!.ms = -5)),
		expect: { code: 'invalid', field: 'data.attempts[0].answers[0].ms', problem: 'out-of-range' }
	},
	// Times
	{
		name: 'a review in the year 9999',
		craft: edit((d) => (review(d, 1).at = Date.UTC(9999, 0, 1))),
		expect: {
			code: 'invalid',
			field: 'data.reviews[1].at',
			problem: 'after-export',
			vi: refusedVi('câu trả lời thứ 2, trường “at” (thời điểm trả lời)', 'là một thời điểm sau lúc tạo tệp')
		}
	},
	{
		name: 'a review an hour after the file was made',
		craft: edit((d) => (review(d, 0).at = NOW.getTime() + HOUR)),
		expect: { code: 'invalid', field: 'data.reviews[0].at', problem: 'after-export' }
	},
	{
		name: 'a file made a month in the future, with its reviews there',
		craft: edit((d, f) => {
			f.exportedAt = new Date(NOW.getTime() + 30 * DAY).toISOString();
			review(d, 0).at = NOW.getTime() + 29 * DAY;
		}),
		expect: {
			code: 'invalid',
			field: 'exportedAt',
			problem: 'in-future',
			vi: refusedVi(
				'trường “exportedAt” (thời điểm tạo tệp)',
				'là một thời điểm trong tương lai so với đồng hồ của máy này'
			)
		}
	},
	{
		name: 'a review time beyond what a Date can hold (1e16, was "now must be a valid Date")',
		craft: edit((d) => (review(d, 0).at = 1e16)),
		expect: { code: 'invalid', field: 'data.reviews[0].at', problem: 'out-of-range' }
	},
	{
		name: 'a review dated 1970',
		craft: edit((d) => (review(d, 0).at = 0)),
		expect: { code: 'invalid', field: 'data.reviews[0].at', problem: 'before-2020' }
	},
	{
		name: 'a quiz finished before it started',
		craft: edit((d) => (quiz(d).finishedAt = (quiz(d).startedAt as number) - MIN)),
		expect: { code: 'invalid', field: 'data.attempts[0].finishedAt', problem: 'inconsistent' }
	},
	{
		name: 'no export time',
		craft: edit((_, f) => delete (f as Partial<BackupFile>).exportedAt),
		expect: { code: 'invalid', field: 'exportedAt', problem: 'wrong-type' }
	},
	// Closed lists
	{
		name: 'a review of a topic no deck has',
		craft: edit((d) => (review(d, 2).topic = 'aliens')),
		expect: { code: 'invalid', field: 'data.reviews[2].topic', problem: 'unknown-value' }
	},
	{
		name: 'a review of a question type no deck has',
		craft: edit((d) => (review(d, 2).type = 'essay')),
		expect: { code: 'invalid', field: 'data.reviews[2].type', problem: 'unknown-value' }
	},
	{
		name: 'a review in a study mode the app does not have',
		craft: edit((d) => (review(d, 0).mode = 'exam')),
		expect: { code: 'invalid', field: 'data.reviews[0].mode', problem: 'unknown-value' }
	},
	{
		name: 'a rating of 7',
		craft: edit((d) => (review(d, 0).rating = 7)),
		expect: { code: 'invalid', field: 'data.reviews[0].rating', problem: 'unknown-value' }
	},
	// Consistency
	{
		name: 'grade "wrong" with correct: true',
		craft: edit((d) => (review(d, 2).correct = true)),
		expect: {
			code: 'invalid',
			field: 'data.reviews[2].correct',
			problem: 'inconsistent',
			vi: refusedVi(
				'câu trả lời thứ 3, trường “correct” (đúng hay sai)',
				'mâu thuẫn với các trường khác của chính nó'
			)
		}
	},
	{
		name: 'grade "correct" rated Again',
		craft: edit((d) => (review(d, 1).rating = 1)),
		expect: { code: 'invalid', field: 'data.reviews[1].rating', problem: 'inconsistent' }
	},
	{
		name: 'a flashcard with a grade',
		craft: edit((d) => (review(d, 0).grade = 'correct')),
		expect: { code: 'invalid', field: 'data.reviews[0].grade', problem: 'inconsistent' }
	},
	{
		name: 'a flashcard rated Again yet counted correct',
		craft: edit((d) => (review(d, 4).correct = true)),
		expect: { code: 'invalid', field: 'data.reviews[4].correct', problem: 'inconsistent' }
	},
	{
		name: 'an "I was right" review whose quiz answer is not marked overruled',
		craft: edit((d) => {
			delete quiz(d).answers[1]!.overruled;
			quiz(d).answers[1]!.correct = false;
			quiz(d).score = 0.5;
		}),
		expect: { code: 'invalid', field: 'data.reviews[3].correct', problem: 'inconsistent' }
	},
	{
		name: 'a quiz answer graded "wrong" counted correct without "I was right"',
		craft: edit((d) => delete quiz(d).answers[1]!.overruled),
		expect: { code: 'invalid', field: 'data.attempts[0].answers[1].correct', problem: 'inconsistent' }
	},
	{
		name: 'a quiz answer to another question than the one asked',
		craft: edit((d) => (quiz(d).answers[0]!.questionId = TYPED)),
		expect: { code: 'invalid', field: 'data.attempts[0].answers[0].questionId', problem: 'inconsistent' }
	},
	{
		name: 'a quiz score that is not its answers’ score',
		craft: edit((d) => (quiz(d).score = 0.99)),
		expect: { code: 'invalid', field: 'data.attempts[0].score', problem: 'inconsistent' }
	},
	{
		name: 'a quiz with more answers than questions',
		craft: edit((d) => quiz(d).answers.push(quiz(d).answers[0]!)),
		expect: { code: 'invalid', field: 'data.attempts[0].answers', problem: 'too-long' }
	},
	{
		name: 'a quiz asking one question twice',
		craft: edit((d) => ((quiz(d).questionIds as string[])[1] = CHOICE)),
		expect: { code: 'invalid', field: 'data.attempts[0].questionIds[1]', problem: 'duplicate' }
	},
	// Attempts: deck, settings
	{
		name: 'a quiz pointing to no deck',
		craft: edit((d) => (quiz(d).deckId = 'no-such-deck')),
		expect: {
			code: 'invalid',
			field: 'data.attempts[0].deckId',
			problem: 'unknown-deck',
			vi: refusedVi(
				'bài kiểm tra thứ 1, trường “deckId” (mã bộ câu hỏi)',
				'trỏ tới một bộ câu hỏi không có trong tệp lẫn trên máy'
			)
		}
	},
	{
		name: 'a quiz with a negative time limit',
		craft: edit((d) => (quiz(d).settings.timeLimit = -10)),
		expect: {
			code: 'invalid',
			field: 'data.attempts[0].settings.timeLimit',
			problem: 'out-of-range',
			vi: refusedVi(
				'bài kiểm tra thứ 1, trường “settings.timeLimit” (giới hạn thời gian)',
				'nằm ngoài giới hạn cho phép'
			)
		}
	},
	{
		name: 'a quiz whose length is text',
		craft: edit((d) => (quiz(d).settings.length = 'ten')),
		expect: { code: 'invalid', field: 'data.attempts[0].settings.length', problem: 'wrong-type' }
	},
	{
		name: 'a quiz asking flashcards',
		craft: edit((d) => (quiz(d).settings.types = ['flashcard'])),
		expect: { code: 'invalid', field: 'data.attempts[0].settings.types[0]', problem: 'unknown-value' }
	},
	{
		name: 'a review in a deck neither the file nor the phone has',
		craft: edit((d) => (review(d, 0).deckId = 'ghost-deck')),
		expect: { code: 'invalid', field: 'data.reviews[0].deckId', problem: 'unknown-deck' }
	},
	// Cards
	{
		name: 'a card with stability -5',
		craft: edit((d) => (card(d, 0).stability = -5)),
		expect: {
			code: 'invalid',
			field: 'data.cards[0].stability',
			problem: 'out-of-range',
			vi: refusedVi('thẻ thứ 1, trường “stability” (độ bền trí nhớ)', 'nằm ngoài giới hạn cho phép')
		}
	},
	{
		name: 'a card with difficulty 999',
		craft: edit((d) => (card(d, 1).difficulty = 999)),
		expect: { code: 'invalid', field: 'data.cards[1].difficulty', problem: 'out-of-range' }
	},
	{
		name: 'a card with reps -3',
		craft: edit((d) => (card(d, 2).reps = -3)),
		expect: { code: 'invalid', field: 'data.cards[2].reps', problem: 'out-of-range' }
	},
	{
		name: 'a card due at 1e300',
		craft: edit((d) => (card(d, 0).due = 1e300)),
		expect: { code: 'invalid', field: 'data.cards[0].due', problem: 'out-of-range' }
	},
	{
		name: 'a card due two centuries after the file',
		craft: edit((d) => (card(d, 0).due = NOW.getTime() + 200 * 365 * DAY)),
		expect: { code: 'invalid', field: 'data.cards[0].due', problem: 'after-export' }
	},
	{
		name: 'a card with more lapses than reviews',
		craft: edit((d) => (card(d, 0).lapses = 50)),
		expect: { code: 'invalid', field: 'data.cards[0].lapses', problem: 'out-of-range' }
	},
	{
		name: 'a reviewed card without a last review',
		craft: edit((d) => delete card(d, 0).lastReview),
		expect: { code: 'invalid', field: 'data.cards[0].lastReview', problem: 'missing' }
	},
	{
		name: 'two cards for one question',
		craft: edit((d) => d.cards.push(d.cards[0]!)),
		expect: { code: 'invalid', field: 'data.cards[3].questionId', problem: 'duplicate' }
	},
	// Settings
	{
		name: 'settings with dailyGoal -5',
		craft: edit((d) => ((d.settings as unknown as Rec).dailyGoal = -5)),
		expect: {
			code: 'invalid',
			field: 'data.settings.dailyGoal',
			problem: 'setting',
			vi: refusedVi(
				'phần cài đặt, trường “dailyGoal” (số thẻ mới mỗi ngày)',
				'nằm ngoài giới hạn của cài đặt này'
			)
		}
	},
	{
		name: 'settings with desiredRetention 0.01',
		craft: edit((d) => ((d.settings as unknown as Rec).desiredRetention = 0.01)),
		expect: { code: 'invalid', field: 'data.settings.desiredRetention', problem: 'setting' }
	},
	// Lengths
	{
		name: 'a given of 2.7 million characters',
		craft: edit((d) => (review(d, 2).given = 'x'.repeat(2_700_000))),
		expect: {
			code: 'invalid',
			field: 'data.reviews[2].given',
			problem: 'too-long',
			vi: refusedVi('câu trả lời thứ 3, trường “given” (câu trả lời đã nhập)', 'dài quá giới hạn')
		}
	},
	{
		name: 'a 1 MB review id',
		craft: edit((d) => (review(d, 0).id = 'r'.repeat(1024 * 1024))),
		expect: { code: 'invalid', field: 'data.reviews[0].id', problem: 'too-long' }
	},
	{
		name: 'a given that is an object',
		craft: edit((d) => (review(d, 1).given = { text: 'Phôngsalỳ' })),
		expect: { code: 'invalid', field: 'data.reviews[1].given', problem: 'wrong-type' }
	},
	{
		name: 'a given nested 100,000 levels deep (was "Maximum call stack size exceeded")',
		craft: async (file) =>
			(await resign(file)).replace('"given":"Phôngsalỳ"', `"given":${deepGiven(100_000)}`),
		expect: { code: 'too-deep', field: `data.reviews[1].given${'[0]'.repeat(12)}` }
	},
	{
		name: 'a file over 50 MB',
		craft: async (file) =>
			(await resign(file)).replace('"given":null', `"given":"${'x'.repeat(51 * 1024 * 1024)}"`),
		expect: { code: 'too-large' }
	},
	// Keys JavaScript treats specially
	{
		name: 'a review edited under __proto__ after export (checksum left as exported)',
		craft: async (file) =>
			JSON.stringify(file).replace('"reviews":[{', '"reviews":[{"__proto__":{"ms":-1e11,"rating":4},'),
		expect: {
			code: 'forbidden-key',
			field: 'data.reviews[0].__proto__',
			vi: 'Tệp chứa khóa “__proto__”, “constructor” hoặc “prototype”, Ôn bài không bao giờ tạo ra khóa như vậy (ở data.reviews[0].__proto__). Dữ liệu trên máy không thay đổi.'
		}
	},
	{
		name: 'settings with a __proto__ key, checksum recomputed over it',
		craft: async (file) => {
			const text = (await resign(file)).replace(
				'"settings":{"lang"',
				'"settings":{"__proto__":{"dailyGoal":-5},"lang"'
			);
			const f = JSON.parse(text) as BackupFile;
			return text.replace(f.checksum, await sha256Hex(canonicalJson(f.data)));
		},
		expect: { code: 'forbidden-key', field: 'data.settings.__proto__' }
	},
	{
		name: 'a "constructor" key in a card',
		craft: edit((d) => Object.assign(card(d, 0), { constructor: { name: 'x' } })),
		expect: { code: 'forbidden-key', field: 'data.cards[0].constructor' }
	},
	// Edited without a new checksum
	{
		name: 'a rating changed after export',
		craft: async (file) => {
			review(file.data as Data, 0).rating = 4;
			return JSON.stringify(file);
		},
		expect: { code: 'checksum' }
	},
	// Accepted, with cleaning
	{
		name: 'the real backup',
		craft: async (file) => JSON.stringify(file),
		expect: {
			check: (p) => {
				if (p.reviews.length !== 5 || p.cards.length !== 3 || p.unknownQuestions.length !== 0)
					throw new Error('the real backup lost records');
			}
		}
	},
	{
		name: 'answers to a question no deck asks: kept aside and counted',
		craft: edit((d) => {
			review(d, 0).questionId = 'made-up:flashcard';
			review(d, 4).questionId = 'made-up:flashcard';
			card(d, 2).questionId = 'made-up:flashcard';
		}),
		expect: {
			check: (p) => {
				if (p.unknownQuestions.join() !== 'made-up:flashcard') throw new Error('not set aside');
				if (p.reviews.filter((r) => r.questionId === 'made-up:flashcard').length !== 2)
					throw new Error('answers not kept');
			}
		}
	},
	{
		name: 'unknown settings keys: dropped',
		craft: edit((d) => Object.assign(d.settings as object, { evil: 'x', dailyGoal: 30 })),
		expect: {
			check: (p) => {
				if (!p.settings || 'evil' in p.settings || p.settings.dailyGoal !== 30) throw new Error('kept');
			}
		}
	},
	{
		name: 'unknown fields in a review: dropped',
		craft: edit((d) => Object.assign(review(d, 0), { extra: 'x'.repeat(1000) })),
		expect: {
			check: (p) => {
				if ('extra' in p.reviews[0]!) throw new Error('kept');
			}
		}
	},
	{
		name: 'a built-in deck carrying a bank: the bank dropped',
		craft: edit((d) => Object.assign(d.decks[0]!, { bank: { questions: [] } })),
		expect: {
			check: (p) => {
				if (p.decks[0]!.bank !== undefined) throw new Error('kept');
			}
		}
	}
];

export const isRefused = (e: Refused | Accepted): e is Refused => 'code' in e;
