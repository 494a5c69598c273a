/**
 * Reporting a question and remembering an overruled answer: the writes behind "Báo câu hỏi sai" and
 * "Tính là đúng". Loaded with the screens that offer them, not with home, which only reads the reports
 * (study.flags) to leave those questions out of its counts.
 */
import { makeAccepted, makeFlag } from '$lib/domain/flag-rules';
import type { FlagReason } from '$lib/domain/records';
import type { StudyState } from './study.svelte';

/** Reports a question: stored first, then left out of every session from now on. */
export async function flagQuestion(
	study: StudyState,
	questionId: string,
	reason: FlagReason,
	comment = ''
): Promise<void> {
	if (!study.store) throw new Error('flagQuestion called before study.init finished');
	const flag = makeFlag({ deckId: study.deckId, questionId, reason, comment, now: new Date() });
	await study.store.flagQuestion(flag);
	study.flags = new Map(study.flags).set(questionId, flag);
	study.revision++;
}

/** Takes a report back (settings): the question is studied again. */
export async function unflagQuestion(study: StudyState, questionId: string): Promise<void> {
	await study.store?.unflagQuestion(study.deckId, questionId);
	const flags = new Map(study.flags);
	flags.delete(questionId);
	study.flags = flags;
	study.revision++;
}

/** After "Tính là đúng": remembers the typed answer, so the same text is graded right next time. */
export async function rememberAnswer(study: StudyState, questionId: string, given: unknown): Promise<void> {
	const record = makeAccepted({ deckId: study.deckId, questionId, given, now: new Date() });
	if (!record || !study.store) return;
	await study.store.acceptAnswer(record);
	const mine = study.acceptedFor(questionId);
	if (!mine.includes(record.answer))
		study.accepted = new Map(study.accepted).set(questionId, [...mine, record.answer]);
}

/** Forgets a remembered answer (settings): from now on that text is graded as any other. */
export async function forgetAnswer(study: StudyState, questionId: string, answer: string): Promise<void> {
	if (!study.store) throw new Error('forgetAnswer called before study.init finished');
	await study.store.forgetAcceptedAnswer(study.deckId, questionId, answer);
	const rest = study.acceptedFor(questionId).filter((a) => a !== answer);
	const accepted = new Map(study.accepted);
	if (rest.length) accepted.set(questionId, rest);
	else accepted.delete(questionId);
	study.accepted = accepted;
}
