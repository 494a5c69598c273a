/**
 * Vietnamese phrasing shared by the builders: filling a fact's `statement`, and the generic prompts used when
 * a fact has no hand-written `ask` (imported articles).
 */
import { capitalize, containsFolded, foldText, sameFolded } from '../facts/text';
import type { Fact } from '../types';

/**
 * Fills the single `{value}` of a statement template. A sentence never starts with a lower-case word: an
 * unquoted one is capitalised ("Kết nghĩa …"), a quoted one keeps the article's case and the sentence gains a
 * frame ("Trong bài, "linh hoạt" là …"), since capitalising would misquote it.
 */
export function fill(template: string, value: string): string {
	const text = template.replace('{value}', value);
	if (/^["“'‘]\p{Ll}/u.test(text)) return `Trong bài, ${text}`;
	return /^\p{Ll}/u.test(text) ? capitalize(text) : text;
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

/** The fact's own question when it has one. */
export function askOf(fact: Fact): string | undefined {
	return fact.ask?.trim() || undefined;
}

/** True when `text` names `name` (folded, whole words). */
export function mentions(text: string, name: string): boolean {
	return containsFolded(text, name);
}

/**
 * What a native editor sends back, as patterns: a period called a "thời điểm", "như gì?" (one compares with
 * something: "ví … với …", "như thế nào?"), "hỗ trợ … với" (one supports "cho" someone), a member title
 * with the place glued on ("Tỉnh ủy viên Quảng Ninh": the title already names the province's committee).
 */
const STYLE_RULES: readonly { re: RegExp; why: string }[] = [
	{ re: /gắn với thời điểm/iu, why: '"gắn với thời điểm": ask "Sự việc nào … diễn ra vào …?"' },
	{ re: /thời điểm\s+["“]?(?:giai đoạn\s+)?\d{4}\s*[-–]\s*\d{4}/iu, why: 'a period called a "thời điểm"' },
	{ re: /\snhư gì\?/iu, why: '"như gì?": ask "ví … với điều gì?" or "như thế nào?"' },
	{ re: /hỗ trợ kinh phí với/iu, why: '"hỗ trợ kinh phí với": one supports "cho" someone' },
	{
		re: /tỉnh [uủ][ỷy] viên\s+\p{Lu}/iu,
		why: '"Tỉnh ủy viên <place>": the title already names the committee'
	}
];

/**
 * Problems a native editor would find in one text a question shows (empty when none), including a sentence
 * that starts with a lower-case word. Checked over whole banks by the tests, and counted by the bank report.
 */
export function styleProblems(text: string): string[] {
	const out = STYLE_RULES.filter((r) => r.re.test(text)).map((r) => r.why);
	if (/^["“'‘]?\p{Ll}/u.test(text.trim())) out.push('starts with a lower-case word');
	return out;
}

const COMMITTEE_MEMBER = /^(?:tỉnh|thành|huyện|quận|đảng)\s+(?:uỷ|ủy)\s+viên$/iu;

/**
 * The person fact as questions show it: a member title that names its committee ("Tỉnh ủy viên") is the post
 * by itself; "Tỉnh ủy viên Lạng Sơn" is not written (the committee is the province's already).
 */
export function plainPost<F extends Fact>(fact: F): F {
	if (fact.kind !== 'person-post' || !COMMITTEE_MEMBER.test(fact.title.trim())) return fact;
	if (sameFolded(fact.post, fact.title) || !foldText(fact.post).startsWith(foldText(fact.title))) return fact;
	return { ...fact, post: fact.title.trim() };
}
