/**
 * Vietnamese text folding for answer checking. The article itself writes the same word two ways
 * ("Uỷ viên" and "Ủy viên", "tỉ" and "tỷ"), and learners type on phone keyboards that place tone marks
 * either way, so answers are compared on a folded form, never on raw text.
 */

/** The five tone marks, as combining characters (NFD). */
const TONES = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);

/** Typographic quotes, dashes and the ellipsis, and what each becomes: one pass over the text. */
const TYPOGRAPHY =
	/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\u2010-\u2015\u2212\uFE58\uFE63\uFF0D\u2026]/g;
const PLAIN: Record<string, string> = { '\u2026': '...' };
for (const c of '\u2018\u2019\u201A\u201B\u2032\u0060\u00B4') PLAIN[c] = "'";
for (const c of '\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB') PLAIN[c] = '"';
for (const c of '\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D') PLAIN[c] = '-';
const SPACES = /[\s\u00A0\u2000-\u200B\u202F\u205F\u3000\uFEFF]+/g;
/** Text that normalizeText would leave as it is: printable ASCII, single spaces, no space at the ends. */
const ALREADY_NORMAL = /^(?:[!-_a-~]+(?: [!-_a-~]+)*)?$/;

/** NFC, typographic quotes and dashes made plain, spaces collapsed, ends trimmed. */
export function normalizeText(s: string): string {
	if (ALREADY_NORMAL.test(s)) return s;
	return s
		.normalize('NFC')
		.replace(TYPOGRAPHY, (c) => PLAIN[c] ?? c)
		.replace(SPACES, ' ')
		.trim();
}

/** Vowels as they stand without a tone (NFC), and which of them carry a modifier (â ê ô ă ơ ư). */
const BARE_VOWELS = 'aăâeêioôơuưyAĂÂEÊIOÔƠUƯY';
const MODIFIED_VOWELS = new Set([...'ăâêôơưĂÂÊÔƠƯ']);
const TONE_MARKS = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
/** Every toned vowel (NFC, one code point) -> its bare vowel and tone (1..5), and back. */
const TONED = new Map<string, { bare: string; tone: number }>();
const COMPOSE = new Map<string, string>();
for (const v of BARE_VOWELS) {
	TONE_MARKS.forEach((mark, i) => {
		const c = (v + mark).normalize('NFC');
		if (c.length === 1) {
			TONED.set(c, { bare: v, tone: i + 1 });
			COMPOSE.set(v + (i + 1), c);
		}
	});
}

const isVowel = (c: string | undefined) => c !== undefined && BARE_VOWELS.includes(c);

/**
 * Where the tone mark goes in one syllable (index into its bare letters), by one rule: on the vowel
 * with a modifier (the last one: ươ -> ơ); else a lone vowel; else, before a final consonant, the last
 * vowel; else the middle of three; else the second of oa/oe/uy ("new style": hoà, thuý, Uỷ) and the
 * first of any other pair (mái, múa, mía). Returns -1 when the word is not one Vietnamese syllable.
 */
function tonePosition(letters: string[]): number {
	let start = letters.findIndex(isVowel);
	if (start < 0) return -1;
	let end = start;
	while (isVowel(letters[end + 1])) end++;
	for (let i = end + 1; i < letters.length; i++) if (isVowel(letters[i])) return -1;
	const before = letters[start - 1]?.toLowerCase();
	const first = letters[start]!.toLowerCase();
	// "qu" and "gi" + vowel: the u / i belongs to the onset, not the vowel nucleus.
	if (end > start && ((before === 'q' && first === 'u') || (before === 'g' && first === 'i'))) start++;
	for (let i = end; i >= start; i--) if (MODIFIED_VOWELS.has(letters[i]!)) return i;
	const n = end - start + 1;
	if (n === 1) return start;
	if (end < letters.length - 1) return end;
	if (n >= 3) return start + 1;
	const pair = (letters[start]! + letters[end]!).toLowerCase();
	return pair === 'oa' || pair === 'oe' || pair === 'uy' ? end : start;
}

/** One NFC word with its tone moved to the canonical vowel. Works on code points through lookup
 * tables rather than NFD + regex: this runs on every answer checked, and is 10x faster so. */
function foldWord(word: string): string {
	let tone = 0;
	const letters: string[] = [];
	for (const ch of word) {
		const t = TONED.get(ch);
		if (t) {
			// A second tone in one syllable is a typo; the first one is kept.
			if (!tone) tone = t.tone;
			letters.push(t.bare);
		} else {
			// Combining marks NFC could not compose: not Vietnamese text, leave it.
			if (ch >= '\u0300' && ch <= '\u036f') return word;
			letters.push(ch);
		}
	}
	if (!tone) return word;
	const pos = tonePosition(letters);
	if (pos < 0) return word;
	letters[pos] = COMPOSE.get(letters[pos]! + tone) ?? letters[pos]!;
	return letters.join('');
}

// Latin letters only (Vietnamese is written with them); a plain class is much faster than \p{L}, and
// letters of other scripts carry no Vietnamese tone anyway.
// eslint-disable-next-line no-misleading-character-class -- ranges of combining marks, on purpose
const WORD = /[A-Za-z\u00C0-\u024F\u0300-\u036F\u1E00-\u1EFF]+/g;

/**
 * Puts every syllable's tone mark where one rule says (new style), so "Ủy" and "Uỷ", "hòa" and "hoà",
 * "thúy" and "thuý" become the same string. A syllable has one tone, so this can never make two
 * different words equal. Words that are not one Vietnamese syllable are left as they are.
 * @internal fold() uses foldTonesNfc; tests check the tone rule on its own through this.
 */
export function foldTones(s: string): string {
	return foldTonesNfc(s.normalize('NFC'));
}

/** foldTones for text already in NFC (fold() has just normalized it: no need to do it twice). */
function foldTonesNfc(s: string): string {
	return s.replace(WORD, foldWordCached);
}

/** Answers reuse a small vocabulary, so folded words are kept (bounded: a pasted essay cannot grow it). */
const FOLDED_WORDS = new Map<string, string>();

function foldWordCached(word: string): string {
	let out = FOLDED_WORDS.get(word);
	if (out === undefined) {
		out = foldWord(word);
		if (FOLDED_WORDS.size > 5000) FOLDED_WORDS.clear();
		FOLDED_WORDS.set(word, out);
	}
	return out;
}

/**
 * Vietnamese lower case (Đ -> đ, Ủ -> ủ). Unicode has no special casing for Vietnamese (only for
 * Turkish, Azeri and Lithuanian), so toLowerCase() equals toLocaleLowerCase('vi') for every character
 * (a unit test checks the whole BMP) and is several times faster on every answer checked.
 */
export function foldCase(s: string): string {
	return s.toLowerCase();
}

/** Non-ASCII code point -> the same without diacritics, filled as met (the alphabet is small). */
const STRIPPED = new Map<string, string>();

function stripChar(ch: string): string {
	let out = STRIPPED.get(ch);
	if (out === undefined) {
		out =
			ch === 'đ'
				? 'd'
				: ch === 'Đ'
					? 'D'
					: ch
							.normalize('NFD')
							// eslint-disable-next-line no-misleading-character-class -- ranges of combining marks, on purpose
							.replace(/[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g, '');
		if (STRIPPED.size > 4000) STRIPPED.clear();
		STRIPPED.set(ch, out);
	}
	return out;
}

/** Removes every diacritic, đ -> d included: "Hủa Phăn" -> "Hua Phan". */
export function stripDiacritics(s: string): string {
	// Plain ASCII (most typed answers without diacritics) has nothing to strip.
	if (!/[\u0080-\uffff]/.test(s)) return s;
	let out = '';
	for (const ch of s.normalize('NFC')) out += ch < '\x80' ? ch : stripChar(ch);
	return out;
}

/**
 * Syllables written with i or y for the same word (tỉ/tỷ, kĩ/kỹ, lí/lý, mĩ/mỹ, kí/ký, sĩ/sỹ, hi/hy,
 * tí/tý, quí/quý): only a consonant + the lone vowel, never in general, so "Mỹ" stays apart from "mì"
 * (different tones) and "tay" from "tai".
 */
const I_Y_VARIANT =
	// eslint-disable-next-line no-misleading-character-class -- ranges of combining marks, on purpose
	/(?<![A-Za-z\u00C0-\u024F\u0300-\u036F\u1E00-\u1EFF])(h|k|l|m|s|t|qu)([yýỳỷỹỵ])(?![A-Za-z\u00C0-\u024F\u0300-\u036F\u1E00-\u1EFF])/;
const Y_TO_I: Record<string, string> = { y: 'i', ý: 'í', ỳ: 'ì', ỷ: 'ỉ', ỹ: 'ĩ', ỵ: 'ị' };

/**
 * "Hằng năm" is the standard spelling, "hàng năm" the common one (the article writes it so): the same word
 * before a unit of time only, since "hàng" alone is another word (goods, a row).
 */
const HANG_VARIANT =
	// eslint-disable-next-line no-misleading-character-class -- ranges of combining marks, on purpose
	/(?<![A-Za-z\u00C0-\u024F\u0300-\u036F\u1E00-\u1EFF])hàng(?=\s+(?:năm|ngày|tháng|tuần|quý|giờ|đêm)(?![A-Za-z\u00C0-\u024F\u0300-\u036F\u1E00-\u1EFF]))/;

/**
 * Both rules in one pass over the text as given: run one after the other, the first would spell "hàng quý"
 * "hàng quí" and the second would no longer see the "quý" it needs.
 */
// eslint-disable-next-line no-misleading-character-class -- ranges of combining marks, on purpose
const VARIANT = new RegExp(`${I_Y_VARIANT.source}|${HANG_VARIANT.source}`, 'g');

const spell = (_: string, onset?: string, y?: string) => (onset === undefined ? 'hằng' : onset + Y_TO_I[y!]!);

/** Spells known same-word variants one way (y -> i in the syllables above, hàng năm -> hằng năm). Input lower case NFC. */
export function foldVariants(s: string): string {
	return s.replace(VARIANT, spell);
}

/** One same-word variant in a text: where it is (`end` exclusive) and the spelling foldVariants gives it. */
export interface VariantSpan {
	start: number;
	end: number;
	spelled: string;
}

/**
 * The variants foldVariants respells in `s` (lower case NFC), in order, for callers that must keep offsets
 * into the text (a quote marks its own characters, whichever spelling it uses).
 * @example variantSpans('56 tỷ') // [{ start: 3, end: 5, spelled: 'tỉ' }]
 */
export function variantSpans(s: string): VariantSpan[] {
	return [...s.matchAll(VARIANT)].map((m) => ({
		start: m.index,
		end: m.index + m[0].length,
		spelled: spell(m[0], m[1], m[2])
	}));
}

/**
 * The form answers are compared on: normalized, lower case, tones placed by one rule, same-word
 * spelling variants unified. fold("Uỷ viên") === fold("ủy viên"), fold("74 tỷ") === fold("74 tỉ").
 */
export function fold(s: string): string {
	return foldVariants(foldTonesNfc(foldCase(normalizeText(s))));
}

/** True when the text carries no Vietnamese diacritic at all (typed on a keyboard without them). */
export function hasDiacritics(s: string): boolean {
	if (!/[\u0080-\uffff]/.test(s)) return false;
	return /[\u0300-\u036f]|đ|Đ/.test(s.normalize('NFD'));
}

interface CharInfo {
	base: string;
	/** Vowel modifier (circumflex, breve, horn) or the stroke of đ; empty when none. */
	mod: string;
	tone: string;
}

/** Per code point: its letter, modifier and tone. Bounded: the alphabet is small, odd input is not. */
const CHAR_INFO = new Map<string, CharInfo>();

function charInfo(ch: string): CharInfo {
	let info = CHAR_INFO.get(ch);
	if (!info) {
		const d = ch.normalize('NFD');
		info = { base: d[0] ?? '', mod: '', tone: '' };
		for (const m of d.slice(1)) {
			if (TONES.has(m)) info.tone = m;
			else info.mod += m;
		}
		if (ch === 'đ' || ch === 'Đ') info = { base: ch === 'đ' ? 'd' : 'D', mod: 'stroke', tone: '' };
		if (CHAR_INFO.size > 4000) CHAR_INFO.clear();
		CHAR_INFO.set(ch, info);
	}
	return info;
}

const isLetter = (c: string) => /[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]/.test(c);

/**
 * True when `given` is `expected` with some diacritics left out and none wrong: "Hua Phan" and
 * "Hủa Phan" for "Hủa Phăn", but not "Húa Phăn" (a wrong tone is a slip, not a missing mark). A word's
 * tone may sit on another vowel in `given` (its canonical place moves when a modifier is left out).
 * Both arguments must already be folded (NFC).
 */
export function isMissingMarksOnly(given: string, expected: string): boolean {
	if (given.length !== expected.length) return false;
	let gTone = '';
	let eTone = '';
	for (let i = 0; i <= given.length; i++) {
		const gc = given[i];
		const ec = expected[i];
		if (gc === undefined || ec === undefined || !isLetter(ec)) {
			// End of a word: its tone, if the learner typed one, must be the right one.
			if (gTone && gTone !== eTone) return false;
			gTone = eTone = '';
			if (gc !== ec) return false;
			continue;
		}
		const a = charInfo(gc);
		const b = gc === ec ? a : charInfo(ec);
		if (a.base !== b.base || (a.mod && a.mod !== b.mod)) return false;
		if (a.tone) gTone ||= a.tone;
		if (b.tone) eTone ||= b.tone;
	}
	return true;
}
