/**
 * A running quiz: the attempt, the current question, the feedback after an answer, and the clock.
 * Every answer is written the moment it is given (study.answer with the quiz progress, one transaction),
 * and its verdict shows once that transaction has committed, so a reload right after the verdict loses
 * nothing; the page offers to resume from storage.
 *
 * Two tabs: answers are written into the attempt as stored, and storage refuses one from a stale copy (the
 * attempt finished, or the question answered, in another tab). This tab then shows the stored attempt
 * instead, and says so (`notice`).
 *
 * Overruling ("I was right"): the review log is append-only, so the wrong review already written stays as
 * the record of what the checker said, and a CORRECTING review is appended with rating Good, the same
 * answer and grade, ms 0, and the quiz answer rewritten as correct + overruled in the same transaction.
 * The card is rescheduled by that Good review; rebuilding the card from the log gives the same result.
 */
import {
	attemptId,
	createAttempt,
	endEarly,
	factQuizQuestions,
	finishAttempt,
	isExpired,
	nextIndex,
	overruleAnswer,
	pickQuizQuestions,
	retryMissed,
	scoreAttempt,
	deadline,
	withAnswer
} from '$lib/domain/quiz';
import { createRng } from '$lib/domain/random';
import { judge, OVERRULABLE_TYPES } from '$lib/domain/verdict';
import type { Question } from '$lib/domain/types';
import type { QuizAnswer, QuizAttempt, QuizSettings, Rating } from '$lib/domain/records';
import { buzzWrong, celebrate } from './effects.svelte';
import { AttemptConflictError } from '$lib/storage/conflict';
import { writeFailure, type WriteFailure } from '$lib/storage/errors';
import { rememberAnswer } from './study-flags';
import { study } from './study.svelte';

export class QuizRun {
	attempt = $state.raw<QuizAttempt | null>(null);
	/** Index of the question on screen. */
	index = $state(0);
	/** Epoch ms, moved twice a second while a timed quiz runs (so the shown seconds never skip one). */
	now = $state(Date.now());
	/** Set when saving failed, with why; the page words it in the learner's language. */
	error = $state<WriteFailure | null>(null);
	/** Set when another tab had moved this attempt on: the stored attempt replaced this tab's copy. */
	notice = $state<'reloaded' | null>(null);
	/** An answer is being written; its verdict shows when it is stored. */
	saving = $state(false);
	/** True when the time limit ended the attempt. */
	timedOut = $state(false);
	/** Set when the learner ended the quiz early: how many questions it had (the results say "5 of 20"). */
	endedEarlyOf = $state<number | null>(null);

	#shownAt = Date.now();
	/** The write of the last answer; "next" waits for it, so a question on screen means the previous one is saved. */
	#saving: Promise<void> = Promise.resolve();
	#timer: ReturnType<typeof setInterval> | null = null;

	question: Question | null = $derived.by(() => {
		const id = this.attempt?.questionIds[this.index];
		return id ? (study.questionById(id) ?? null) : null;
	});
	/** The answer to the question on screen, once given. */
	answer: QuizAnswer | null = $derived(this.attempt?.answers[this.index] ?? null);
	finished = $derived(this.attempt?.finishedAt !== undefined);
	remainingMs: number | null = $derived.by(() => {
		const end = this.attempt ? deadline(this.attempt) : null;
		return end === null ? null : Math.max(0, end - this.now);
	});
	// A skipped question ("Tôi không biết", no answer given) has nothing to overrule.
	canOverrule = $derived(
		!!this.question && OVERRULABLE_TYPES.has(this.question.type) && this.answer?.given !== null
	);
	isLast = $derived(!!this.attempt && this.index >= this.attempt.questionIds.length - 1);

	/** Builds and saves a new attempt. Throws QuizSettingsError when nothing matches. */
	async start(settings: QuizSettings): Promise<void> {
		const now = new Date();
		const rng = createRng(now.getTime());
		const questions = pickQuizQuestions(study.questions, settings, rng);
		const attempt = createAttempt({
			id: attemptId(now, rng),
			deckId: study.deckId,
			settings,
			questionIds: questions.map((q) => q.id),
			now
		});
		await this.#begin(attempt);
	}

	/** Starts a practice quiz of every quiz question of these facts (from the article's fact sheet). */
	async startFacts(factIds: readonly string[]): Promise<void> {
		const now = new Date();
		const rng = createRng(now.getTime());
		const questions = factQuizQuestions(study.bank?.questions ?? [], factIds, rng);
		const settings: QuizSettings = { length: 'all', topics: [], types: [], timeLimit: null };
		await this.#begin(
			createAttempt({
				id: attemptId(now, rng),
				deckId: study.deckId,
				settings,
				questionIds: questions.map((q) => q.id),
				now
			})
		);
	}

	/** Starts a new attempt of the questions missed in `from`. */
	async retry(from: QuizAttempt): Promise<void> {
		const now = new Date();
		const rng = createRng(now.getTime());
		const byId = new Map(study.questions.map((q) => [q.id, q]));
		await this.#begin(retryMissed(from, byId, { id: attemptId(now, rng), now, rng }));
	}

	async #begin(attempt: QuizAttempt) {
		if (study.store) await study.written(study.store.saveAttempt(attempt));
		this.timedOut = false;
		this.endedEarlyOf = null;
		this.error = null;
		this.notice = null;
		this.#show(attempt, 0);
	}

	/**
	 * Continues an unfinished attempt at its first unanswered question. Questions that left the bank since
	 * are skipped; a time limit that ran out while away finishes it. Returns false when it was finished.
	 */
	async resume(attempt: QuizAttempt): Promise<boolean> {
		const now = new Date();
		if (isExpired(attempt, now) || nextIndex(attempt) < 0) {
			this.timedOut = isExpired(attempt, now);
			await this.#finish(attempt, now);
			return false;
		}
		this.#show(attempt, nextIndex(attempt));
		return true;
	}

	/** Shows a finished attempt (results after a reload). */
	showFinished(attempt: QuizAttempt) {
		this.attempt = attempt;
		this.#stopClock();
	}

	#show(attempt: QuizAttempt, index: number) {
		this.attempt = attempt;
		this.index = index;
		this.#shownAt = Date.now();
		this.now = Date.now();
		this.#startClock();
	}

	/** Grades and records the answer to the question on screen; the verdict shows once it is stored. */
	async submit(given: unknown): Promise<void> {
		const attempt = this.attempt;
		const q = this.question;
		if (!attempt || !q || this.answer || this.finished || this.saving) return;
		const at = Date.now();
		if (isExpired(attempt, new Date(at))) return this.#timeUp();
		const { grade, correct, rating } = judge(q, given, study.acceptedFor(q.id));
		// A skip ("Tôi không biết") is a choice, not a slip: no buzz for it.
		if (grade === 'wrong' && given !== null && given !== undefined) buzzWrong(study.settings);
		const ms = at - this.#shownAt;
		const answer: QuizAnswer = { questionId: q.id, given: given ?? null, grade, correct, ms, at };
		this.#saving = this.#record(q, answer, rating, this.index);
		await this.#saving;
	}

	/** "Tôi không biết": no answer, counted wrong (rated Again) and shown with the right answer, as a miss is. */
	skip(): Promise<void> {
		return this.submit(null);
	}

	/**
	 * "Kết thúc bài": finishes now with the questions answered so far (domain endEarly). With none answered
	 * the attempt is dropped as "Bỏ và làm bài mới" drops it, and the setup shows again.
	 */
	async end(): Promise<void> {
		await this.#saving;
		const attempt = this.attempt;
		if (!attempt || this.finished) return;
		const now = new Date();
		const done = endEarly(attempt, now);
		if (!done) return this.discard(attempt);
		this.endedEarlyOf = attempt.questionIds.length;
		// Already finished by endEarly: #finish keeps it as it is, stops the clock and saves it.
		await this.#finish(done, now);
	}

	/** "I was right": appends a correcting Good review (see the file comment) and counts the answer right. */
	async overrule(): Promise<void> {
		const attempt = this.attempt;
		const q = this.question;
		const a = this.answer;
		if (!attempt || !q || !a || a.correct || !this.canOverrule || this.saving) return;
		// The correcting review takes no learner time (ms 0); the quiz answer keeps the time really taken.
		// The answer is remembered as right for this question from now on (state/study-flags.ts).
		this.#saving = this.#record(q, overruleAnswer(a), 3, this.index, 0).then(() =>
			this.error ? undefined : this.#remember(q, a.given)
		);
		await this.#saving;
	}

	async #remember(q: Question, given: unknown) {
		try {
			await rememberAnswer(study, q.id, given);
		} catch (e) {
			this.error = writeFailure(e);
		}
	}

	/**
	 * Writes the answer, then shows it, and then the attempt as stored (with what another tab added
	 * meanwhile). A refusal shows the stored attempt instead.
	 */
	async #record(q: Question, answer: QuizAnswer, rating: Rating, index: number, reviewMs = answer.ms) {
		const attempt = this.attempt;
		if (!attempt) return;
		this.saving = true;
		try {
			await study.answer({
				question: q,
				mode: 'quiz',
				given: answer.given,
				grade: answer.grade,
				correct: answer.correct,
				rating,
				ms: reviewMs,
				quiz: { attemptId: attempt.id, index, answer }
			});
			this.error = null;
			const shown = withAnswer(attempt, index, answer);
			this.attempt = shown;
			// What another tab added meanwhile shows too, read once the verdict is on screen (not before it:
			// the read would add a round trip to every tap). Only if nothing newer was shown since.
			void study.store?.getAttempt(attempt.id).then(
				(stored) => {
					if (stored && this.attempt === shown) this.attempt = stored;
				},
				() => undefined
			);
		} catch (e) {
			if (!this.#reloadOn(e)) this.error = writeFailure(e);
		} finally {
			this.saving = false;
		}
	}

	/** When storage refused this tab's stale copy, shows the stored attempt instead; returns whether it did. */
	#reloadOn(e: unknown): boolean {
		if (!(e instanceof AttemptConflictError)) return false;
		const stored = e.stored;
		this.notice = 'reloaded';
		this.error = null;
		if (stored.finishedAt !== undefined) this.showFinished(stored);
		else if (nextIndex(stored) < 0) void this.#finish(stored, new Date());
		else this.#show(stored, nextIndex(stored));
		return true;
	}

	/** Moves to the next question, or finishes after the last one. */
	async next(): Promise<void> {
		await this.#saving;
		const attempt = this.attempt;
		if (!attempt) return;
		if (isExpired(attempt, new Date())) return this.#timeUp();
		const i = nextIndex(attempt);
		if (i < 0) return this.#finish(attempt, new Date());
		this.index = i;
		this.#shownAt = Date.now();
	}

	async #timeUp() {
		if (!this.attempt || this.finished) return;
		this.timedOut = true;
		await this.#finish(this.attempt, new Date());
	}

	async #finish(attempt: QuizAttempt, now: Date) {
		const done = finishAttempt(attempt, now);
		this.attempt = done;
		if (scoreAttempt(done).ratio === 1) celebrate(study.settings);
		this.#stopClock();
		try {
			if (study.store) await study.written(study.store.saveAttempt($state.snapshot(done) as QuizAttempt));
		} catch (e) {
			// Every answer is stored already: a finish that did not save is done again on the next visit.
			if (!this.#reloadOn(e)) this.error = writeFailure(e);
		}
	}

	/** Ends an unfinished attempt the learner chose to drop ("Bỏ và làm bài mới"): it is kept, finished as it stands. */
	async discard(attempt: QuizAttempt): Promise<void> {
		const store = study.store;
		try {
			if (store) await study.written(store.saveAttempt(finishAttempt(attempt, new Date())));
		} catch (e) {
			// Another tab answered more of it meanwhile: drop it as it is stored.
			if (!(e instanceof AttemptConflictError) || !store) throw e;
			await study.written(store.saveAttempt(finishAttempt(e.stored, new Date())));
		}
		this.#stopClock();
		this.attempt = null;
	}

	#startClock() {
		this.#stopClock();
		if (!this.attempt?.settings.timeLimit) return;
		this.#timer = setInterval(() => {
			this.now = Date.now();
			if (this.attempt && !this.finished && isExpired(this.attempt, new Date(this.now))) void this.#timeUp();
		}, 500);
	}

	#stopClock() {
		if (this.#timer !== null) clearInterval(this.#timer);
		this.#timer = null;
	}

	/** Stops the clock; call when the page goes away. */
	destroy() {
		this.#stopClock();
	}
}
