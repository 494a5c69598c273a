/**
 * What the flashcard queue holds, without ordering it: the home screen shows these counts and so does not
 * carry the queue's sibling ordering (flashcards.ts builds the queue from the same split). Pure.
 */
import type { Question } from './types';
import type { CardRecord } from './records';

export class QueueInputError extends Error {
	override name = 'QueueInputError';
}

export interface QueueInput {
	/** The deck's flashcard questions, in bank order (new cards are introduced in this order). */
	questions: readonly Question[];
	/** Card state by question id; a question without a card is new. */
	cards: ReadonlyMap<string, CardRecord>;
	now: Date;
	/** How many new cards may still be introduced today (daily goal minus those already introduced). */
	newLimit: number;
	/** Fact ids of the card shown just before, so the queue does not open with its sibling. */
	previousFactIds?: readonly string[];
}

export interface QueueSplit {
	/** Due reviews, most overdue first (bank order among equals). */
	due: Question[];
	/** New cards, in bank order, at most `newLimit`. */
	fresh: Question[];
	/** Earliest due time (epoch ms) of a studied card not due yet; null if none. */
	nextDue: number | null;
}

/** Sorts the deck's flashcards into due reviews and today's new cards. Only flashcard questions count. */
export function splitFlashcards(input: QueueInput): QueueSplit {
	const { questions, cards, now } = input;
	if (!(now instanceof Date) || Number.isNaN(now.getTime())) {
		throw new QueueInputError('buildQueue: now must be a valid Date');
	}
	if (!Number.isFinite(input.newLimit)) {
		throw new QueueInputError(`buildQueue: newLimit must be a number, got ${input.newLimit}`);
	}
	const t = now.getTime();
	const due: { q: Question; at: number }[] = [];
	const fresh: Question[] = [];
	let nextDue: number | null = null;
	for (const q of questions) {
		if (q.type !== 'flashcard') continue;
		const card = cards.get(q.id);
		if (!card || card.state === 0) {
			fresh.push(q);
		} else if (card.due <= t) {
			due.push({ q, at: card.due });
		} else if (nextDue === null || card.due < nextDue) {
			nextDue = card.due;
		}
	}
	// Stable sort keeps bank order among cards due at the same moment.
	due.sort((a, b) => a.at - b.at);
	return {
		due: due.map((d) => d.q),
		fresh: fresh.slice(0, Math.max(0, Math.floor(input.newLimit))),
		nextDue
	};
}

/** How many due and new cards the queue would hold now, and when the next studied card falls due. */
export function countQueue(input: QueueInput): { due: number; fresh: number; nextDue: number | null } {
	const { due, fresh, nextDue } = splitFlashcards(input);
	return { due: due.length, fresh: fresh.length, nextDue };
}
