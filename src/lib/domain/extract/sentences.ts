/**
 * Sentence splitting for Vietnamese news text. A full stop ends a sentence only when a space and a capital,
 * a digit, a quotation mark or a dash follow, and the word before it is not an abbreviation ("TP.", "TS.",
 * "PGS.TS.") or an initial ("N. Nghiêm"). "1.797", "1,6", "23/3", "N.Nghiêm" hold no space after the stop,
 * so they never split; an ellipsis followed by a lower-case word goes on. A line break always ends one.
 * Intl.Segmenter splits after every abbreviation: see tests/unit/domain/extract/sentences.test.ts.
 */
import { ABBREVIATIONS } from './data/names';

export interface Sentence {
	start: number;
	end: number;
}

const ABBR = new Set(ABBREVIATIONS);
const ENDERS = '.!?…';
const CLOSERS = '"”’»)]\'';

function wordBefore(text: string, i: number): string {
	let k = i;
	while (k > 0 && !/\s/.test(text[k - 1]!) && !'("“'.includes(text[k - 1]!)) k--;
	return text.slice(k, i);
}

function isAbbreviation(word: string): boolean {
	if (ABBR.has(word)) return true;
	// An initial ("N.") or a chain of abbreviations ("PGS.TS", "Th.S").
	if (/^\p{Lu}$/u.test(word)) return true;
	return (
		word.includes('.') && word.split('.').every((p) => p === '' || ABBR.has(p) || /^\p{Lu}\p{Ll}?$/u.test(p))
	);
}

/** The sentences of `text` between `from` and `to` (one line), trimmed, with offsets into `text`. */
export function splitSentences(text: string, from = 0, to = text.length): Sentence[] {
	const out: Sentence[] = [];
	let start = from;
	const push = (end: number) => {
		let s = start;
		let e = end;
		while (s < e && /\s/.test(text[s]!)) s++;
		while (e > s && /\s/.test(text[e - 1]!)) e--;
		if (e > s) out.push({ start: s, end: e });
	};
	for (let i = from; i < to; i++) {
		const c = text[i]!;
		if (c === '\n') {
			push(i);
			start = i + 1;
			continue;
		}
		if (!ENDERS.includes(c)) continue;
		let j = i;
		while (j < to && ENDERS.includes(text[j]!)) j++;
		while (j < to && CLOSERS.includes(text[j]!)) j++;
		const run = text.slice(i, j);
		if (j >= to) {
			i = j - 1;
			continue;
		}
		if (text[j] !== ' ') {
			i = j - 1;
			continue;
		}
		let k = j;
		while (k < to && text[k] === ' ') k++;
		const next = text[k] ?? '';
		const startsAnew = /[\p{Lu}\d"“'‘«(\-–—•*+]/u.test(next);
		const single = run.replace(/["”’»)\]']/g, '') === '.';
		if (startsAnew && !(single && isAbbreviation(wordBefore(text, i)))) {
			push(j);
			start = j;
		}
		i = j - 1;
	}
	push(to);
	return out;
}
