/**
 * Due and new flashcards of the decks home lists besides the one studied. Loaded by home only when there is
 * another deck, so a learner with the built-in deck alone never fetches it. Reads each deck's cards and
 * today's part of its log (`study.todayLog`), never the whole log; the figures are the flashcard screen's
 * (`todayStats`), so a deck's line on home matches what studying it shows.
 */
import type { DeckInfo, Question } from '$lib/domain/types';
import { todayStats } from '$lib/domain/stats-summary';
import type { StudyState } from './study.svelte';

export interface DeckCounts {
	due: number;
	fresh: number;
}

type Stub = Pick<Question, 'id' | 'type'>;

/** The questions of an imported deck's stored bank as ids and types; none when the record has no bank. */
function storedStubs(bank: unknown): Stub[] {
	const questions = (bank as { questions?: unknown } | undefined)?.questions;
	return Array.isArray(questions)
		? questions.filter((q): q is Stub => typeof q?.id === 'string' && typeof q?.type === 'string')
		: [];
}

/**
 * Counts for each deck of `decks`. The built-in deck's questions come from home's prerendered summary
 * (`builtin`): its bank is never fetched for this.
 */
export async function deckCounts(
	study: StudyState,
	decks: readonly DeckInfo[],
	builtin: readonly Stub[],
	now: Date
): Promise<Map<string, DeckCounts>> {
	const store = study.store;
	const out = new Map<string, DeckCounts>();
	if (!store) return out;
	for (const deck of decks) {
		const questions =
			deck.id === study.builtin.id ? builtin : storedStubs((await store.getDeck(deck.id))?.bank);
		const [cards, reviews] = await Promise.all([store.getCards(deck.id), study.todayLog(now, deck.id)]);
		const today = todayStats(reviews, cards, questions, now, {
			day: study.day,
			dailyGoal: study.settings.dailyGoal
		});
		out.set(deck.id, { due: today.dueNow, fresh: today.newLeft });
	}
	return out;
}
