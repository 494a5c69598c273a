/**
 * The in-memory fallback, used when IndexedDB is missing (some private modes), refused, blocked by an old
 * tab or newer than this code. It behaves like the real store for the session, so the app works; the UI
 * shows a persistent notice because `persistent` is false and nothing survives a reload.
 */
import { isCardRecord } from '../domain/card-record';
import type {
	ImportOptions,
	ImportReport,
	ProgressStore,
	QuizProgress,
	RepairReport,
	StorageInfo
} from './contract';
import { planRepair } from '../domain/repair';
import { bankQuestionIds } from '../domain/progress-rules';
import {
	checkAccepted,
	checkAttempt,
	checkFlag,
	checkReview,
	newestUnfinished,
	patchSettings,
	replacesAttempt,
	retention,
	withAnswer
} from './checks';
import { refreshedDeck } from './idb-store';
// No IndexedDB transaction here to commit early, and this store is itself loaded only on fallback: the
// repair and backup code comes in with it.
import {
	buildBackup,
	groupByQuestion,
	importReport,
	knownQuestions,
	parseBackup,
	planMerge,
	rebuildCard,
	sameCard
} from './maintenance';
import { StorageInputError } from './errors';
import {
	type AcceptedAnswer,
	type CardRecord,
	type DeckRecord,
	type QuestionFlag,
	type QuizAttempt,
	type ReviewRecord
} from '../domain/records';
import { settingsOrDefaults, type Settings } from '../domain/settings';

/** Records are copied in and out, as IndexedDB's structured clone does, so callers cannot alias them. */
const copy = <T>(v: T): T => structuredClone(v);
/** The compound keys of IndexedDB's flags and accepted stores, as one text (NUL never occurs in an id). */
const key = (...parts: string[]) => parts.join('\u0000');

export class MemoryProgressStore implements ProgressStore {
	readonly persistent = false;
	readonly failure: string;
	#cards = new Map<string, CardRecord>();
	#reviews = new Map<string, ReviewRecord>();
	#attempts = new Map<string, QuizAttempt>();
	#decks = new Map<string, DeckRecord>();
	#flags = new Map<string, QuestionFlag>();
	#accepted = new Map<string, AcceptedAnswer>();
	#settings: Settings | undefined;
	#now: () => Date;

	constructor(failure: string, now: () => Date = () => new Date()) {
		this.failure = failure;
		this.#now = now;
	}

	async getSettings(): Promise<Settings> {
		return settingsOrDefaults(copy(this.#settings)).settings;
	}

	async saveSettings(patch: Partial<Settings>): Promise<Settings> {
		// One tab only: nobody to tell.
		this.#settings = copy(patchSettings(this.#settings, patch) ?? this.#settings);
		return this.getSettings();
	}

	async ensureDeck(deck: DeckRecord): Promise<void> {
		if (!deck?.id) throw new StorageInputError('ensureDeck: the deck needs an id');
		const next = refreshedDeck(this.#decks.get(deck.id), deck);
		if (next) this.#decks.set(deck.id, copy(next));
	}

	async listDecks(): Promise<DeckRecord[]> {
		return copy([...this.#decks.values()]);
	}

	async getDeck(id: string): Promise<DeckRecord | undefined> {
		return copy(this.#decks.get(id));
	}

	async replaceDeck(deck: DeckRecord): Promise<number> {
		await this.ensureDeck(deck);
		const asked = bankQuestionIds(deck) ?? new Set<string>();
		const gone = [...this.#cards.values()].filter((c) => c.deckId === deck.id && !asked.has(c.questionId));
		for (const c of gone) this.#cards.delete(c.questionId);
		for (const map of [this.#flags, this.#accepted] as Map<
			string,
			{ deckId: string; questionId: string }
		>[]) {
			for (const [k, v] of map) if (v.deckId === deck.id && !asked.has(v.questionId)) map.delete(k);
		}
		return gone.length;
	}

	async deleteDeck(id: string): Promise<void> {
		await this.resetProgress(id);
		for (const map of [this.#flags, this.#accepted] as Map<string, { deckId: string }>[]) {
			for (const [k, v] of map) if (v.deckId === id) map.delete(k);
		}
		this.#decks.delete(id);
	}

	async getCards(deckId: string): Promise<CardRecord[]> {
		return copy([...this.#cards.values()].filter((c) => c.deckId === deckId && isCardRecord(c)));
	}

	async recordReview(given: ReviewRecord, scheduled: CardRecord, quiz?: QuizProgress): Promise<CardRecord> {
		const { review, card } = checkReview(given, scheduled);
		if (this.#reviews.has(review.id))
			throw new StorageInputError(`recordReview: review "${review.id}" exists already`);
		// Everything that can fail is checked before the first write: all or nothing, as in IndexedDB.
		const attempt = quiz ? withAnswer(this.#attempts.get(quiz.attemptId), quiz) : undefined;
		this.#reviews.set(review.id, copy(review));
		this.#cards.set(card.questionId, copy(card));
		if (attempt) this.#attempts.set(attempt.id, copy(attempt));
		// One tab only: no other writer can have moved the card, so it is stored as scheduled.
		return copy(card);
	}

	async undoReview(reviewId: string, previous: CardRecord | null): Promise<CardRecord | null> {
		const review = this.#reviews.get(reviewId);
		if (!review) throw new StorageInputError(`undoReview: no review "${reviewId}"`);
		if (previous && previous.questionId !== review.questionId) {
			throw new StorageInputError(
				`undoReview: review "${reviewId}" is for "${review.questionId}", not "${previous.questionId}"`
			);
		}
		this.#reviews.delete(reviewId);
		// The same rule as IndexedDB's: a later review of the question makes `previous` stale.
		const rest = this.#reviewsWhere((r) => r.questionId === review.questionId);
		let next = previous;
		if (rest.some((r) => r.at >= review.at)) {
			next = rest.length
				? rebuildCard(review.questionId, review.deckId, rest, new Date(review.at), retention(this.#settings))
				: null;
		}
		if (next) this.#cards.set(next.questionId, copy(next));
		else this.#cards.delete(review.questionId);
		return copy(next);
	}

	async getReviews(deckId?: string, since = -Infinity): Promise<ReviewRecord[]> {
		return this.#reviewsWhere((r) => (deckId === undefined || r.deckId === deckId) && r.at >= since);
	}

	async getReviewsOf(deckId: string, questionIds: readonly string[]): Promise<ReviewRecord[]> {
		const ids = new Set(questionIds);
		return this.#reviewsWhere((r) => r.deckId === deckId && ids.has(r.questionId));
	}

	async countReviews(deckId: string, from: number, to: number): Promise<number> {
		return (await this.#reviewsWhere((r) => r.deckId === deckId && r.at >= from && r.at < to)).length;
	}

	/** Oldest first; reviews at the same moment in key order, as IndexedDB's indexes give them. */
	#reviewsWhere(keep: (r: ReviewRecord) => boolean): ReviewRecord[] {
		const byTime = (a: ReviewRecord, b: ReviewRecord) =>
			a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
		return copy([...this.#reviews.values()].filter(keep).sort(byTime));
	}

	async saveAttempt(attempt: QuizAttempt): Promise<void> {
		const clean = checkAttempt(attempt);
		if (replacesAttempt(this.#attempts.get(clean.id), clean)) this.#attempts.set(clean.id, copy(clean));
	}

	async getAttempt(id: string): Promise<QuizAttempt | undefined> {
		return copy(this.#attempts.get(id));
	}

	async getUnfinishedAttempt(deckId: string): Promise<QuizAttempt | undefined> {
		return copy(newestUnfinished([...this.#attempts.values()].filter((a) => a.deckId === deckId)));
	}

	async listAttempts(deckId: string): Promise<QuizAttempt[]> {
		const list = [...this.#attempts.values()].filter((a) => a.deckId === deckId);
		return copy(list.sort((a, b) => a.startedAt - b.startedAt));
	}

	async getFlags(deckId: string): Promise<QuestionFlag[]> {
		// In key order, as IndexedDB's index gives them.
		const list = [...this.#flags.values()].filter((f) => f.deckId === deckId);
		return copy(list.sort((a, b) => (a.questionId < b.questionId ? -1 : 1)));
	}

	async flagQuestion(flag: QuestionFlag): Promise<void> {
		const clean = checkFlag(flag);
		this.#flags.set(key(clean.deckId, clean.questionId), copy(clean));
	}

	async unflagQuestion(deckId: string, questionId: string): Promise<void> {
		this.#flags.delete(key(deckId, questionId));
	}

	async getAcceptedAnswers(deckId: string): Promise<AcceptedAnswer[]> {
		return copy([...this.#accepted.values()].filter((a) => a.deckId === deckId));
	}

	async acceptAnswer(answer: AcceptedAnswer): Promise<void> {
		const clean = checkAccepted(answer);
		const k = key(clean.deckId, clean.questionId, clean.answer);
		if (!this.#accepted.has(k)) this.#accepted.set(k, copy(clean));
	}

	async forgetAcceptedAnswer(deckId: string, questionId: string, answer: string): Promise<void> {
		this.#accepted.delete(key(deckId, questionId, answer));
	}

	async repairCards(deckId: string, now: Date): Promise<number> {
		const opts = retention(this.#settings);
		const groups = groupByQuestion([...this.#reviews.values()].filter((r) => r.deckId === deckId));
		const next = new Map<string, CardRecord>();
		for (const [questionId, reviews] of groups) {
			const rebuilt = rebuildCard(questionId, deckId, reviews, now, opts);
			if (!sameCard(this.#cards.get(questionId), rebuilt)) next.set(questionId, rebuilt);
		}
		for (const card of this.#cards.values()) {
			if (card.deckId === deckId && !groups.has(card.questionId) && !isCardRecord(card as unknown)) {
				next.set(card.questionId, rebuildCard(card.questionId, deckId, [], now, opts));
			}
		}
		for (const [id, card] of next) this.#cards.set(id, card);
		return next.size;
	}

	async checkAndRepair(now: Date, options: ImportOptions = {}): Promise<RepairReport> {
		const decks = [...this.#decks.values()];
		const plan = planRepair(
			{
				cards: copy([...this.#cards.values()]),
				reviews: copy([...this.#reviews.values()]),
				attempts: copy([...this.#attempts.values()]),
				deckIds: decks.map((d) => d.id),
				settings: copy(this.#settings),
				flags: copy([...this.#flags.values()]),
				accepted: copy([...this.#accepted.values()])
			},
			{ now, questions: knownQuestions(decks, options.questions) }
		);
		for (const id of plan.deleteReviews) this.#reviews.delete(id);
		for (const r of plan.putReviews) this.#reviews.set(r.id, r);
		for (const id of plan.deleteCards) this.#cards.delete(id);
		for (const c of plan.putCards) this.#cards.set(c.questionId, c);
		for (const id of plan.deleteAttempts) this.#attempts.delete(id);
		for (const a of plan.putAttempts) this.#attempts.set(a.id, a);
		if (plan.settings) this.#settings = plan.settings;
		const keyOf = (k: unknown[]) => k.map(String).join('\u0000');
		for (const k of plan.deleteFlags) this.#flags.delete(keyOf(k));
		for (const f of plan.putFlags) this.#flags.set(key(f.deckId, f.questionId), f);
		for (const k of plan.deleteAccepted) this.#accepted.delete(keyOf(k));
		for (const a of plan.putAccepted) this.#accepted.set(key(a.deckId, a.questionId, a.answer), a);
		return plan.report;
	}

	async resetProgress(deckId?: string): Promise<void> {
		for (const map of [this.#cards, this.#reviews, this.#attempts] as Map<string, { deckId: string }>[]) {
			for (const [key, value] of map) if (deckId === undefined || value.deckId === deckId) map.delete(key);
		}
	}

	async exportBackup(now: Date, appVersion: string): Promise<string> {
		return buildBackup(
			{
				cards: [...this.#cards.values()],
				reviews: [...this.#reviews.values()],
				attempts: [...this.#attempts.values()],
				decks: [...this.#decks.values()],
				settings: this.#settings ?? null,
				flags: [...this.#flags.values()],
				accepted: [...this.#accepted.values()]
			},
			now,
			appVersion
		);
	}

	async importBackup(text: string, options: ImportOptions = {}): Promise<ImportReport> {
		const now = this.#now();
		const decks = [...this.#decks.values()];
		const incoming = await parseBackup(text, {
			now,
			deckIds: this.#decks.keys(),
			questions: knownQuestions(decks, options.questions)
		});
		const plan = planMerge(
			{
				reviewIds: new Set(this.#reviews.keys()),
				cardIds: new Set(this.#cards.keys()),
				attempts: this.#attempts,
				deckIds: new Set(this.#decks.keys()),
				hasSettings: this.#settings !== undefined,
				flags: [...this.#flags.values()],
				accepted: [...this.#accepted.values()]
			},
			incoming
		);
		for (const r of plan.reviewsToAdd) this.#reviews.set(r.id, copy(r));
		for (const a of [...plan.attemptsToAdd, ...plan.attemptsToUpdate]) this.#attempts.set(a.id, copy(a));
		for (const d of plan.decksToAdd) this.#decks.set(d.id, copy(d));
		for (const c of plan.cardsToAdd) this.#cards.set(c.questionId, copy(c));
		for (const f of plan.flagsToAdd) this.#flags.set(key(f.deckId, f.questionId), copy(f));
		for (const a of plan.acceptedToAdd) this.#accepted.set(key(a.deckId, a.questionId, a.answer), copy(a));
		if (plan.settings) this.#settings = copy(plan.settings);
		const opts = retention(this.#settings);
		const groups = groupByQuestion(
			[...this.#reviews.values()].filter((r) => plan.rebuild.includes(r.questionId))
		);
		for (const [questionId, log] of groups) {
			this.#cards.set(questionId, rebuildCard(questionId, log.at(-1)!.deckId, log, now, opts));
		}
		return importReport(plan);
	}

	async storageInfo(): Promise<StorageInfo> {
		return { persisted: false };
	}

	async requestPersistence(): Promise<boolean> {
		return false;
	}

	close(): void {}
}
