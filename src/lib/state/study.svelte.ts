/**
 * The app's study state: one store, the deck's cards, its bank and the settings, shared by every screen.
 * Screens read the fields reactively and call `answer()`; `revision` moves after each change so derived
 * figures (due counts, stats) recompute without deep reactivity over large maps.
 *
 * Two stages of readiness: `ready` once storage is open and the settings and cards are read (all the home
 * screen needs), and the bank, which loads only when a screen that asks questions waits for it with
 * `whenReady()`. The home screen thus never fetches the bank; the service worker precaches it for offline use.
 */
import type { Bank, DeckInfo, Question } from '$lib/domain/types';
import type { ProgressStore } from '$lib/storage/contract';
import { openProgress } from '$lib/storage';
import { acceptedByQuestion, withoutFlagged } from '$lib/domain/flags';
import { writeFailure, type WriteFailure } from '$lib/storage/errors';
import { onOtherTabChange, onVersionChange } from '$lib/storage/events';
import {
	type CardRecord,
	type Grade,
	type QuestionFlag,
	type QuizAnswer,
	type Rating,
	type ReviewRecord,
	type StudyMode
} from '$lib/domain/records';
import { DEFAULT_SETTINGS, type Settings } from '$lib/domain/settings';
import { currentStreak } from '$lib/domain/stats-summary';
import { dayRule, studyDayBounds, type DayRule } from '$lib/domain/study-day';
import { locale } from './locale.svelte';
import type { StudyWriter } from './study-write.svelte';

/** Input of `study.answer`: one answer to one question, in any mode. */
export interface AnswerInput {
	question: Question;
	mode: StudyMode;
	/** What the learner answered, JSON-safe (null for flashcards). */
	given: unknown;
	grade?: Grade;
	correct: boolean;
	rating: Rating;
	/** Milliseconds the learner took. */
	ms: number;
	quiz?: { attemptId: string; index: number; answer: QuizAnswer };
}

/** Why the layout shows a persistent banner: progress only lives in memory. */
export type StudyNotice = 'not-saved' | null;

/** What could not be loaded, for the layout's banner: the progress on the phone, or the deck's questions. */
export type LoadFailure = 'storage' | 'bank';

/** What `init` opens and loads; tests pass their own (fake-indexeddb, a fixture bank). */
export interface StudyDeps {
	open?: () => Promise<ProgressStore>;
	loadBank?: () => Promise<Bank>;
	/** The deck studied; default the built-in one. */
	deck?: DeckInfo;
}

/** Key of the theme copy in localStorage, read by the inline script in app.html before first paint. */
const THEME_CACHE_KEY = 'on-bai:theme';
// The write side (scheduling with ts-fsrs, undo, settings changes) comes with the first write, not with home.
const writes = () => import('./study-write.svelte');
// The bank comes with the first screen that asks questions; home counts from its prerendered index.
const builtinBank = () => import('$lib/bank/load').then((m) => m.loadBuiltinBank());
// An imported deck's bank is in IndexedDB, checked on the way in like the built-in one.
const storedBank = (store: ProgressStore | null, deck: DeckInfo) =>
	import('$lib/bank/load').then((m) => m.loadStoredBank(store, deck));

/** The app state class; the app uses the `study` singleton, tests make their own instances. */
export class StudyState {
	ready = $state(false);
	/** Set when storage or the bank could not be loaded; the layout says which, with a retry. */
	loadError = $state<LoadFailure | null>(null);
	/**
	 * The last write that failed, and why; the layout shows it where it is seen, with what to do (free space,
	 * download a backup). Cleared by the next write that succeeds, or when the learner closes it.
	 */
	writeFailure = $state<WriteFailure | null>(null);
	/** Storage is full at start-up: the app opened read-only (what is stored shows; new progress is not kept). */
	readOnly = $state(false);
	/** The deck studied: the built-in one (unless a test says otherwise), or one the learner imported. */
	deck = $state.raw<DeckInfo>(__BUILTIN_DECK__);
	/** Every deck on this phone, the built-in one first (titles only; each bank loads when studied). */
	decks = $state.raw<DeckInfo[]>([]);
	/** The deck's questions, once a screen that asks them waited for them (`whenReady`). */
	bank = $state.raw<Bank | null>(null);
	/**
	 * The deck's cards by question id, replaced whole. May include cards of questions that have left the
	 * bank since: every figure counts only the questions of the bank (or of its index on home).
	 */
	cards = $state.raw<Map<string, CardRecord>>(new Map());
	settings = $state<Settings>({ ...DEFAULT_SETTINGS });
	store = $state.raw<ProgressStore | null>(null);
	/** Incremented after every recorded answer or bulk change. */
	revision = $state(0);
	notice = $state<StudyNotice>(null);
	/** Another tab upgraded the database: this tab must reload. */
	versionChange = $state(false);
	/** How many flashcard grades can be undone. */
	undoDepth = $state(0);
	/** The deck's reported questions by question id, read with its cards (home counts without them). */
	flags = $state.raw<ReadonlyMap<string, QuestionFlag>>(new Map());
	/** The deck's typed answers overruled as right, by question id (judge grades them right). */
	accepted = $state.raw<ReadonlyMap<string, readonly string[]>>(new Map());
	/**
	 * The questions every session asks and every figure counts: the bank without the reported ones
	 * (domain/reported.ts withoutFlagged). `bank` keeps them all, for the settings list and old quizzes.
	 */
	questions: Question[] = $derived(this.studied(this.bank?.questions ?? []));

	#byId = $derived(new Map((this.bank?.questions ?? []).map((q) => [q.id, q])));
	#init: Promise<void> | null = null;
	#write: Promise<StudyWriter> | null = null;

	#readyWaiters: (() => void)[] = [];
	#deps: StudyDeps = {};
	#bankLoad: Promise<void> | null = null;
	/** A screen waits for the bank: load it as soon as storage is ready, and again on a retry. */
	#bankWanted = false;

	/**
	 * Resolves once the app and the deck's bank are ready, now or after a retry: the one way every screen that
	 * asks questions waits for the app. The layout starts loading and offers the retry; this never rejects,
	 * because a failure shows in the layout's banner, whose "try again" makes this resolve later.
	 */
	whenReady(): Promise<void> {
		if (this.ready && this.bank) return Promise.resolve();
		this.#bankWanted = true;
		const waiting = new Promise<void>((resolve) => this.#readyWaiters.push(resolve));
		if (this.ready) void this.#loadBank().catch(() => undefined);
		return waiting;
	}

	/** The layout's "try again": storage if it failed, and the bank if a screen is waiting for it. */
	retry(): Promise<void> {
		return this.init(this.#deps).then(() => (this.#bankWanted ? this.#loadBank() : undefined));
	}

	/** When the learner's study day starts and in which zone: the one "today" (domain/study-day.ts). */
	get day(): DayRule {
		return dayRule(this.settings.dayStartHour);
	}

	/** The id of the deck studied. */
	get deckId(): string {
		return this.deck.id;
	}

	/** The bank question with this id, or undefined (e.g. a question that left the bank). */
	questionById(id: string): Question | undefined {
		return this.#byId.get(id);
	}

	/**
	 * Opens storage, applies settings, reads the deck's cards (not the bank: see the file comment). Safe to
	 * call from every screen: later calls share the first one (and its `deps`); after a failure the next call
	 * tries again.
	 */
	init(deps: StudyDeps = {}): Promise<void> {
		this.#deps = deps;
		this.#init ??= this.#doInit(deps).catch((e: unknown) => {
			console.warn('study.init', e);
			this.loadError = 'storage';
			this.#init = null;
			throw e;
		});
		return this.#init;
	}

	async #doInit(deps: StudyDeps) {
		const store = await (deps.open ?? openProgress)();
		this.store = store;
		if (!store.persistent) this.notice = 'not-saved';
		onVersionChange((e) => {
			if (e.kind === 'blocking' || e.kind === 'outdated') this.versionChange = true;
			else if (e.kind === 'blocked') this.notice = 'not-saved';
		});
		// Another tab changed the settings: show them here too, so this tab never writes back its old copy.
		onOtherTabChange((e) => {
			if (e.kind === 'settings') void this.#writer().then((w) => w.rereadSettings());
			// Another tab graded: its cards and today's counts, read again (loaded on demand, not with home).
			else void import('./tab-sync').then((m) => m.otherTabGraded(this, e));
		});
		if (deps.deck) this.deck = deps.deck;
		const saved = await store.getSettings();
		this.settings = saved;
		// The English strings (if chosen) load while the cards are read.
		const applied = this.applySettings();
		try {
			// Writes nothing when the deck is stored as it is; on a full phone the first visit cannot file it,
			// and the app opens read-only rather than not at all.
			await store.ensureDeck({ ...this.builtin, kind: 'builtin', createdAt: Date.now() });
		} catch (e) {
			if (writeFailure(e) !== 'full') throw e;
			this.readOnly = true;
			this.writeFailure = 'full';
		}
		await this.refreshDecks();
		// The deck studied last time, if it is still here; else the built-in one.
		const chosen = this.decks.find((d) => d.id === saved.deckId);
		if (chosen) this.deck = chosen;
		await this.#loadCards();
		await applied;
		this.loadError = null;
		this.ready = true;
		if (this.#bankWanted) void this.#loadBank().catch(() => undefined);
	}

	/** The deck that ships with the app. */
	get builtin(): DeckInfo {
		return this.#deps.deck ?? __BUILTIN_DECK__;
	}

	get isBuiltin(): boolean {
		return this.deck.id === this.builtin.id;
	}

	/** Reads the list of decks again (after one was added, renamed or deleted: state/study-decks.ts). */
	async refreshDecks(): Promise<void> {
		const all = (await this.store?.listDecks()) ?? [];
		const own = all.filter((d) => d.kind === 'imported').sort((a, b) => b.createdAt - a.createdAt);
		this.decks = [this.builtin, ...own.map(({ id, title, source }) => ({ id, title, source }))];
	}

	/**
	 * Studies another deck from now on (kept in the settings): its cards, and its bank when a screen waits for
	 * it. Undo history belongs to the deck left behind.
	 */
	async selectDeck(id: string): Promise<void> {
		const next = this.decks.find((d) => d.id === id);
		if (!next || !this.store) throw new Error(`No deck ${id}`);
		await (await this.#writer()).idle();
		await this.saveSettings({ deckId: next.id === this.builtin.id ? undefined : next.id });
		this.deck = next;
		this.bank = null;
		this.#bankLoad = null;
		await this.reloadCards();
		if (this.#bankWanted) await this.#loadBank().catch(() => undefined);
	}

	/** Fetches the deck's bank once (a failure is not kept, so a retry fetches again), then wakes the screens. */
	#loadBank(): Promise<void> {
		this.#bankLoad ??= (async () => {
			const load = this.isBuiltin
				? (this.#deps.loadBank ?? builtinBank)
				: () => storedBank(this.store, this.deck);
			this.bank = await load();
			this.loadError = null;
			for (const resolve of this.#readyWaiters.splice(0)) resolve();
		})().catch((e: unknown) => {
			console.warn('study bank', e);
			this.loadError = 'bank';
			this.#bankLoad = null;
			throw e;
		});
		return this.#bankLoad;
	}

	async #loadCards() {
		if (!this.store) return;
		const deckId = this.deckId;
		const [list, flags, accepted] = await Promise.all([
			this.store.getCards(deckId),
			this.store.getFlags(deckId),
			this.store.getAcceptedAnswers(deckId)
		]);
		this.cards = new Map(list.map((c) => [c.questionId, c]));
		this.flags = new Map(flags.map((f) => [f.questionId, f]));
		this.accepted = acceptedByQuestion(accepted);
	}

	/**
	 * The part of the deck's log that today's flashcard figures need: today's reviews, and the earlier reviews
	 * of the questions studied today (whether a card was first studied today depends on them). Home and the
	 * flashcard screen read this instead of the whole log, so their work does not grow with the history.
	 * Of the deck studied, or of `deckId` (home's list of the other decks).
	 */
	async todayLog(now = new Date(), deckId = this.deckId): Promise<ReviewRecord[]> {
		const store = this.store;
		if (!store) return [];
		const [from] = studyDayBounds(now, this.day);
		const today = await store.getReviews(deckId, from);
		const studied = [...new Set(today.filter((r) => r.mode === 'flashcards').map((r) => r.questionId))];
		if (studied.length === 0) return today;
		const byId = new Map((await store.getReviewsOf(deckId, studied)).map((r) => [r.id, r]));
		for (const r of today) byId.set(r.id, r);
		return [...byId.values()].sort((a, b) => a.at - b.at);
	}

	/** Days in a row with a review of this deck, up to today (or yesterday, when today has none yet). */
	streakNow(now = new Date()): Promise<number> {
		const store = this.store;
		if (!store) return Promise.resolve(0);
		const deckId = this.deckId;
		return currentStreak((from, to) => store.countReviews(deckId, from, to), now, { day: this.day });
	}

	/** Re-reads the cards after a bulk change (import, repair, reset); clears undo. */
	async reloadCards(): Promise<void> {
		await this.#loadCards();
		(await this.#write)?.clearUndo();
		this.revision++;
	}

	/** The write side, loaded once on the first write; it keeps the undo history and the order of writes. */
	#writer(): Promise<StudyWriter> {
		this.#write ??= writes().then((m) => new m.StudyWriter(this));
		return this.#write;
	}

	/**
	 * Schedules the question's card with FSRS, then writes the review, the card (and the quiz answer) in one
	 * storage call. Returns the card as stored (study-write.svelte.ts).
	 */
	async answer(input: AnswerInput): Promise<CardRecord> {
		return (await this.#writer()).answer(input);
	}

	/**
	 * Undoes the last flashcard grade and returns its question id (null when there is nothing to undo): the
	 * review leaves the log and the card is restored, in one transaction (study-write.svelte.ts).
	 */
	async undoLast(): Promise<string | null> {
		return (await this.#writer()).undoLast();
	}

	/**
	 * Applies (language, theme), validates and persists a settings change; the change shows at once, and an
	 * invalid or unstored one is rolled back and rethrown (study-write.svelte.ts).
	 */
	async saveSettings(patch: Partial<Settings>): Promise<void> {
		const previous = this.settings;
		// Read now, so two quick changes build on each other; a theme switch must not wait for the write code.
		const next: Settings = { ...previous, ...patch };
		this.settings = next;
		const applied = this.applySettings();
		return (await this.#writer()).saveSettings(patch, previous, next, applied);
	}

	/**
	 * Awaits a write to storage; a failure is shown by the layout (WriteNotice), except a conflict, which the
	 * screen handles by showing what is stored. Every screen's writes go through here.
	 */
	async written<T>(write: Promise<T>): Promise<T> {
		try {
			const result = await write;
			// A write went through: the phone has room again.
			this.readOnly = false;
			this.writeFailure = null;
			return result;
		} catch (e) {
			const why = writeFailure(e);
			if (why !== 'conflict') this.writeFailure = why;
			throw e;
		}
	}

	/** Shows the settings in force: the language, and the theme (copied for app.html's first paint). */
	async applySettings(): Promise<void> {
		await locale.set(this.settings.lang);
		if (typeof document === 'undefined') return;
		document.documentElement.dataset.theme = this.settings.theme;
		try {
			localStorage.setItem(THEME_CACHE_KEY, this.settings.theme);
		} catch {
			// Private modes may refuse localStorage; the theme then applies after load, which is fine.
		}
	}

	/** These questions without the reported ones: the one rule, for lists that are not the bank (home's index). */
	studied<Q extends { id: string }>(questions: readonly Q[]): Q[] {
		return withoutFlagged(questions, new Set(this.flags.keys()));
	}

	/** The typed answers the learner overruled as right for this question. */
	acceptedFor(questionId: string): readonly string[] {
		return this.accepted.get(questionId) ?? [];
	}
}

export const study = new StudyState();
