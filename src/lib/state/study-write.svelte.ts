/**
 * The write side of StudyState: scheduling an answer with FSRS, and checking settings and turning them
 * into plain data for storage. Split from study.svelte.ts and loaded on the first answer or settings change,
 * so the home screen, which only reads, carries neither ts-fsrs (~10 KB gzip) nor Svelte's snapshot code.
 */
import { newCard, review } from '$lib/domain/scheduling';
import type { CardRecord, ReviewRecord } from '$lib/domain/records';
import type { Settings } from '$lib/domain/settings';
import type { AnswerInput } from './study.svelte';

/** The review record of one answer and the card FSRS schedules from it. */
export function scheduleAnswer(
	input: AnswerInput,
	previous: CardRecord | null,
	deckId: string,
	now: Date,
	desiredRetention: number
): { record: ReviewRecord; next: CardRecord } {
	const { question: q } = input;
	const at = now.getTime();
	const next = review(previous ?? newCard(q.id, deckId, now), input.rating, now, {
		desiredRetention,
		fuzz: true
	});
	const record: ReviewRecord = {
		id: `${at}-${q.id}-${Math.random().toString(36).slice(2, 10)}`,
		questionId: q.id,
		deckId,
		mode: input.mode,
		given: input.given ?? null,
		rating: input.rating,
		correct: input.correct,
		ms: Math.max(0, Math.round(input.ms)),
		at,
		topic: q.topic,
		type: q.type
	};
	if (input.grade) record.grade = input.grade;
	if (input.quiz) record.attemptId = input.quiz.attemptId;
	return { record, next };
}

/** Settings (or a change of them) as plain data: IndexedDB cannot clone a $state proxy (DataCloneError). */
export function plain(settings: Partial<Settings>): Partial<Settings> {
	return $state.snapshot(settings) as Partial<Settings>;
}
