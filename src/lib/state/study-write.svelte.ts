/**
 * The write side of StudyState: answers scheduled with FSRS and written in order, flashcard undo, and
 * settings changes checked and written as patches. Split from study.svelte.ts and loaded on the first write,
 * so the home screen, which only reads, carries none of it (ts-fsrs alone is ~10 KB gzip): home's file
 * holds every export of every module it imports, so this code must live in a module home does not import.
 */
import { newCard, review } from '$lib/domain/scheduling';
import type { CardRecord, ReviewRecord } from '$lib/domain/records';
import { checkSettings, type Settings } from '$lib/domain/settings';
import type { ProgressStore } from '$lib/storage/contract';
import type { AnswerInput, StudyState } from './study.svelte';

const UNDO_DEPTH = 20;

interface UndoEntry {
	review: ReviewRecord;
	previous: CardRecord | null;
}

/** One per StudyState, made on its first write. */
export class StudyWriter {
	#undo: UndoEntry[] = [];
	// Answers are written one after another so each sees the card state the previous one produced.
	#chain: Promise<unknown> = Promise.resolve();
	#settingsWrites: Promise<unknown> = Promise.resolve();
	/** Settings changes of this tab not yet on disk, oldest first: they stay on screen over what is stored. */
	#pendingSettings: Partial<Settings>[] = [];

	constructor(private readonly study: StudyState) {}

	/** Resolves when every answer asked so far is written (or failed). */
	idle(): Promise<unknown> {
		return this.#chain;
	}

	/** After a bulk change (import, repair, reset, another deck): nothing left to undo. */
	clearUndo(): void {
		this.#undo = [];
		this.study.undoDepth = 0;
	}

	answer(input: AnswerInput): Promise<CardRecord> {
		const run = this.#chain.then(() => this.study.written(this.#answer(input)));
		this.#chain = run.catch(() => undefined);
		return run;
	}

	async #answer(input: AnswerInput): Promise<CardRecord> {
		const study = this.study;
		const store = study.store;
		if (!store || !study.bank) throw new Error('study.answer called before study.whenReady finished');
		const { question: q } = input;
		if (![1, 2, 3, 4].includes(input.rating)) throw new RangeError(`Invalid rating: ${input.rating}`);
		// Time is read here, at the edge; the domain functions take it in.
		const now = new Date();
		const previous = study.cards.get(q.id) ?? null;
		const { record, next } = scheduleAnswer(
			input,
			previous,
			study.deckId,
			now,
			study.settings.desiredRetention
		);
		// The card shown from now on is the card stored: another tab may have answered it meanwhile.
		const stored = await store.recordReview(record, next, input.quiz);
		const cards = new Map(study.cards);
		cards.set(q.id, stored);
		study.cards = cards;
		if (input.mode === 'flashcards') {
			this.#undo.push({ review: record, previous });
			if (this.#undo.length > UNDO_DEPTH) this.#undo.shift();
		} else {
			// Undo is a flashcard gesture; an answer in another mode starts a new history.
			this.#undo = [];
		}
		study.undoDepth = this.#undo.length;
		study.revision++;
		void this.#askPersistenceOnce(store);
		return stored;
	}

	/**
	 * The review is deleted and the card restored in one transaction (`store.undoReview`), so the append-only
	 * log never holds a grade the learner took back and "repair" cannot resurrect it. A store without
	 * `undoReview` only restores the card for this session.
	 */
	async undoLast(): Promise<string | null> {
		const study = this.study;
		await this.#chain;
		const entry = this.#undo.pop();
		study.undoDepth = this.#undo.length;
		if (!entry) return null;
		const id = entry.review.questionId;
		// The card as stored: `previous`, or rebuilt from the log when another tab graded it since.
		const undo = study.store?.undoReview?.(entry.review.id, entry.previous);
		const card = undo ? await study.written(undo) : entry.previous;
		const cards = new Map(study.cards);
		if (card) cards.set(id, card);
		else cards.delete(id);
		study.cards = cards;
		study.revision++;
		return id;
	}

	/**
	 * Validates and persists a change StudyState already shows (`next`, applied by `applied`). An invalid
	 * change is rolled back and rethrown; so is one the phone could not store (the old value shows again).
	 * Only the fields changed are written, onto the settings as stored (another tab may have changed others).
	 */
	async saveSettings(
		patch: Partial<Settings>,
		previous: Settings,
		next: Settings,
		applied: Promise<void>
	): Promise<void> {
		const study = this.study;
		let change: Partial<Settings>;
		try {
			checkSettings(next);
			change = plain(patch);
		} catch (e) {
			// Undo only if no later change has replaced this one meanwhile.
			if (study.settings === next) {
				study.settings = previous;
				await study.applySettings();
			}
			throw e;
		}
		await applied;
		const store = study.store;
		if (!store) return;
		this.#pendingSettings.push(change);
		const done = () => this.#pendingSettings.splice(this.#pendingSettings.indexOf(change), 1);
		// One after another, each a patch onto what is stored: the last one holds every change.
		const written = this.#settingsWrites.then(() => study.written(store.saveSettings(change)));
		this.#settingsWrites = written.catch(() => undefined);
		try {
			const stored = await written;
			done();
			await this.#showSettings(stored);
		} catch (e) {
			done();
			// Not stored: show what is, so the screen never claims a value a reload would take back.
			await this.rereadSettings();
			throw e;
		}
	}

	/** Shows the settings as stored, with this tab's changes still on their way on top. */
	async #showSettings(stored: Settings) {
		const study = this.study;
		const shown: Settings = { ...stored };
		for (const change of this.#pendingSettings) Object.assign(shown, change);
		// Both are built by the same code in the same key order; a false difference only re-applies them.
		if (JSON.stringify(shown) === JSON.stringify(study.settings)) return;
		study.settings = shown;
		await study.applySettings();
	}

	/** Shows the settings as stored now (another tab changed them, or this tab's write failed). */
	async rereadSettings(): Promise<void> {
		try {
			if (this.study.store) await this.#showSettings(await this.study.store.getSettings());
		} catch (e) {
			console.warn('study settings', e);
		}
	}

	async #askPersistenceOnce(store: ProgressStore) {
		if (this.study.settings.persistAsked) return;
		try {
			await this.study.saveSettings({ persistAsked: true });
			await store.requestPersistence();
		} catch {
			// Asking is a courtesy; the settings screen shows the real status.
		}
	}
}

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
