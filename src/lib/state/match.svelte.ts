/**
 * A match game: a board of pairs to join against the clock (domain/match.ts), the best time kept in the
 * settings, and one answer recorded per match question on the board when the board is done. The route
 * renders it and forwards taps.
 */
import {
	availableKinds,
	bestKey,
	bestTime,
	buildBoard,
	isBoardDone,
	newPlay,
	recordableAnswers,
	scoreTime,
	select,
	type MatchBoard,
	type MatchPlay,
	type MatchSetKind
} from '$lib/domain/match-game';
import { createRng, type Rng } from '$lib/domain/random';
import { judge } from '$lib/domain/verdict';
import { study as appStudy, type StudyState } from './study.svelte';
import { buzzWrong, celebrate } from './effects.svelte';

/** How long a wrong pair stays marked, in ms. */
const MISS_FLASH_MS = 700;
/** How often the shown clock moves, in ms. */
const CLOCK_TICK_MS = 100;

export interface MatchResult {
	time: number;
	misses: number;
	newBest: boolean;
}

export class MatchRun {
	readonly study: StudyState;
	started = $state(false);
	kind = $state<MatchSetKind>('people');
	board = $state.raw<MatchBoard | null>(null);
	play = $state.raw<MatchPlay>(newPlay());
	/** Epoch ms of the clock shown while the board runs. */
	now = $state(0);
	result = $state.raw<MatchResult | null>(null);
	/** The finished board's answers or best time could not be stored; the page says so. */
	saveError = $state(false);

	readonly #rng: Rng;
	#startedAt = 0;
	#timer: ReturnType<typeof setInterval> | null = null;
	#flash: ReturnType<typeof setTimeout> | null = null;

	questions = $derived.by(() => this.study.questions);
	kinds = $derived.by(() => availableKinds(this.questions));
	best = $derived.by(() => this.study.settings.matchBest?.[bestKey(this.study.deckId, this.kind)]);
	running = $derived.by(() => this.board !== null && this.result === null);
	shownTime = $derived.by(() =>
		this.running ? scoreTime(this.now - this.#startedAt, this.play.misses) : (this.result?.time ?? 0)
	);

	/** `seed` makes boards reproducible in tests; the app seeds from the clock so games differ. */
	constructor(state: StudyState = appStudy, seed: number = Date.now()) {
		this.study = state;
		this.#rng = createRng(seed);
	}

	/** Waits for the app and picks a kind of board the deck can fill. */
	async start(): Promise<void> {
		await this.study.whenReady();
		if (this.kinds.length && !this.kinds.includes(this.kind)) this.kind = this.kinds[0] as MatchSetKind;
		this.started = true;
	}

	/** Deals a new board and starts the clock. */
	deal(): void {
		this.board = buildBoard(this.questions, this.kind, this.#rng);
		this.play = newPlay();
		this.result = null;
		this.saveError = false;
		this.#startedAt = Date.now();
		this.now = this.#startedAt;
		this.#stopClock();
		this.#timer = setInterval(() => (this.now = Date.now()), CLOCK_TICK_MS);
	}

	/** A tap on a tile; finishes the game when the last pair is joined. */
	async select(side: 'left' | 'right', item: string): Promise<void> {
		const board = this.board;
		if (!board || this.result) return;
		const before = this.play.misses;
		this.play = select(board, this.play, side, item);
		if (this.play.misses > before) {
			buzzWrong(this.study.settings);
			if (this.#flash !== null) clearTimeout(this.#flash);
			this.#flash = setTimeout(() => (this.play = { ...this.play, lastMiss: null }), MISS_FLASH_MS);
		}
		if (isBoardDone(board, this.play)) await this.#finish(board, this.play);
	}

	async #finish(board: MatchBoard, play: MatchPlay) {
		const elapsed = Date.now() - this.#startedAt;
		this.#stopClock();
		this.now = Date.now();
		const time = scoreTime(elapsed, play.misses);
		const key = bestKey(this.study.deckId, this.kind);
		const previous = this.study.settings.matchBest?.[key];
		this.result = { time, misses: play.misses, newBest: previous === undefined || time < previous };
		if (this.result.newBest) celebrate(this.study.settings);
		try {
			if (this.result.newBest) {
				await this.study.saveSettings({
					matchBest: { ...this.study.settings.matchBest, [key]: bestTime(previous, time) }
				});
			}
			// One answer per whole match question on the board, graded on the learner's FIRST tries (domain/match.ts).
			for (const { question, given } of recordableAnswers(board, play, this.questions)) {
				await this.study.answer({ question, mode: 'match', given, ms: elapsed, ...judge(question, given) });
			}
		} catch {
			this.saveError = true;
		}
	}

	#stopClock() {
		if (this.#timer !== null) clearInterval(this.#timer);
		if (this.#flash !== null) clearTimeout(this.#flash);
		this.#timer = this.#flash = null;
	}

	/** Stops the clock; call when the page goes away. */
	destroy(): void {
		this.#stopClock();
	}
}
