/**
 * Whether a card is new or due: questions every screen asks of card states, kept apart from the FSRS
 * scheduler (scheduling.ts, ts-fsrs) so a screen that only counts cards, like home, does not load it.
 */
import type { CardRecord } from './records';

/** True for a card never studied (it waits in "new cards", not in "due"). */
export function isNew(card: CardRecord): boolean {
	return card.state === 0;
}

/** True when a studied card is due for review at `now`. New cards are never "due": see isNew. */
export function isDue(card: CardRecord, now: Date): boolean {
	return !isNew(card) && card.due <= now.getTime();
}
