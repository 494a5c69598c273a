/**
 * Adding, renaming and deleting the learner's own decks. Only the import screen does this, so the code loads
 * with it, not with home; choosing which deck to study is `study.selectDeck`.
 */
import type { DeckRecord } from '$lib/domain/records';
import type { Fact } from '$lib/domain/types';
import type { StudyState } from './study.svelte';

/** Files an imported deck (or refreshes the same text's deck: never a second copy) and studies it. */
export async function addDeck(study: StudyState, deck: DeckRecord): Promise<void> {
	if (!study.store) throw new Error('addDeck called before study.init finished');
	await study.store.ensureDeck(deck);
	await study.refreshDecks();
	await study.selectDeck(deck.id);
}

/**
 * Files a re-reviewed deck: questions whose ids did not change keep their progress, the cards of the others
 * are deleted (store.replaceDeck), and the deck is studied with its new bank. Returns the cards deleted.
 */
export async function replaceDeck(study: StudyState, deck: DeckRecord): Promise<number> {
	if (!study.store) throw new Error('replaceDeck called before study.init finished');
	const removed = await study.store.replaceDeck(deck);
	await study.refreshDecks();
	await study.selectDeck(deck.id);
	return removed;
}

/** Renames an imported deck. */
export async function renameDeck(study: StudyState, id: string, title: string): Promise<void> {
	const record = await study.store?.getDeck(id);
	const name = title.trim();
	if (!study.store || !record || record.kind !== 'imported' || !name)
		throw new Error(`Cannot rename deck ${id}`);
	await study.store.ensureDeck({ ...record, title: name });
	await study.refreshDecks();
	if (study.deck.id === id) study.deck = { ...study.deck, title: name };
}

/** Deletes an imported deck and all its progress; studying it, the learner is back on the built-in deck. */
export async function deleteDeck(study: StudyState, id: string): Promise<void> {
	if (!study.store || id === study.builtin.id) throw new Error(`Cannot delete deck ${id}`);
	if (study.deck.id === id) await study.selectDeck(study.builtin.id);
	await study.store.deleteDeck(id);
	await study.refreshDecks();
}

/** Why a deck cannot be sent as a file: it was filed before decks kept their facts. */
export class DeckExportError extends Error {
	override name = 'DeckExportError';
}

/** The facts a deck record keeps (shape of domain FactsFile), or null for a deck filed before it kept them. */
export function recordFacts(record: DeckRecord | undefined): { facts: Fact[]; aliases?: string[][] } | null {
	const kept = record?.facts as { facts?: unknown; aliases?: unknown } | undefined;
	if (!kept || !Array.isArray(kept.facts)) return null;
	return { facts: kept.facts as Fact[], ...(Array.isArray(kept.aliases) ? { aliases: kept.aliases } : {}) };
}

/** The deck file of an imported deck (domain/decks/deck-file.ts): its name and text. */
export async function deckFile(
	study: StudyState,
	id: string,
	now = new Date()
): Promise<{ name: string; text: string }> {
	const record = await study.store?.getDeck(id);
	const kept = recordFacts(record);
	if (!record || record.kind !== 'imported' || typeof record.text !== 'string' || !kept)
		throw new DeckExportError(`Deck ${id} keeps no facts to send`);
	const { buildDeckFile, deckFileName } = await import('$lib/domain/decks/deck-file');
	const data = { title: record.title, source: record.source, text: record.text, ...kept };
	return { name: deckFileName(record.title), text: await buildDeckFile(data, now, __APP_VERSION__) };
}
