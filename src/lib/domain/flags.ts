/**
 * Questions a learner reported ("Báo câu hỏi sai") and typed answers they overruled as right ("Tính là
 * đúng"): the records, their rules, and the one rule that leaves reported questions out of every session.
 * Kept small and free of the answer checker, because home counts today's cards without reported ones.
 */
import type { AcceptedAnswer, FlagReason, QuestionFlag } from './records';
import {
	field,
	fail,
	id,
	object,
	oneOf,
	RECORD_LIMITS as L,
	text,
	time,
	type TimeWindow
} from './record-rules';

/** In the order the report dialog offers them. */
export const FLAG_REASONS: readonly FlagReason[] = ['wrong-answer', 'ambiguous', 'typo', 'other'];

/** Text as stored: NFC, trimmed, inner runs of white space kept (a comment may have line breaks). */
const clean = (s: string) => s.normalize('NFC').trim();

/**
 * The questions a session may ask: all but those reported. Every mode, and every count of what is left to
 * study (home, flashcards, statistics), takes its questions through this, so they always agree.
 *
 * @example withoutFlagged(bank.questions, new Set(['ngo-origins:truefalse:true']))
 */
export function withoutFlagged<Q extends { id: string }>(
	questions: readonly Q[],
	flagged: ReadonlySet<string>
): Q[] {
	return flagged.size === 0 ? [...questions] : questions.filter((q) => !flagged.has(q.id));
}

/** A new report, as stored: the comment trimmed and NFC, dropped when empty. Throws RecordRuleError when over its bounds. */
export function makeFlag(input: {
	deckId: string;
	questionId: string;
	reason: FlagReason;
	comment?: string;
	now: Date;
}): QuestionFlag {
	const comment = clean(input.comment ?? '');
	return checkQuestionFlag(
		{
			deckId: input.deckId,
			questionId: input.questionId,
			reason: input.reason,
			...(comment ? { comment } : {}),
			at: input.now.getTime()
		},
		'flag'
	);
}

/**
 * The answer to remember after "Tính là đúng", or null when there is none to remember: only typed text, not
 * empty, not longer than RECORD_LIMITS.acceptedAnswer (a longer text is not a fair wording, it is an essay).
 */
export function makeAccepted(input: {
	deckId: string;
	questionId: string;
	given: unknown;
	now: Date;
}): AcceptedAnswer | null {
	if (typeof input.given !== 'string') return null;
	const answer = clean(input.given);
	if (!answer || answer.length > L.acceptedAnswer) return null;
	return { deckId: input.deckId, questionId: input.questionId, answer, at: input.now.getTime() };
}

/**
 * Checks a report and returns a clean copy (known fields only, texts NFC). With a window (a backup file),
 * its time lies in it.
 *
 * @example checkQuestionFlag({ ...flag, reason: 'spam' }, 'flags[0]') // throws RecordRuleError at flags[0].reason
 */
export function checkQuestionFlag(v: unknown, path: string, window?: TimeWindow): QuestionFlag {
	const o = object(v, path);
	const at = (k: string) => `${path}.${k}`;
	const flag: QuestionFlag = {
		deckId: id(field(o, 'deckId'), at('deckId')),
		questionId: id(field(o, 'questionId'), at('questionId')),
		reason: oneOf(field(o, 'reason'), at('reason'), FLAG_REASONS),
		at: time(field(o, 'at'), at('at'), window)
	};
	const comment = field(o, 'comment');
	if (comment !== undefined) {
		const c = clean(text(comment, at('comment'), L.flagComment));
		if (!c) fail(at('comment'), 'empty', 'is empty (a report without a comment has none)');
		flag.comment = c;
	}
	return flag;
}

/** Checks a remembered answer and returns a clean copy (known fields only, the answer NFC). */
export function checkAcceptedAnswer(v: unknown, path: string, window?: TimeWindow): AcceptedAnswer {
	const o = object(v, path);
	const at = (k: string) => `${path}.${k}`;
	const answer = clean(text(field(o, 'answer'), at('answer'), L.acceptedAnswer));
	if (!answer) fail(at('answer'), 'empty', 'is empty');
	return {
		deckId: id(field(o, 'deckId'), at('deckId')),
		questionId: id(field(o, 'questionId'), at('questionId')),
		answer,
		at: time(field(o, 'at'), at('at'), window)
	};
}

/** The remembered answers of each question of a deck, for grading. */
export function acceptedByQuestion(list: readonly AcceptedAnswer[]): Map<string, string[]> {
	const out = new Map<string, string[]>();
	for (const a of list) {
		const answers = out.get(a.questionId);
		if (answers) answers.push(a.answer);
		else out.set(a.questionId, [a.answer]);
	}
	return out;
}
