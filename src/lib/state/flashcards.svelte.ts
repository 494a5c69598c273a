/**
 * A flashcard session: today's queue (due reviews, then new cards within the daily allowance), the card on
 * screen, flipping, grading and undo. The route renders it and forwards taps and keys.
 *
 * The allowance counts flashcards first studied today (domain/flashcard-counts.ts): it is read from the log
 * when the session starts, so a reload or a second visit the same day continues where the learner stopped,
 * and it moves with each grade and undo of this session.
 */
import { buildQueue } from '$lib/domain/flashcards';
import { flashcardsIntroducedBetween } from '$lib/domain/flashcard-counts';
import { isNew } from '$lib/domain/due';
import type { Rating } from '$lib/domain/records';
import { newCard, previewIntervals } from '$lib/domain/scheduling';
import { studyDayBounds } from '$lib/domain/study-day';
import type { Question } from '$lib/domain/types';
import { flashcardVerdict } from '$lib/domain/verdict';
import { study as appStudy, type StudyState } from './study.svelte';
import { onOtherTabGrade } from './tab-sync';

/** What the session last told the learner; the route words it. */
export type FlashcardNotice = 'undone' | 'save-failed' | null;

interface Graded {
	id: string;
	wasNew: boolean;
	factIds: string[];
	rating: Rating;
	/** performance.now() of the grade. */
	at: number;
}

/** What the end of a session tells: cards graded, remembered (any grade but Again), time spent. */
export interface SessionSummary {
	cards: number;
	right: number;
	ms: number;
}

export class FlashcardSession {
	readonly study: StudyState;
	/** Flashcards first studied today, or null until the log has been read. */
	introducedToday = $state<number | null>(null);
	/** New cards the learner asked for beyond the goal ("study more"). */
	extraNew = $state(0);
	/** The moment the queue was last read: the queue is recomputed when this moves. */
	now = $state(new Date());
	currentId = $state<string | null>(null);
	revealed = $state(false);
	busy = $state(false);
	notice = $state<FlashcardNotice>(null);

	#shownAt = 0;
	/** performance.now() when this session's first card showed. */
	#firstShownAt = 0;
	#previousFactIds: string[] = [];
	/** This session's grades, last one last: which were new (an undo gives their place in the allowance
	 * back), and what the progress bar and the summary count. */
	graded = $state.raw<Graded[]>([]);

	constructor(state: StudyState = appStudy) {
		this.study = state;
	}

	started = $derived(this.introducedToday !== null);

	queue = $derived.by(() => {
		if (!this.study.bank || this.introducedToday === null) return null;
		return buildQueue({
			questions: this.study.questions,
			cards: this.study.cards,
			now: this.now,
			newLimit: this.study.settings.dailyGoal + this.extraNew - this.introducedToday,
			previousFactIds: this.#previousFactIds,
			dayStart: studyDayBounds(this.now, this.study.day)[0]
		});
	});

	totalFlashcards = $derived.by(() => this.study.questions.filter((q) => q.type === 'flashcard').length);

	/** New flashcards left beyond today's allowance: "study more" offers up to one more goal of them. */
	newBeyondGoal = $derived.by(() => {
		let n = 0;
		for (const q of this.study.questions) {
			const c = this.study.cards.get(q.id);
			if (q.type === 'flashcard' && (!c || isNew(c))) n++;
		}
		return n;
	});

	moreNewCount = $derived.by(() => Math.min(this.study.settings.dailyGoal, this.newBeyondGoal));

	/** Cards graded this session and cards still waiting in today's queue, for the progress bar. */
	progress = $derived.by(() => {
		const left = this.queue ? this.queue.due + this.queue.fresh : 0;
		return { done: this.graded.length, left };
	});

	/** The session so far, for the summary at its end; null before the first grade. */
	summary = $derived.by((): SessionSummary | null => {
		const g = this.graded;
		const last = g[g.length - 1];
		if (!last) return null;
		return { cards: g.length, right: g.filter((x) => x.rating > 1).length, ms: last.at - this.#firstShownAt };
	});

	current = $derived.by<Question | undefined>(() =>
		this.currentId ? this.study.questionById(this.currentId) : undefined
	);

	/** Milliseconds until the card would be due again for each rating, shown on the grade buttons. */
	intervals = $derived.by((): Record<Rating, number> | null => {
		const q = this.current;
		if (!q) return null;
		const at = new Date();
		const c = this.study.cards.get(q.id) ?? newCard(q.id, this.study.deckId, at);
		return previewIntervals(c, at, { desiredRetention: this.study.settings.desiredRetention, fuzz: false });
	});

	/** Waits for the app, reads today's introductions from the log and shows the first card. */
	async start(): Promise<void> {
		await this.study.whenReady();
		const store = this.study.store;
		if (!store) return;
		const reviews = await this.study.todayLog();
		const [from, to] = studyDayBounds(new Date(), this.study.day);
		this.introducedToday = flashcardsIntroducedBetween(reviews, from, to);
		this.advance();
		this.#firstShownAt = this.#shownAt;
		this.#unlisten?.();
		this.#unlisten = onOtherTabGrade(() => void this.#recount());
	}

	/** Stops hearing the other tabs (the screen is left). */
	stop(): void {
		this.#unlisten?.();
		this.#unlisten = null;
	}

	#unlisten: (() => void) | null = null;

	/**
	 * Another tab graded: the cards are read again (tab-sync.ts), and the new cards it introduced today count
	 * against the allowance here too. The card on screen stays; the next one comes from the new queue.
	 */
	async #recount(): Promise<void> {
		const revision = this.study.revision;
		const reviews = await this.study.todayLog();
		// An answer of this tab landed meanwhile and counted itself: the next event counts again.
		if (revision !== this.study.revision || this.introducedToday === null) return;
		const [from, to] = studyDayBounds(new Date(), this.study.day);
		this.introducedToday = flashcardsIntroducedBetween(reviews, from, to);
	}

	/** Shows the first card of the queue, read at this moment. */
	advance(): void {
		this.now = new Date();
		this.currentId = this.queue?.items[0]?.id ?? null;
		this.revealed = false;
		this.#shownAt = performance.now();
	}

	/** Turns the card over; returns true when the answer side now shows. */
	flip(): boolean {
		if (!this.current || this.busy) return false;
		this.revealed = !this.revealed;
		return this.revealed;
	}

	/** Records the learner's rating of the card on screen, then shows the next one once it is stored. */
	async grade(rating: Rating): Promise<void> {
		const q = this.current;
		if (!q || !this.revealed || this.busy) return;
		this.busy = true;
		this.notice = null;
		const before = this.study.cards.get(q.id);
		const wasNew = !before || isNew(before);
		try {
			await this.study.answer({
				question: q,
				mode: 'flashcards',
				given: null,
				ms: performance.now() - this.#shownAt,
				...flashcardVerdict(rating)
			});
			this.graded = [...this.graded, { id: q.id, wasNew, factIds: q.factIds, rating, at: performance.now() }];
			if (wasNew && this.introducedToday !== null) this.introducedToday++;
			this.#previousFactIds = q.factIds;
			this.advance();
		} catch {
			this.notice = 'save-failed';
		} finally {
			this.busy = false;
		}
	}

	/** Takes the last grade back and shows that card again, question side up. */
	async undo(): Promise<void> {
		if (this.busy || this.study.undoDepth === 0) return;
		this.busy = true;
		try {
			const id = await this.study.undoLast();
			const last = this.graded[this.graded.length - 1];
			if (last && last.id === id) {
				this.graded = this.graded.slice(0, -1);
				if (last.wasNew && this.introducedToday !== null) this.introducedToday--;
			}
			this.#previousFactIds = this.graded[this.graded.length - 1]?.factIds ?? [];
			if (id) {
				this.now = new Date();
				this.currentId = id;
				this.revealed = false;
				this.#shownAt = performance.now();
				this.notice = 'undone';
			}
		} catch {
			this.notice = 'save-failed';
		} finally {
			this.busy = false;
		}
	}

	/** Allows one more goal's worth of new cards today. */
	studyMoreNew(): void {
		this.extraNew += this.moreNewCount;
		this.advance();
	}
}
