/**
 * Vietnamese phrasing shared by the builders: filling a fact's `statement`, and the generic prompts used when
 * a fact has no hand-written `ask` (imported articles).
 */
import { capitalize, containsFolded, foldText } from '../facts/text';
import type { Fact } from '../types';

/** Fills the single `{value}` of a statement template. */
export function fill(template: string, value: string): string {
	return template.replace('{value}', value);
}

const WORDS = /[\p{L}\p{M}\p{N}]+/gu;

/** The folded words of a text, punctuation and spacing dropped. */
function foldedWords(text: string): string[] {
	return foldText(text).match(WORDS) ?? [];
}

/**
 * True when the words of `text` start with the words of `prefix`, compared folded; punctuation between or
 * after them does not matter, so " hội hữu nghị." and " Việt kiều, đây ..." start with their unit and the unit
 * is never written twice ("06 hội hữu nghị hội hữu nghị").
 */
export function startsWithWords(text: string, prefix: string): boolean {
	const t = foldedWords(text);
	const p = foldedWords(prefix);
	return p.length > 0 && p.length <= t.length && p.every((w, i) => w === t[i]);
}

/** True when the words of `text` end with the words of `suffix` (folded; punctuation does not matter). */
export function endsWithWords(text: string, suffix: string): boolean {
	const t = foldedWords(text);
	const s = foldedWords(suffix);
	return s.length > 0 && s.length <= t.length && s.every((w, i) => w === t[t.length - s.length + i]);
}

/** A sentence from a noun phrase: capital first letter, final full stop. */
export function sentence(text: string): string {
	const t = capitalize(text.trim());
	return /[.?!…]$/.test(t) ? t : `${t}.`;
}

/** The fact's own question when it has one. */
export function askOf(fact: Fact): string | undefined {
	return fact.ask?.trim() || undefined;
}

/** True when `text` names `name` (folded, whole words). */
export function mentions(text: string, name: string): boolean {
	return containsFolded(text, name);
}
