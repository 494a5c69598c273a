/**
 * Whether a write would change what is stored, so that it can be skipped: the app writes nothing it already
 * has (start-up files the built-in deck on every visit, and must not need free space to do so). Small and
 * free of the record rules: the home screen's start-up uses it.
 */
import type { DeckRecord } from '../domain/records';

/** Defined keys: a key holding undefined is the same as no key, as it is for the app's readers. */
const keys = (o: object) => Object.keys(o).filter((k) => (o as Record<string, unknown>)[k] !== undefined);

/** Equal as stored data (plain records; key order does not matter). */
export function sameJson(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	if (Array.isArray(a) !== Array.isArray(b)) return false;
	const ka = keys(a);
	if (ka.length !== keys(b).length) return false;
	const ra = a as Record<string, unknown>;
	const rb = b as Record<string, unknown>;
	return ka.every((k) => sameJson(ra[k], rb[k]));
}

/** The deck as stored after a refresh (first `createdAt` kept), or null when nothing would change. */
export function refreshedDeck(existing: DeckRecord | undefined, deck: DeckRecord): DeckRecord | null {
	const next = existing ? { ...deck, createdAt: existing.createdAt } : deck;
	return existing && sameJson(existing, next) ? null : next;
}
