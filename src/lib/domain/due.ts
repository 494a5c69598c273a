/**
 * Whether a card is new or due: questions every screen asks of card states, kept apart from the FSRS
 * scheduler (scheduling.ts, ts-fsrs) so a screen that only counts cards, like home, does not load it.
 * scheduling.ts re-exports these.
 */
import type { CardRecord } from './records';

/** True for a card never studied (it waits in "new cards", not in "due"). */
export function isNew(card: CardRecord): boolean {
	return card.state === 0;
}

/** True when a studied card is due for review at `now`. New cards are never "due": see isNew. */
export function isDue(card: CardRecord, now: Date): boolean {
	return card.state !== 0 && card.due <= now.getTime();
}

/** How many studied cards are due at `now`. */
export function dueCount(cards: readonly CardRecord[], now: Date): number {
	let n = 0;
	for (const c of cards) if (isDue(c, now)) n++;
	return n;
}
