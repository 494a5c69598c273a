/**
 * Grading of free-text and numeric answers.
 *
 * Typed text, best grade over the expected answer and its accepted spellings:
 * - `correct`: equal once folded (case, Unicode form, tone-mark placement, tỉ/tỷ-style variants,
 *   spaces, quotes and dashes), ignoring punctuation that does not change the answer (list commas,
 *   brackets, a final stop; see PUNCT) and a leading "ông"/"bà"; a list in any order ("công viên, trường
 *   học" for "trường học, công viên"; an item more or less is wrong);
 * - `correct-no-diacritics`: the expected text with some diacritics left out and none wrong
 *   ("Hua Phan" or "Hủa Phan" for "Hủa Phăn", but not "Húa Phăn");
 * - `near-miss`: one slip, i.e. Damerau-Levenshtein distance 1 (an insertion, deletion, substitution
 *   or swap of two neighbours), measured on the folded text or, when the learner typed without
 *   diacritics, on the stripped text. Answers of 4 to 14 characters allow 1 slip, 15 or more allow 2
 *   (a long answer typed on a phone collects slips), shorter ones none (a slip in "ba" makes another
 *   word, and "mì" is not a slip for "Mỹ"). Wrong tone marks with every letter right count as one
 *   slip. When the digits differ there is no near miss: numbers are exact ("6/2021" for "6/2020").
 * - `wrong`: anything else, and empty input.
 * A blank whose answer is a bare number ("15.000", "1,6", "08") is graded as a number, as below.
 *
 * Numbers: `correct` when the typed value equals the expected one in the unit shown or in base units
 * ("1,6" or "1,6 triệu USD" or "1600000" for 1,6 triệu USD); a unit typed after it is ignored unless it
 * is a scale word (which changes the value). Anything else is `wrong`: 1.798 is not "almost" 1.797.
 */
import type { NumericSpec } from '../types';
import type { Grade } from '../records';
import { fold, hasDiacritics, isMissingMarksOnly, stripDiacritics } from './fold';
import { readNumber } from './numbers';

export type { Grade } from '../records';

export interface Check {
	grade: Grade;
	/** The answer to show the learner (the expected text as written, not folded). */
	expected: string;
}

const RANK: Record<Grade, number> = { wrong: 0, 'near-miss': 1, 'correct-no-diacritics': 2, correct: 3 };

/** The better of two grades. */
export function bestGrade(a: Grade, b: Grade): Grade {
	return RANK[a] >= RANK[b] ? a : b;
}

/** Correct, with or without diacritics: what counts as right in a score. */
export function isCorrectGrade(grade: Grade): boolean {
	return grade === 'correct' || grade === 'correct-no-diacritics';
}

// "ong" is "ông" typed without diacritics; "ba" is not stripped, since it is also the number three.
const HONORIFIC = /^(?:ông|bà|ong)\s+/;
/**
 * Punctuation that does not change what an answer says: list commas ("trường học, công viên"), the
 * spaced dash of "kinh tế - xã hội", quotes, brackets, a final full stop. A "." or "," between digits
 * is part of a number (1,6 and 15.000) and "/" of a date (23/3), so those stay.
 */
const PUNCT = /(?<!\d)[.,]|[.,](?!\d)|[;:!?"'()[\]{}«»-]+/g;

/**
 * Folded form for comparing typed answers: fold(), punctuation as above made a space, spaces
 * collapsed, a leading ông/bà dropped.
 */
export function answerKey(s: string): string {
	return fold(s).replace(PUNCT, ' ').replace(/ {2,}/g, ' ').trim().replace(HONORIFIC, '');
}

/** Reused rows for editDistance: answers are short, and allocating per call dominated its cost. */
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Optimal-string-alignment distance (Damerau-Levenshtein with adjacent swaps) over UTF-16 code units
 * (NFC Vietnamese is all in the BMP), giving up early and returning max + 1 once the distance must
 * exceed `max`: the checker only asks "at most 1 or 2?".
 */
export function editDistance(a: string, b: string, max = Infinity): number {
	const n = a.length;
	const m = b.length;
	if (Math.abs(n - m) > max) return max + 1;
	if (rows[0].length <= m) rows = [new Int32Array(m + 1), new Int32Array(m + 1), new Int32Array(m + 1)];
	let [prev2, prev, cur] = rows;
	for (let j = 0; j <= m; j++) prev[j] = j;
	for (let i = 1; i <= n; i++) {
		const ai = a.charCodeAt(i - 1);
		cur[0] = i;
		let rowMin = i;
		for (let j = 1; j <= m; j++) {
			const bj = b.charCodeAt(j - 1);
			let d = prev[j - 1]! + (ai === bj ? 0 : 1);
			const del = prev[j]! + 1;
			const ins = cur[j - 1]! + 1;
			if (del < d) d = del;
			if (ins < d) d = ins;
			if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) {
				const swap = prev2[j - 2]! + 1;
				if (swap < d) d = swap;
			}
			cur[j] = d;
			if (d < rowMin) rowMin = d;
		}
		if (rowMin > max) return max + 1;
		[prev2, prev, cur] = [prev, cur, prev2];
	}
	return prev[m]!;
}

/** Slips allowed for an answer of this (folded) length: see the module comment. */
export function allowedSlips(length: number): number {
	return length < 4 ? 0 : length < 15 ? 1 : 2;
}

function digitsOf(s: string): string {
	return (s.match(/\d+/g) ?? []).map((d) => d.replace(/^0+(?=\d)/, '')).join(' ');
}

interface ExpectedKey {
	key: string;
	stripped: string;
	digits: string;
}

/**
 * Expected answers come from a bank of a few hundred questions and are checked again and again: their
 * folded forms are kept (bounded, so a long session with imported decks cannot grow it without end).
 */
const expectedKeys = new Map<string, ExpectedKey>();

function expectedKey(expected: string): ExpectedKey {
	let k = expectedKeys.get(expected);
	if (!k) {
		const key = answerKey(expected);
		k = { key, stripped: stripDiacritics(key), digits: digitsOf(key) };
		if (expectedKeys.size >= 2000) expectedKeys.clear();
		expectedKeys.set(expected, k);
	}
	return k;
}

/**
 * A list answer's items, each as answerKey makes it, in a stable order: "trường học, công viên" and "công viên và
 * trường học" read the same. Null when the text is not a list of at least two items.
 */
function listItems(s: string): string[] | null {
	const items = fold(s)
		// "va" and "hoac" are the same words typed without diacritics.
		.split(/\s*(?:[,;]|(?:^|\s)(?:và|hoặc|va|hoac)(?=\s|$))\s*/u)
		.map(answerKey)
		.filter((i) => i !== '');
	return items.length >= 2 ? items.sort((a, b) => (stripDiacritics(a) < stripDiacritics(b) ? -1 : 1)) : null;
}

/** Grades a list typed in another order: correct, or right but without diacritics; null when it is not that. */
function gradeAsList(given: string, expected: string): Grade | null {
	const e = listItems(expected);
	if (!e) return null;
	const g = listItems(given);
	if (!g || g.length !== e.length) return null;
	if (g.every((item, i) => item === e[i])) return 'correct';
	if (
		g.every((item, i) => stripDiacritics(item) === stripDiacritics(e[i]!) && isMissingMarksOnly(item, e[i]!))
	)
		return 'correct-no-diacritics';
	return null;
}

function gradeOne(g: string, gStripped: string, typedWithoutMarks: boolean, expected: string): Grade {
	const { key: e, stripped: eStripped, digits } = expectedKey(expected);
	if (e === '') return g === '' ? 'correct' : 'wrong';
	if (g === e) return 'correct';
	if (gStripped === eStripped) {
		if (isMissingMarksOnly(g, e)) return 'correct-no-diacritics';
		// Every letter right but a tone or vowel mark wrong: one slip, if the word is long enough.
		return allowedSlips(e.length) > 0 ? 'near-miss' : 'wrong';
	}
	if (digitsOf(g) !== digits) return 'wrong';
	const slips = allowedSlips(e.length);
	if (slips === 0) return 'wrong';
	if (editDistance(g, e, slips) <= slips) return 'near-miss';
	if (typedWithoutMarks && editDistance(gStripped, eStripped, slips) <= slips) return 'near-miss';
	return 'wrong';
}

/**
 * Grades a typed answer against the expected text and its accepted spellings (the best grade wins).
 * `expected` in the result is always the main expected answer.
 */
export function checkTyped(given: string, expected: string, accept: readonly string[] = []): Check {
	const g = answerKey(given);
	if (g === '') return { grade: 'wrong', expected };
	// A blank whose answer is a bare number ("15.000", "1,6", "08") is graded as a number: "15000"
	// and "1.6" are right, and a neighbouring number is wrong, never a near miss.
	const expectedNumber = bareNumber(expected);
	if (expectedNumber) {
		const givenNumber = bareNumber(given, true);
		if (givenNumber) {
			// An accepted whole figure ("3,6 triệu" for the "3,6" before "triệu") counts in any writing too.
			const fair = [expectedNumber, ...accept.map((a) => bareNumber(a) ?? [])].flat();
			const same = givenNumber.some((a) => fair.some((b) => sameNumber(a, b)));
			if (same) return { grade: 'correct', expected };
			if (accept.length === 0) return { grade: 'wrong', expected };
		}
	}
	const gStripped = stripDiacritics(g);
	const typedWithoutMarks = !hasDiacritics(g);
	let grade: Grade = 'wrong';
	for (const candidate of [expected, ...accept]) {
		grade = bestGrade(grade, gradeOne(g, gStripped, typedWithoutMarks, candidate));
		if (grade === 'correct') break;
	}
	// A list in another order is the same list ("công viên, trường học"); an item more or less is not.
	if (grade !== 'correct' && /[,;]|\s(?:và|hoặc|va|hoac)\s/iu.test(given))
		for (const candidate of [expected, ...accept])
			grade = bestGrade(grade, gradeAsList(given, candidate) ?? 'wrong');
	return { grade, expected };
}

/**
 * The readings of a text that is a number and nothing else (scale words allowed), or null. Only a
 * learner's answer may be in words ("tám"): an expected "năm" is a year, not five.
 */
function bareNumber(text: string, words = false): number[] | null {
	if (!words && !/\d/.test(text)) return null;
	const r = readNumber(text);
	return r && r.rest === '' ? r.values : null;
}

function sameNumber(a: number, b: number): boolean {
	return a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

// Building an Intl.NumberFormat costs more than a whole check: make it once.
const VI_NUMBER = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 6 });

const expectedTexts = new WeakMap<NumericSpec, string>();

function numericExpected(spec: NumericSpec): string {
	let text = expectedTexts.get(spec);
	if (text === undefined) {
		const n = VI_NUMBER.format(spec.inUnit);
		text = spec.unit ? `${n} ${spec.unit}` : n;
		expectedTexts.set(spec, text);
	}
	return text;
}

/**
 * Grades a typed number: correct when any plausible reading of it equals the expected value in the
 * unit shown (`inUnit`) or in base units (`value`); wrong otherwise. `expected` is the value in the
 * shown unit, written the Vietnamese way ("1,6 triệu USD", "1.797 hội viên"). A JS number (from an
 * input's valueAsNumber) is compared as it is, never re-read as text: String(1.797) would read 1797.
 */
export function checkNumeric(given: string | number, spec: NumericSpec): Check {
	const expected = numericExpected(spec);
	const values = typeof given === 'number' ? [given] : readNumber(given)?.values;
	if (!values) return { grade: 'wrong', expected };
	const ok = values.some((v) => sameNumber(v, spec.inUnit) || sameNumber(v, spec.value));
	return { grade: ok ? 'correct' : 'wrong', expected };
}
