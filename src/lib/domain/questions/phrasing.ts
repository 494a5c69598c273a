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

/** True when the folded `text` starts with the folded `prefix` as whole words. */
export function startsWithWords(text: string, prefix: string): boolean {
	const t = foldText(text);
	const p = foldText(prefix);
	return p !== '' && t.startsWith(p) && !/[\p{L}\p{M}\p{N}]/u.test(t.charAt(p.length));
}

/** True when the folded `text` ends with the folded `suffix` as whole words. */
export function endsWithWords(text: string, suffix: string): boolean {
	const t = foldText(text);
	const s = foldText(suffix);
	return s !== '' && t.endsWith(s) && !/[\p{L}\p{M}\p{N}]/u.test(t.charAt(t.length - s.length - 1));
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
