/**
 * One house spelling for generated text, and the article's typos corrected in it. The article mixes "Uỷ" and
 * "Ủy", "tỉ" and "tỷ", and misspells a few words ("cai nghiệm", "triệu trị", "nhiềm"); a question that prints
 * both spellings of one word, or repeats a typo, reads as careless. So every text a question shows (prompt,
 * answers, options, pairs, cloze, note, accepted spellings) is written the house way: the tone mark on the
 * first vowel of a final "oa", "oe", "uy" ("Ủy", "hòa", "khỏe"), and "y" in "tỷ", "ký", "lý", "kỹ", "mỹ". The
 * quote stays verbatim (the proof is the article's own words); when it holds a typo the question lists it in
 * `source.sic`, so the screen can say the quote is "nguyên văn".
 */
import type { Question } from '../types';

/** Misspellings found in articles, with the word meant: whole words, first letter in either case. */
const TYPOS: readonly (readonly [string, string])[] = [
	['cai nghiệm', 'cai nghiện'],
	['triệu trị', 'điều trị'],
	['nhiềm', 'nhiều'],
	['Đại biểu quốc hội', 'Đại biểu Quốc hội']
];

const LETTER = '\\p{L}\\p{M}';

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const typoPatterns = TYPOS.map(([wrong, right]) => {
	const first = wrong[0]!;
	const head = `[${first.toLocaleLowerCase('vi')}${first.toLocaleUpperCase('vi')}]`;
	return {
		wrong,
		right,
		re: new RegExp(`(?<![${LETTER}])${head}${escape(wrong.slice(1))}(?![${LETTER}])`, 'gu')
	};
});

/** "uỷ" -> "ủy", "hoà" -> "hòa", "khoẻ" -> "khỏe": the tone mark moves to the first vowel of the pair. */
const TONE_MOVES: Record<string, string> = {};
const TONES = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
for (const [first, second] of [
	['u', 'y'],
	['o', 'a'],
	['o', 'e']
] as const) {
	for (const tone of TONES) {
		for (const [f, s] of [
			[first, second],
			[first.toUpperCase(), second],
			[first.toUpperCase(), second.toUpperCase()]
		]) {
			const old = `${f}${`${s}${tone}`.normalize('NFC')}`;
			TONE_MOVES[old] = `${`${f}${tone}`.normalize('NFC')}${s}`;
		}
	}
}
// Only at the end of a word ("hoàn", "thuyền" keep their mark) and never after "q" ("quý" is q + uý).
const TONE_PATTERN = new RegExp(
	`(?<![qQ${LETTER.replace('\\p{L}', '')}])(${Object.keys(TONE_MOVES).join('|')})(?![${LETTER}])`,
	'gu'
);

/** Syllables written with "i" where the house writes "y": the same word, one spelling. */
const I_TO_Y: Record<string, string> = { tỉ: 'tỷ', kí: 'ký', lí: 'lý', kĩ: 'kỹ', mĩ: 'mỹ' };
for (const [i, y] of Object.entries(I_TO_Y))
	I_TO_Y[i[0]!.toUpperCase() + i.slice(1)] = y[0]!.toUpperCase() + y.slice(1);
const I_PATTERN = new RegExp(`(?<![${LETTER}])(${Object.keys(I_TO_Y).join('|')})(?![${LETTER}])`, 'gu');

const houseCache = new Map<string, string>();

/** The text in the house spelling, the article's known typos corrected. Pure; memoised (bounded). */
export function houseSpelling(text: string): string {
	let out = houseCache.get(text);
	if (out !== undefined) return out;
	out = text.normalize('NFC');
	for (const t of typoPatterns)
		out = out.replace(t.re, (m) =>
			m[0] === t.wrong[0] ? t.right : t.right[0]!.toUpperCase() + t.right.slice(1)
		);
	out = out.replace(TONE_PATTERN, (m) => TONE_MOVES[m] ?? m).replace(I_PATTERN, (m) => I_TO_Y[m] ?? m);
	if (houseCache.size > 20_000) houseCache.clear();
	houseCache.set(text, out);
	return out;
}

const typoCache = new Map<string, { written: string; meant: string }[]>();

/** The article's typos a verbatim quote holds, as written and as meant (empty when none). Memoised. */
export function typosIn(quote: string): { written: string; meant: string }[] {
	const cached = typoCache.get(quote);
	if (cached !== undefined) return cached;
	if (typoCache.size > 5_000) typoCache.clear();
	const out: { written: string; meant: string }[] = [];
	typoCache.set(quote, out);
	for (const t of typoPatterns)
		for (const m of quote.matchAll(t.re)) {
			const meant = m[0][0] === t.wrong[0] ? t.right : t.right[0]!.toUpperCase() + t.right.slice(1);
			if (!out.some((o) => o.written === m[0])) out.push({ written: m[0], meant });
		}
	return out;
}

/**
 * The question with every text it shows in the house spelling (quotes aside), and `source.sic` listing the
 * typos its verbatim quotes keep. Ids, facts and the `reveals` relation are untouched.
 */
export function inHouseSpelling(q: Question): Question {
	const h = houseSpelling;
	const out: Question = { ...q, prompt: h(q.prompt) };
	if (typeof q.answer === 'string') out.answer = h(q.answer);
	else if (Array.isArray(q.answer)) out.answer = q.answer.map(h);
	if (q.choices) out.choices = q.choices.map(h);
	if (q.pairs) out.pairs = q.pairs.map(([l, r]) => [h(l), h(r)]);
	if (q.cloze !== undefined) out.cloze = h(q.cloze);
	if (q.note !== undefined) out.note = h(q.note);
	if (q.accept) {
		// The article's spelling stays accepted beside the house one (the checker folds most variants anyway).
		const accept = [...new Set(q.accept.flatMap((a) => [h(a), a]))];
		out.accept = accept.filter((a) => a !== out.answer);
	}
	const sic = [q.source.quote, ...(q.source.quotes ?? [])].flatMap(typosIn);
	if (sic.length > 0) {
		const unique = sic.filter((s, i) => sic.findIndex((o) => o.written === s.written) === i);
		out.source = { ...q.source, sic: unique };
	}
	return out;
}
