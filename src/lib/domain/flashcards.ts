/**
 * The flashcard queue: which card to show next. Pure: the cards' states, the time and the learner's
 * limits come in as arguments, so the same inputs always give the same queue.
 */
import type { Question } from './types';
import { splitFlashcards, type QueueInput } from './flashcard-counts';
import { linkedToAny, revealLinks } from './reveals';

export interface BuildQueueInput extends QueueInput {
	/**
	 * Start of today's study day (epoch ms, study-day.ts). A card that gives away a flashcard studied since then,
	 * or is given away by one, is buried until tomorrow. Without it only the queue itself is kept apart.
	 */
	dayStart?: number;
}

export interface Queue {
	/** Cards to show, in order: due reviews first (most overdue first), new cards, learning cards due soon. */
	items: Question[];
	/** How many of `items` are due reviews (learning cards due within the learn-ahead limit included). */
	due: number;
	/** How many of `items` are new. */
	fresh: number;
	/** Earliest due time (epoch ms) of a studied card not due yet, for "next review at ..."; null if none. */
	nextDue: number | null;
}

/**
 * Builds the queue: due cards first, then new cards up to `newLimit`, then reorders so that two cards of
 * the same fact (siblings, e.g. a forward and a reverse card) are never back to back when another order
 * exists. Only flashcard questions are considered. As Anki buries siblings, a card that gives away another
 * card of the day, or is given away by one (the bank's `reveals`), waits for another day: a card of the
 * queue gives way to one before it (due before new, then bank order), and every card gives way to one already
 * studied today. A buried new card leaves its place in the allowance to the next new card.
 */
export function buildQueue(input: BuildQueueInput): Queue {
	const all = splitFlashcards({ ...input, newLimit: Number.MAX_SAFE_INTEGER });
	const links = revealLinks(input.questions.filter((q) => q.type === 'flashcard'));
	const kept = new Set<string>();
	if (input.dayStart !== undefined) {
		for (const [id, card] of input.cards)
			if (card.lastReview !== undefined && card.lastReview >= input.dayStart) kept.add(id);
	}
	const unburied = (q: Question) => {
		// A card already studied today stays in the day whatever it is linked to.
		if (!kept.has(q.id) && linkedToAny(links, q.id, kept)) return false;
		kept.add(q.id);
		return true;
	};
	const due = all.due.filter(unburied);
	const limit = Math.max(0, Math.floor(input.newLimit));
	const fresh: Question[] = [];
	for (const q of all.fresh) {
		if (fresh.length >= limit) break;
		if (unburied(q)) fresh.push(q);
	}
	// Learning cards due in a few minutes come last, after the new cards (Anki's learn ahead), and never move
	// before them to keep siblings apart: they are not due yet.
	const ahead = all.ahead.filter(unburied);
	const now = separateSiblings([...due, ...fresh], input.previousFactIds ?? []);
	const items = [...now, ...separateSiblings(ahead, now.at(-1)?.factIds ?? input.previousFactIds ?? [])];
	return { items, due: due.length + ahead.length, fresh: fresh.length, nextDue: all.nextDue };
}

/**
 * Reorders greedily: each position takes the earliest remaining card that shares no fact with the card
 * before it; when every remaining card is a sibling, the earliest one goes anyway (nothing better exists).
 */
export function separateSiblings(
	list: readonly Question[],
	previousFactIds: readonly string[] = []
): Question[] {
	const rest = [...list];
	const out: Question[] = [];
	let prev = new Set(previousFactIds);
	while (rest.length > 0) {
		let i = rest.findIndex((q) => !q.factIds.some((f) => prev.has(f)));
		if (i < 0) i = 0;
		const [q] = rest.splice(i, 1);
		out.push(q!);
		prev = new Set(q!.factIds);
	}
	return out;
}
