/**
 * Fair typed answers, decided when the bank is made and stored in `accept`: the other names of what the answer
 * names (the article's aliases, its abbreviations and their long forms, a few names every reader knows), the
 * answer without a head the question already gives ("mỏ" for "vùng đất mỏ" asked "là vùng đất gì?") or without
 * a generic head ("HIV" for "bệnh nhân HIV"), and the polarity of a yes/no answer ("chưa" for "chưa có").
 * Spelling variants (Ủy/Uỷ, tỷ/tỉ, Hằng/Hàng năm) and list order are the checker's (answers/check.ts).
 */
import { containsFolded, findFolded, foldText } from '../facts/text';
import type { Fact } from '../types';

/** At most this many words to type: a longer span is asked as a choice (phones are slow to type on). */
export const MAX_TYPED_WORDS = 5;

/** The words a learner types: tokens with a letter or a digit ("Bản - Bản" is two). */
export function typedWords(text: string): number {
	return text.split(/\s+/).filter((t) => /[\p{L}\p{N}]/u.test(t)).length;
}

/**
 * Names every reader knows to be one: a country's two names, the abbreviations of Vietnamese public bodies.
 * Each group is one thing; the first name is the usual one.
 */
const COMMON_ALIASES: readonly (readonly string[])[] = [
	['Mỹ', 'Hoa Kỳ'],
	['UBND', 'Ủy ban nhân dân'],
	['HĐND', 'Hội đồng nhân dân'],
	['UBMTTQ', 'Ủy ban Mặt trận Tổ quốc'],
	['MTTQ', 'Mặt trận Tổ quốc'],
	['ĐBQH', 'Đại biểu Quốc hội'],
	['PCPNN', 'phi chính phủ nước ngoài'],
	['VUFO', 'Liên hiệp các tổ chức hữu nghị Việt Nam']
];

/**
 * Looser names, one way only: "Mặt trận Tổ quốc" is fair for the article's "UBMTTQ" (its committee), but
 * "UBMTTQ Việt Nam" is not a name of "Mặt trận Tổ quốc Việt Nam".
 */
const LOOSER_NAMES: readonly (readonly [string, string])[] = [['UBMTTQ', 'Mặt trận Tổ quốc']];

/**
 * Heads a Vietnamese noun phrase may drop when what follows says the thing (head first, modifiers after).
 * "vùng đất" is not one: "mỏ" answers "là vùng đất gì?" (the prompt gives the head), not "của ____ nói riêng".
 * Common-noun heads drop before anything ("bệnh nhân HIV" -> "HIV", "việc giải ngân" -> "giải ngân"); the heads
 * of places and bodies only before a proper name ("tỉnh Hủa Phăn" -> "Hủa Phăn", "Ban Châu Mỹ" -> "Châu Mỹ",
 * but "Tỉnh uỷ viên" is one title).
 */
const COMMON_HEADS = ['bệnh nhân', 'các', 'những', 'lĩnh vực', 'công tác', 'việc'].map(foldText);
const NAME_HEADS = ['tỉnh', 'huyện', 'xã', 'thành phố', 'khu vực', 'ban', 'sở', 'bộ'].map(foldText);

/** The folded words of a text, punctuation dropped. */
function foldedWords(text: string): string[] {
	return foldText(text).match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

/** Whether `phrase` (folded words) occurs in `words` (folded words), word after word. */
function follows(words: readonly string[], phrase: readonly string[]): boolean {
	outer: for (let i = 0; i + phrase.length <= words.length; i++) {
		for (let j = 0; j < phrase.length; j++) if (words[i + j] !== phrase[j]) continue outer;
		return true;
	}
	return false;
}

/** Question words: a prompt asking "là vùng đất gì?" gives the head "vùng đất" of its answer. */
const QUESTION_WORDS = ['gì', 'nào', 'ai', 'đâu'].map(foldText);

/** Words that answer a yes/no question by themselves: "chưa" for "chưa có", "không" for "không tham dự". */
const POLARITY = ['chưa', 'không', 'đã', 'vẫn', 'còn'].map(foldText);

/**
 * The deck's alias groups: its own, its abbreviations (org facts) with their long forms, the common ones, and
 * the looser names as groups of two read one way (see aliasVariants).
 */
export function aliasGroups(facts: readonly Fact[], own: readonly (readonly string[])[] = []): string[][] {
	const groups: string[][] = [
		...own.map((g) => [...g]),
		...facts.flatMap((f) => (f.kind === 'org' ? [[f.name, f.value]] : [])),
		...COMMON_ALIASES.map((g) => [...g])
	];
	return groups.filter((g) => g.length >= 2);
}

/**
 * Where a name may be replaced by another name of its group: anywhere as whole words when it is an
 * abbreviation or has several words ("UBND" in "Phó Chủ tịch UBND tỉnh"), but a one-word name only as a whole
 * item ("Mỹ" in "Mỹ hoặc khu vực Tây Âu", never in "Ban Châu Mỹ").
 */
function placesOf(answer: string, name: string): { start: number; end: number }[] {
	// Most names are not in most answers: a plain substring test rules them out before a word-aware search.
	if (!foldText(answer).includes(foldText(name))) return [];
	const spans = findFolded(answer, name);
	if (/^[\p{Lu}\d&-]{2,}$/u.test(name) || name.trim().split(/\s+/).length > 1) return [...spans];
	return spans.filter((s) => {
		const before = answer.slice(0, s.start);
		const after = answer.slice(s.end);
		const startsItem = before.trim() === '' || /(?:[,;]|\s(?:và|hoặc))\s*$/u.test(before);
		const endsItem = after.trim() === '' || /^\s*[,;]|^\s+(?:và|hoặc)\s/u.test(after);
		return startsItem && endsItem;
	});
}

/**
 * The answer with one name of a group replaced by each other name of it, for every group it holds a name of,
 * and with a name replaced by its looser name (LOOSER_NAMES).
 */
function aliasVariants(answer: string, groups: readonly (readonly string[])[]): string[] {
	const out: string[] = [];
	for (const [name, looser] of LOOSER_NAMES) {
		const span = placesOf(answer, name)[0];
		if (span) out.push(`${answer.slice(0, span.start)}${looser}${answer.slice(span.end)}`.trim());
	}
	for (const group of groups) {
		for (const name of group) {
			const span = placesOf(answer, name)[0];
			if (!span) continue;
			for (const other of group) {
				if (other === name) continue;
				out.push(
					`${answer.slice(0, span.start)}${other}${answer.slice(span.end)}`.replace(/\s+/g, ' ').trim()
				);
			}
		}
	}
	return out;
}

/**
 * Shorter fair forms of the answer: without a head that the prompt asks with ("là vùng đất gì?") or that is
 * generic (COMMON_HEADS, NAME_HEADS), and the polarity word of a yes/no answer whose verb the prompt gives
 * ("chưa" for "chưa có", asked "đã có ... hay chưa?").
 */
function shortForms(answer: string, context: string): string[] {
	const words = answer.split(/\s+/).filter((w) => w !== '');
	const out: string[] = [];
	// "chưa có" never becomes "có": a polarity word is the answer, not a head.
	if (words.length < 2 || POLARITY.includes(foldText(words[0]!))) {
		const first = words[0];
		if (first && words.length >= 2 && containsFolded(context, words.slice(1).join(' '))) out.push(first);
		return out;
	}
	const contextWords = foldedWords(context);
	const folded = words.map((w) => foldedWords(w).join(' '));
	for (let k = 1; k < words.length; k++) {
		const head = foldText(words.slice(0, k).join(' '));
		const rest = words.slice(k).join(' ');
		if (!/^[\p{L}\p{N}]/u.test(rest)) continue;
		const asked = QUESTION_WORDS.some((w) => follows(contextWords, [...folded.slice(0, k), w]));
		const generic = COMMON_HEADS.includes(head) || (NAME_HEADS.includes(head) && /^[\p{Lu}\d]/u.test(rest));
		if (asked || generic) out.push(rest);
	}
	return out;
}

/**
 * Every fair way to type `answer` besides itself (and besides `accept` already given), in a stable order:
 * alias forms, then shorter forms of the answer and of each alias form. `context` is the question's prompt
 * (empty for a cloze: the sentence around a blank gives no head to drop).
 */
export function fairAnswers(
	answer: string,
	context: string,
	groups: readonly (readonly string[])[],
	accept: readonly string[] = []
): string[] {
	const seen = new Set([answer, ...accept].map(foldText));
	const out: string[] = [];
	const add = (s: string) => {
		const key = foldText(s);
		if (key === '' || seen.has(key)) return;
		seen.add(key);
		out.push(s);
	};
	const forms = [answer, ...accept];
	for (const f of forms) for (const a of aliasVariants(f, groups)) add(a);
	for (const f of [...forms, ...out]) for (const s of shortForms(f, context)) add(s);
	return out;
}
