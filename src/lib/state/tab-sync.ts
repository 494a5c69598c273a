/**
 * Another tab graded (or undid a grade): this tab reads the deck's cards again, so home's figures and the
 * flashcard queue count what is stored, and never schedule from a card the other tab has moved on. Loaded
 * on the first such event (study.svelte.ts), not with home. The card a screen shows stays: the flashcard
 * screen keeps its current card and only counts again (FlashcardSession listens with onOtherTabGrade).
 */
import type { DataChangeEvent } from '$lib/storage/events';
import type { StudyState } from './study.svelte';

type Listener = () => void;
const listeners = new Set<Listener>();

/** Hears the other tabs' grades once this tab's cards are read again; returns the unsubscribe. */
export function onOtherTabGrade(listener: Listener): () => void {
	listeners.add(listener);
	return () => listeners.delete(listener);
}

/** How many times the cards are read again when this tab's own answers keep landing meanwhile. */
const TRIES = 3;

/**
 * Reads the deck's cards again and tells the listeners. An answer of this tab written meanwhile moves
 * `revision` after setting its card: the read is then older than that card, and is done again.
 */
export async function otherTabGraded(study: StudyState, event: DataChangeEvent): Promise<void> {
	const store = study.store;
	if (!study.ready || !store || (event.deckId !== undefined && event.deckId !== study.deckId)) {
		// Another deck's figures (home's list of decks) are counted again on `revision`.
		if (study.ready) study.revision++;
		return;
	}
	const deckId = study.deckId;
	for (let i = 0; i < TRIES; i++) {
		const revision = study.revision;
		const list = await store.getCards(deckId);
		if (revision !== study.revision || deckId !== study.deckId) continue;
		study.cards = new Map(list.map((c) => [c.questionId, c]));
		study.revision++;
		for (const listener of [...listeners]) listener();
		return;
	}
}
