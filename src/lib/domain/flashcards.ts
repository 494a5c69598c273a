/**
 * The flashcard queue: which card to show next. Pure: the cards' states, the time and the learner's
 * limits come in as arguments, so the same inputs always give the same queue.
 */
import type { Question } from './types';
import { splitFlashcards, type QueueInput } from './flashcard-counts';

export type { QueueInput } from './flashcard-counts';

export interface Queue {
	/** Cards to show, in order: due reviews first (most overdue first), then new cards. */
	items: Question[];
	/** How many of `items` are due reviews. */
	due: number;
	/** How many of `items` are new. */
	fresh: number;
	/** Earliest due time (epoch ms) of a studied card not due yet, for "next review at ..."; null if none. */
	nextDue: number | null;
}

/**
 * Builds the queue: due cards first, then new cards up to `newLimit`, then reorders so that two cards of
 * the same fact (siblings, e.g. a forward and a reverse card) are never back to back when another order
 * exists. Only flashcard questions are considered.
 */
export function buildQueue(input: QueueInput): Queue {
	const { due, fresh, nextDue } = splitFlashcards(input);
	const items = separateSiblings([...due, ...fresh], input.previousFactIds ?? []);
	return { items, due: due.length, fresh: fresh.length, nextDue };
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
