/**
 * A learn session: adaptive rounds of a few facts (domain/learn.ts), each asked until it is right twice,
 * recognition first, then recall. The route renders it and forwards answers.
 *
 * The verdict shows once the answer is stored: a reload right after the feedback never loses it.
 */
import {
	answerItem,
	learnFacts,
	nextItem,
	roundProgress,
	roundSummary,
	startRound,
	withoutGoneFacts,
	type LearnItem,
	type LearnRound
} from '$lib/domain/learn';
import { createRng, type Rng } from '$lib/domain/random';
import { judge, type Verdict } from '$lib/domain/verdict';
import { buzzWrong } from './effects.svelte';
import { study as appStudy, type StudyState } from './study.svelte';

export class LearnRun {
	readonly study: StudyState;
	round = $state.raw<LearnRound | null>(null);
	item = $state.raw<LearnItem | null>(null);
	/** The learner's answer and its verdict, once stored. */
	result = $state.raw<({ given: unknown } & Verdict) | null>(null);
	started = $state(false);
	/** The deck has no question learn can ask. */
	empty = $state(false);
	/** The last answer could not be stored; the page says so. */
	saveError = $state(false);
	/** Counts questions shown, to key the question view: the same question may come back later. */
	seq = $state(0);
	/** An answer is being stored. */
	busy = $state(false);

	readonly #rng: Rng;
	#shownAt = 0;

	facts = $derived.by(() => learnFacts(this.study.questions));
	progress = $derived.by(() => roundProgress(this.round ?? { facts: [], queue: [], asked: 0 }));
	summary = $derived.by(() => (this.round && !this.item ? roundSummary(this.round) : null));

	/** `seed` makes rounds reproducible in tests; the app seeds from the clock so visits differ. */
	constructor(state: StudyState = appStudy, seed: number = Date.now()) {
		this.study = state;
		this.#rng = createRng(seed);
	}

	/** Waits for the app, then starts the first round. */
	async start(): Promise<void> {
		await this.study.whenReady();
		this.started = true;
		this.newRound();
	}

	/** A new round of the facts that need it most now. */
	newRound(): void {
		this.saveError = false;
		this.result = null;
		this.empty = false;
		try {
			this.round = startRound(this.facts, this.study.cards, new Date(), this.#rng);
		} catch {
			this.round = null;
			this.item = null;
			this.empty = true;
			return;
		}
		this.next();
	}

	/** Shows the next question of the round, or the summary when the round is done. */
	next(): void {
		// A fact whose questions were all reported since the round began is left out of it.
		if (this.round) this.round = withoutGoneFacts(this.round, this.facts);
		this.item = this.round ? nextItem(this.round, this.facts, this.#rng) : null;
		this.result = null;
		this.seq++;
		this.#shownAt = Date.now();
	}

	/** Grades and stores the answer, then shows the verdict (with a visible error when it was not stored). */
	async answer(given: unknown): Promise<void> {
		const { item, round } = this;
		if (!item || !round || this.result || this.busy) return;
		this.busy = true;
		const verdict = judge(item.question, given, this.study.acceptedFor(item.question.id));
		if (verdict.grade === 'wrong' && given !== null && given !== undefined) buzzWrong(this.study.settings);
		const ms = Date.now() - this.#shownAt;
		try {
			await this.study.answer({
				question: item.question,
				mode: 'learn',
				given: given ?? null,
				ms,
				...verdict
			});
			this.saveError = false;
		} catch {
			this.saveError = true;
		} finally {
			this.busy = false;
		}
		this.result = { given, ...verdict };
		this.round = answerItem(round, item, verdict.correct);
	}

	/** The prompt a fact is best known by, for the summary's "to review" list. */
	promptOf(factId: string): string {
		const f = this.facts.find((x) => x.factId === factId);
		return (f?.recognition[0] ?? f?.recall[0])?.prompt ?? factId;
	}
}
