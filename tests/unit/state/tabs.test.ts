/**
 * The app state with two tabs and with a full disk (issue 9, parts 2 and 3): settings written as patches and
 * re-read when another tab announces a change, a failed settings write shows the old value again, undo keeps
 * the other tab's grade, and a full disk at start-up opens the app read-only.
 */
import { describe, expect, it, vi } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { rebuildCard } from '../../../src/lib/domain/scheduling';
import { DEFAULT_SETTINGS } from '../../../src/lib/domain/settings';
import { MatchRun } from '../../../src/lib/state/match.svelte';
import { StudyState } from '../../../src/lib/state/study.svelte';
import { openProgress } from '../../../src/lib/storage';
import { bank, readyState, withMethods } from './fixtures';

const card = bank.questions.find((q) => q.type === 'flashcard')!;
const grade = (state: StudyState, rating: 1 | 3) =>
	state.answer({ question: card, mode: 'flashcards', given: null, correct: rating > 1, rating, ms: 900 });

const full = () => {
	throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
};

describe('settings in two tabs', () => {
	it('a grade in one tab no longer puts back the settings the other tab changed', async () => {
		const factory = new IDBFactory();
		const a = await readyState(factory);
		const b = await readyState(factory);
		await a.state.saveSettings({ dailyGoal: 35 });
		// B still shows the old goal; its first answer sets persistAsked, as the app does.
		await grade(b.state, 3);
		await vi.waitFor(async () => expect((await a.store.getSettings()).persistAsked).toBe(true));
		expect((await a.store.getSettings()).dailyGoal).toBe(35);
	});

	it('hears another tab’s change and shows the settings as stored', async () => {
		const factory = new IDBFactory();
		const a = await readyState(factory);
		const b = await readyState(factory);
		await b.store.saveSettings({ dailyGoal: 42, theme: 'dark' });
		// The channel does not echo to the page that posted: here the "other tab" is a channel of its own.
		const other = new BroadcastChannel('on-bai:changes');
		other.postMessage({ kind: 'settings', name: 'modes-test' });
		await vi.waitFor(() => expect(a.state.settings).toMatchObject({ dailyGoal: 42, theme: 'dark' }));
		other.close();
	});
});

describe('grades in two tabs (tab-sync.ts)', () => {
	it('a grade announced by another tab is read here: the card, a revision, and the listeners', async () => {
		const factory = new IDBFactory();
		const a = await readyState(factory);
		const b = await readyState(factory);
		const { onOtherTabGrade } = await import('../../../src/lib/state/tab-sync');
		const heard = vi.fn();
		const stop = onOtherTabGrade(heard);
		const revision = a.state.revision;
		await grade(b.state, 3);
		expect(a.state.cards.has(card.id)).toBe(false);
		const other = new BroadcastChannel('on-bai:changes');
		other.postMessage({ kind: 'reviews', name: 'modes-test', deckId: bank.deck.id });
		await vi.waitFor(() => expect(a.state.cards.get(card.id)).toEqual(b.state.cards.get(card.id)));
		expect(a.state.revision).toBeGreaterThan(revision);
		expect(heard).toHaveBeenCalled();
		stop();
		other.close();
	});

	it('another deck’s grade only moves the revision; a read overtaken by this tab’s own answer is done again', async () => {
		const { state, store } = await readyState();
		const { otherTabGraded } = await import('../../../src/lib/state/tab-sync');
		const before = state.cards;
		await otherTabGraded(state, { kind: 'reviews', name: 'modes-test', deckId: 'another-deck' });
		expect(state.cards).toBe(before);

		// The first read returns an old list while this tab's answer lands; the second read sees the answer.
		let reads = 0;
		const slow = withMethods(store, {
			getCards: async (deckId: string) => {
				const list = await store.getCards(deckId);
				if (reads++ === 0) await grade(state, 3);
				return list;
			}
		});
		state.store = slow;
		await otherTabGraded(state, { kind: 'reviews', name: 'modes-test', deckId: bank.deck.id });
		expect(reads).toBe(2);
		expect(state.cards.get(card.id)).toEqual(
			(await store.getCards(bank.deck.id)).find((c) => c.questionId === card.id)
		);
	});
});

describe('a full disk', () => {
	it('a settings change that could not be stored shows the old value again, and says why', async () => {
		const { state, store } = await readyState();
		const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(full);
		try {
			await expect(state.saveSettings({ dailyGoal: 44 })).rejects.toMatchObject({ name: 'StorageFullError' });
		} finally {
			put.mockRestore();
		}
		expect(state.settings.dailyGoal).toBe(DEFAULT_SETTINGS.dailyGoal);
		expect((await store.getSettings()).dailyGoal).toBe(DEFAULT_SETTINGS.dailyGoal);
		expect(state.writeFailure).toBe('full');
	});

	it('a failed grade is reported; the next write that works clears the notice', async () => {
		let failing = true;
		const { state } = await readyState(new IDBFactory(), (s) =>
			withMethods(s, {
				recordReview: (...args) =>
					failing ? Promise.reject(new DOMException('full', 'QuotaExceededError')) : s.recordReview(...args)
			})
		);
		await expect(grade(state, 3)).rejects.toBeTruthy();
		expect(state.writeFailure).toBe('full');
		failing = false;
		await grade(state, 3);
		expect(state.writeFailure).toBeNull();
	});

	it('opens read-only when the first visit cannot file the deck; opens normally when it is filed', async () => {
		const factory = new IDBFactory();
		const state = new StudyState();
		await state.init({
			open: async () =>
				withMethods(await openProgress({ idbFactory: factory, name: 'ro' }), {
					ensureDeck: async () => full()
				}),
			loadBank: async () => bank,
			deck: bank.deck
		});
		expect(state.ready).toBe(true);
		expect(state.readOnly).toBe(true);
		expect(state.loadError).toBeNull();
		const again = new StudyState();
		await again.init({ open: () => openProgress({ idbFactory: factory, name: 'ro' }), deck: bank.deck });
		expect(again.readOnly).toBe(false);
	});
});

describe('undo in two tabs', () => {
	it('undo after the other tab graded the same card keeps that grade and its card', async () => {
		const factory = new IDBFactory();
		const a = await readyState(factory);
		const b = await readyState(factory);
		await grade(a.state, 3);
		await b.state.reloadCards();
		await grade(b.state, 1);
		expect(await a.state.undoLast()).toBe(card.id);
		const log = await a.store.getReviews(a.state.deckId);
		expect(log).toHaveLength(1);
		expect(log[0]!.rating).toBe(1);
		const stored = (await a.store.getCards(a.state.deckId)).find((c) => c.questionId === card.id);
		expect(stored).toEqual(
			rebuildCard(card.id, a.state.deckId, log, new Date(log[0]!.at), {
				desiredRetention: a.state.settings.desiredRetention,
				fuzz: true
			})
		);
		expect(a.state.cards.get(card.id)).toEqual(stored);
	});
});

describe('the verdict after the write', () => {
	it('a finished match board shows its result only once its answers are stored', async () => {
		let release!: () => void;
		const held = new Promise<void>((resolve) => (release = resolve));
		const { state, store } = await readyState(new IDBFactory(), (s) =>
			withMethods(s, { recordReview: async (...args) => (await held, s.recordReview(...args)) })
		);
		const run = new MatchRun(state, 3);
		await run.start();
		run.deal();
		const board = run.board!;
		const pairs = [...board.pairs];
		const [lastLeft, lastRight] = pairs.pop()!;
		for (const [left, right] of pairs) {
			await run.select('left', left);
			await run.select('right', right);
		}
		await run.select('left', lastLeft);
		const finishing = run.select('right', lastRight);
		// The best time is stored first; the answers wait on the held write.
		await vi.waitFor(() => expect(state.settings.matchBest).toBeDefined());
		expect(run.result).toBeNull();
		expect(await store.getReviews(state.deckId)).toHaveLength(0);
		release();
		await finishing;
		expect(run.result).not.toBeNull();
		expect((await store.getReviews(state.deckId)).length).toBeGreaterThan(0);
	});
});
