/**
 * Officials and their posts, in the shapes meeting reports use:
 *   ông/bà/đồng chí NAME, POST, POST ...      (posts in apposition, ended by a verb or a non-post)
 *   NAME – POST, NAME - POST
 *   POST NAME                                 ("Phó Chủ tịch VUFO Nguyễn Văn Doanh phát biểu")
 *   A, POST; B, POST, đồng chủ trì            (people listed with ";", names known by their family name)
 *   Đoàn X do ông A, POST làm Trưởng đoàn     (the leader of a delegation)
 * A name is a run of capitalised syllables after an honorific, or starting with a common family name. A post is
 * a known head (data/posts.ts) with the words that follow it up to a verb or a comma; "tỉnh" alone gets the
 * article's province. "về phía X có ..." gives the side of the people named after it.
 */
import { FAMILY_NAMES, HONORIFICS, PERSON_TITLES } from './data/names';
import { COUNTRIES, PROVINCES } from './data/places';
import {
	BODY_HEADS,
	NAMELESS_BODIES,
	NOT_POSTS,
	PARTY_ORGANS,
	POST_HEADS,
	POST_STOPPERS
} from './data/posts';
import type { ArticleContext } from './context';
import { spells } from './orgs';
import { buildTrie, isWord, longestMatch, phraseKey, wordKey, type Token } from './tokens';

export interface PostFound {
	person: string;
	honorific: string;
	title: string;
	body?: string;
	post: string;
	side?: string;
	/** Why the post may not be what the text states (the review shows it unticked). */
	doubtful?: string;
	start: number;
	end: number;
}

const HEADS = buildTrie(POST_HEADS);
const BODY = buildTrie(BODY_HEADS);
const ORGANS = buildTrie(PARTY_ORGANS);
const HONOR = buildTrie(HONORIFICS);
const TITLES = new Set(PERSON_TITLES);

/** "TS." (or "PGS.TS.") at token i: an abbreviated title, so a person, not more of a body, follows. */
const titleAt = (tokens: readonly Token[], i: number): boolean =>
	tokens[i]?.kind === 'word' && TITLES.has(tokens[i]!.text) && tokens[i + 1]?.text === '.';
const STOPS = buildTrie(POST_STOPPERS);
const NOT_POST = buildTrie(NOT_POSTS);
const FAMILY = new Set(FAMILY_NAMES.map(wordKey));
const PLACES = new Set([...PROVINCES, ...COUNTRIES].map(phraseKey));
const DEPUTY = wordKey('Phó');
const STANDING = buildTrie(['Thường trực', 'thứ nhất', 'phụ trách']);
/** Heads whose last word is the body's own first word: "Trưởng ban" + "Điều phối ..." = Ban Điều phối .... */
const HEAD_NOUNS: Record<string, string> = Object.fromEntries(
	['Ban', 'Đoàn', 'Phòng', 'Khoa'].map((w) => [wordKey(w), w])
);
const BARE_BODIES = new Set(NAMELESS_BODIES.map(phraseKey));
const PROVINCE_WORDS = new Set(['tỉnh', 'thành phố', 'huyện'].map(phraseKey));

/** "do ông A", "do Nguyễn Văn A": what follows "do" is a person, so a body before it ends there. */
function byPersonAt(text: string, tokens: readonly Token[], j: number): boolean {
	if (!isWord(tokens[j], 'do')) return false;
	const h = longestMatch(HONOR, tokens, j + 1);
	return h > 0 ? isCap(tokens[j + 1 + h]) : nameAt(text, tokens, j + 1, false) > 0;
}

/** A place ("Kiên Giang") ends at token i: a name cannot start on its last word. */
function placeEndsAt(tokens: readonly Token[], i: number): boolean {
	for (let k = Math.max(0, i - 3); k < i; k++) {
		if (!tokens.slice(k, i + 1).every((t) => t.kind === 'word')) continue;
		if (
			PLACES.has(
				tokens
					.slice(k, i + 1)
					.map((t) => t.key)
					.join(' ')
			)
		)
			return true;
	}
	return false;
}

function isCap(t: Token | undefined): boolean {
	return !!t && t.kind === 'word' && /^\p{Lu}/u.test(t.text);
}

function isAllCaps(t: Token): boolean {
	return t.kind === 'word' && t.text.length >= 2 && t.text === t.text.toUpperCase();
}

/** Tokens i and i+1 are separated by one space only (no punctuation): they can be one name. */
function adjacent(text: string, a: Token, b: Token): boolean {
	return b.start - a.end === 1 && text[a.end] === ' ';
}

/** Length of a post head at i ("Phó" + head + "Thường trực"), 0 when none. Heads must be capitalised. */
function headAt(tokens: readonly Token[], i: number): number {
	if (!isCap(tokens[i])) return 0;
	let j = i;
	if (tokens[j]?.key === DEPUTY && tokens[j + 1]?.kind === 'word') j++;
	const n = longestMatch(HEADS, tokens, j);
	if (n === 0) return 0;
	j += n;
	j += longestMatch(STANDING, tokens, j);
	return j - i;
}

/** A name starting at i: capitalised adjacent syllables, not a post, place or all-caps body. */
function nameAt(text: string, tokens: readonly Token[], i: number, honoured: boolean): number {
	const first = tokens[i];
	if (!isCap(first) || isAllCaps(first!) || headAt(tokens, i) > 0) return 0;
	if (!honoured && !FAMILY.has(first!.key)) return 0;
	// "Chủ tịch UBND tỉnh Kiên Giang Quách Văn Sang": "Giang" ends the province, the name starts after it.
	if (!honoured && i > 0 && adjacent(text, tokens[i - 1]!, first!) && placeEndsAt(tokens, i)) return 0;
	let j = i + 1;
	while (j < tokens.length && j - i < 5 && isCap(tokens[j]) && adjacent(text, tokens[j - 1]!, tokens[j]!)) {
		if (isAllCaps(tokens[j]!) || headAt(tokens, j) > 0) break;
		j++;
	}
	const n = j - i;
	if (n < 2 && !honoured) return 0;
	const key = tokens
		.slice(i, j)
		.map((t) => t.key)
		.join(' ');
	if (PLACES.has(key)) return 0;
	// "Hà Nội", "Quảng Ninh" as the start of a longer run: a place, not a person.
	for (let k = i + 2; k <= j; k++) {
		if (
			PLACES.has(
				tokens
					.slice(i, k)
					.map((t) => t.key)
					.join(' ')
			)
		)
			return 0;
	}
	return n;
}

/** A capitalised word at i that is not a post head, an honorific, a title or a person's name. */
function startsNothing(text: string, tokens: readonly Token[], i: number): boolean {
	return (
		headAt(tokens, i) === 0 &&
		longestMatch(HONOR, tokens, i) === 0 &&
		!titleAt(tokens, i) &&
		nameAt(text, tokens, i, false) === 0
	);
}

/**
 * A body from token `from`, stopped at token `at` by a stop word, that goes on to "(ABBR)" within twelve words
 * whose initials spell the body: the index after the bracket, else 0.
 */
function spelledTo(tokens: readonly Token[], from: number, at: number): number {
	let k = at;
	while (k < tokens.length && k - at < 12 && tokens[k]!.kind === 'word') k++;
	const abbr = tokens[k + 1];
	if (tokens[k]?.text !== '(' || tokens[k + 2]?.text !== ')' || !abbr || !isAllCaps(abbr)) return 0;
	const words = tokens.slice(from, k);
	if (!words.every((t) => t.kind === 'word')) return 0;
	return spells(
		abbr.text,
		words.map((t) => t.text)
	)
		? k + 3
		: 0;
}

interface Chain {
	posts: { title: string; rest: string; start: number; end: number }[];
	end: number;
	/** Index of the token after the chain. */
	next: number;
}

const DIPLOMATS = buildTrie(['Đại sứ', 'Tổng Lãnh sự', 'Lãnh sự', 'Trưởng Đại diện']);

/** A diplomat's title at i ("Đại sứ", "Phó Tổng Lãnh sự"): the post goes on to where ("tại Việt Nam"). */
function diplomatAt(tokens: readonly Token[], i: number): boolean {
	return longestMatch(DIPLOMATS, tokens, tokens[i]?.key === DEPUTY ? i + 1 : i) > 0;
}

/**
 * Where the words of a body that starts at token `from` end, before `limit`: at a verb or a mark, past an
 * "(ABBR)", the full stop of "TP.", a dash inside a name, "và" between capitalised words. `origin` is where the
 * post started (a post is at most 17 tokens). `stopped`: ended by a word, not a mark.
 */
function bodyEnd(
	text: string,
	tokens: readonly Token[],
	origin: number,
	from: number,
	limit: number
): { next: number; stopped: boolean } {
	let j = from;
	while (j < limit) {
		const t = tokens[j]!;
		if (t.kind === 'punct') {
			if (t.text === '(' && tokens[j + 1] && isAllCaps(tokens[j + 1]!) && tokens[j + 2]?.text === ')') {
				j += 3;
				continue;
			}
			// "TP. Hồ Chí Minh": the full stop of an abbreviation inside a body.
			if (
				t.text === '.' &&
				isWord(tokens[j - 1], 'TP', 'Tp') &&
				isCap(tokens[j + 1]) &&
				t.start === tokens[j - 1]!.end
			) {
				j++;
				continue;
			}
			// "Hội Hữu nghị Việt Nam - Lào", "Sở Lao động - Thương binh và Xã hội": a dash before a capitalised
			// word that starts no post, person or name belongs to the body.
			if (
				(t.text === '-' || t.text === '–') &&
				j > from &&
				isCap(tokens[j + 1]) &&
				(isCap(tokens[j - 1]) || startsNothing(text, tokens, j + 1))
			) {
				j++;
				continue;
			}
			break;
		}
		if (t.kind === 'num') break;
		if (byPersonAt(text, tokens, j)) return { next: j, stopped: true };
		const stop = longestMatch(STOPS, tokens, j);
		if (stop > 0) {
			// "Sở Kế hoạch và Đầu tư": "và" between capitalised words stays in the body.
			const keep =
				isWord(t, 'và') &&
				isCap(tokens[j + 1]) &&
				headAt(tokens, j + 1) === 0 &&
				longestMatch(HONOR, tokens, j + 1) === 0 &&
				!titleAt(tokens, j + 1);
			// "Ủy ban Nhà nước về người Việt Nam ở nước ngoài (UBNNVNONN)": the abbreviation after the stop
			// spells the whole body, so the stop is inside it.
			const spelled = !keep && j > from ? spelledTo(tokens, from, j) : 0;
			if (spelled > 0) {
				j = spelled;
				continue;
			}
			// "Đại sứ Hàn Quốc tại Việt Nam", "Tổng Lãnh sự Lào tại Vinh": a diplomat's post names where.
			const posted = !keep && isWord(t, 'tại') && diplomatAt(tokens, origin);
			if (posted) {
				let k = j + 1;
				while (k < limit && k - j < 5 && isCap(tokens[k]) && headAt(tokens, k) === 0) k++;
				if (k > j + 1 && (k === limit || tokens[k]!.kind === 'punct' || longestMatch(STOPS, tokens, k) > 0)) {
					j = k;
					continue;
				}
			}
			if (!keep) return { next: j, stopped: true };
		}
		if (j - origin > 16) break;
		j++;
	}
	return { next: j, stopped: false };
}

/** Parses one post from tokens[i..limit): head, then body words up to a stopper. */
function postAt(
	text: string,
	tokens: readonly Token[],
	i: number,
	limit: number
): { title: string; rest: string; start: number; end: number; next: number; stopped: boolean } | null {
	const h = headAt(tokens, i);
	if (h === 0) return null;
	const { next: j, stopped } = bodyEnd(text, tokens, i, i + h, limit);
	const last = tokens[j - 1]!;
	return {
		title: text.slice(tokens[i]!.start, tokens[i + h - 1]!.end),
		rest: j > i + h ? text.slice(tokens[i + h]!.start, last.end) : '',
		start: tokens[i]!.start,
		end: last.end,
		next: j,
		stopped
	};
}

/** Posts in apposition after a name: ", POST, POST" or " - POST". */
function chainAfter(text: string, tokens: readonly Token[], i: number): Chain {
	const posts: Chain['posts'] = [];
	let j = i;
	let end = tokens[i - 1]?.end ?? 0;
	while (j < tokens.length) {
		const sep = tokens[j]!;
		if (!(sep.text === ',' || (posts.length === 0 && (sep.text === '-' || sep.text === '–')))) break;
		const p = postAt(text, tokens, j + 1, tokens.length);
		if (!p) {
			// "Bộ Văn hóa, Thể thao và Du lịch": a capitalised non-post after a body continues it.
			const prev = posts.at(-1);
			if (
				prev &&
				isCap(tokens[j + 1]) &&
				nameAt(text, tokens, j + 1, false) === 0 &&
				longestMatch(NOT_POST, tokens, j + 1) === 0 &&
				longestMatch(HONOR, tokens, j + 1) === 0
			) {
				let k = j + 1;
				// "Thể thao và Du lịch": "và" before a capitalised word that starts nothing stays in the body.
				while (
					k < tokens.length &&
					tokens[k]!.kind === 'word' &&
					(longestMatch(STOPS, tokens, k) === 0 ||
						(isWord(tokens[k], 'và') && isCap(tokens[k + 1]) && startsNothing(text, tokens, k + 1)))
				)
					k++;
				// It ends at a mark, or at a verb when it is the "X, Y và Z" of one name ("Bộ Văn hóa, Thể thao
				// và Du lịch dự lễ").
				const listed = tokens.slice(j + 1, k).some((t) => isWord(t, 'và'));
				if (
					k > j + 1 &&
					(tokens[k]?.text === ',' ||
						tokens[k]?.text === ';' ||
						k === tokens.length ||
						(listed && tokens[k]?.kind === 'word'))
				) {
					prev.rest = text.slice(prev.start + prev.title.length + 1, tokens[k - 1]!.end);
					prev.end = tokens[k - 1]!.end;
					end = prev.end;
					j = k;
					continue;
				}
			}
			break;
		}
		posts.push({ title: p.title, rest: p.rest, start: p.start, end: p.end });
		end = p.end;
		j = p.next;
		// "Phó Chủ tịch kiêm Tổng Thư ký VUFO": two posts, the first sharing the second's body.
		if (isWord(tokens[j], 'kiêm') && headAt(tokens, j + 1) > 0) {
			const q = postAt(text, tokens, j + 1, tokens.length);
			if (q) {
				if (p.rest === '') posts.at(-1)!.rest = q.rest;
				posts.push({ title: q.title, rest: q.rest, start: q.start, end: q.end });
				end = q.end;
				j = q.next;
				if (q.stopped && !isWord(tokens[j], 'kiêm')) break;
				continue;
			}
		}
		if (p.stopped) break;
	}
	return { posts, end, next: j };
}

/** Posts written before a name: "Phó Bí thư Thường trực Tỉnh uỷ, Trưởng đoàn ĐBQH tỉnh Ngô Hoàng Ngân". */
function chainBefore(text: string, tokens: readonly Token[], nameStart: number): Chain['posts'] {
	// The clause before the name: back to ";", ":", "(" or the sentence start.
	let from = nameStart;
	while (from > 0 && ![';', ':', '(', '"', '“'].includes(tokens[from - 1]!.text)) from--;
	// Comma segments of the clause, last first.
	const segments: [number, number][] = [];
	let segEnd = nameStart;
	for (let k = nameStart - 1; k >= from - 1; k--) {
		if (k < from || tokens[k]!.text === ',') {
			segments.push([k + 1, segEnd]);
			segEnd = k;
		}
	}
	const posts: Chain['posts'] = [];
	const [s0, e0] = segments[0] ?? [nameStart, nameStart];
	// In the segment next to the name, the first head with no verb between it and the name.
	let found = -1;
	for (let k = s0; k < e0; k++) {
		if (headAt(tokens, k) > 0) {
			let clean = true;
			for (let m = k; m < e0; m++)
				if (longestMatch(STOPS, tokens, m) > 0 && !isWord(tokens[m], 'và')) clean = false;
			if (clean) {
				found = k;
				break;
			}
		}
	}
	if (found === -1) return posts;
	const p = postAt(text, tokens, found, e0);
	if (!p || p.next !== e0) return posts;
	posts.unshift({ title: p.title, rest: p.rest, start: p.start, end: p.end });
	if (found !== s0) return posts;
	for (const [s, e] of segments.slice(1)) {
		const q = postAt(text, tokens, s, e);
		if (!q || q.next !== e) break;
		posts.unshift({ title: q.title, rest: q.rest, start: q.start, end: q.end });
	}
	return posts;
}

/** Completes a post: the province after "tỉnh", the head noun of "Trưởng ban X", a party organ's body. */
function resolve(
	raw: { title: string; rest: string },
	ctx: ArticleContext,
	fallbackBody: string | undefined
): { title: string; body?: string; post: string } {
	let title = raw.title;
	let rest = raw.rest;
	const restTokens = rest.split(' ').filter(Boolean);
	const organ = longestMatch(
		ORGANS,
		restTokens.map((w) => ({ text: w, start: 0, end: 0, kind: 'word', key: wordKey(w) })),
		0
	);
	if (organ > 0 && /^(phó\s+)?(ủy|uỷ)\s+viên$/iu.test(title.normalize('NFC'))) {
		title = `${title} ${restTokens.slice(0, organ).join(' ')}`;
		rest = restTokens.slice(organ).join(' ') || fallbackBody || '';
	}
	const province = ctx.province;
	const addPlace = (b: string): string => {
		if (!province || b.includes(province)) return b;
		const words = b.split(' ');
		const lastTwo = phraseKey(words.slice(-2).join(' '));
		const last = wordKey(words.at(-1) ?? '');
		if (PROVINCE_WORDS.has(last) || PROVINCE_WORDS.has(lastTwo)) return `${b} ${province}`;
		if (/^(tỉnh|thành)\s+(ủy|uỷ)$/iu.test(b)) return `${b} ${province}`;
		return b;
	};
	const member = /^(tỉnh|thành|huyện)\s+(ủy|uỷ)\s+viên$/iu.exec(title);
	if (member && rest === '') {
		// "Tỉnh ủy viên" is the post as written: "Tỉnh ủy viên Lạng Sơn" is not what the text says.
		return { title, body: addPlace(`${member[1]} ${member[2]}`), post: title };
	}
	if (rest === '') return { title, post: title };
	const lastWord = wordKey(title.split(' ').at(-1) ?? '');
	const noun = organ > 0 ? undefined : HEAD_NOUNS[lastWord];
	const body = addPlace(noun && wordKey(rest.split(' ')[0] ?? '') !== lastWord ? `${noun} ${rest}` : rest);
	const post = noun ? `${title} ${body.slice(noun.length + 1)}` : `${title} ${body}`;
	return { title, body, post };
}

/**
 * "đoàn của Hội hữu nghị Việt Nam - Cuba do ông A, Phó Chủ tịch Hội dẫn đầu": a body named by its first word
 * alone ("Hội", "Ủy ban") is the body of that word named earlier in the sentence.
 */
function widenBody(
	text: string,
	tokens: readonly Token[],
	r: { title: string; body?: string; post: string },
	before: number
): { title: string; body?: string; post: string } {
	if (r.body === undefined || (r.body.includes(' ') && !BARE_BODIES.has(phraseKey(r.body)))) return r;
	const words = r.body.split(' ');
	const key = wordKey(words[0]!);
	const limit = tokens.findIndex((t) => t.start >= before);
	const keys = words.map(wordKey);
	const at = tokens.findLastIndex(
		(t, k) => t.start < before && t.key === key && isCap(t) && keys.every((w, m) => tokens[k + m]?.key === w)
	);
	if (at === -1) return r;
	const { next } = bodyEnd(text, tokens, at, at + words.length, limit === -1 ? tokens.length : limit);
	if (next - at <= words.length) return r;
	const body = text.slice(tokens[at]!.start, tokens[next - 1]!.end);
	return { title: r.title, body, post: `${r.title} ${body}` };
}

/**
 * Where the body led by "do ông A ... làm Trưởng đoàn" starts, for "do" at token doAt: back over the words
 * before "do", over a whole bracket ("tỉnh Chăm-pa-xắc (Lào)"), a dash between capitalised words and "và"
 * before one, up to a verb or a mark. The body starts at the title's head noun ("đoàn công tác tỉnh Kiên
 * Giang"; not the "ban" of "Ủy ban"): then it is sure; else at the first capitalised word. doAt when none.
 */
function ledBodyStart(
	text: string,
	tokens: readonly Token[],
	doAt: number,
	title: string
): { at: number; sure: boolean } {
	let k = doAt;
	while (k > 0) {
		const t = tokens[k - 1]!;
		if (t.text === ')') {
			let open = k - 2;
			while (open >= 0 && tokens[open]!.kind === 'word') open--;
			if (open < 0 || tokens[open]!.text !== '(' || open === k - 2) break;
			k = open;
			continue;
		}
		const dash = (t.text === '-' || t.text === '–') && isCap(tokens[k - 2]) && isCap(tokens[k]);
		const and = isWord(t, 'và') && isCap(tokens[k]) && startsNothing(text, tokens, k);
		if (!dash && !and && (t.kind !== 'word' || longestMatch(STOPS, tokens, k - 1) > 0)) break;
		k--;
	}
	const noun = wordKey(title.split(' ').at(-1) ?? '');
	const head = HEAD_NOUNS[noun]
		? tokens
				.slice(k, doAt)
				.findLastIndex((t, m) => t.key === noun && !(m > 0 && longestMatch(BODY, tokens, k + m - 1) > 1))
		: -1;
	if (head !== -1) return { at: k + head, sure: true };
	while (k < doAt && !isCap(tokens[k])) k++;
	// A body never starts inside a bracket.
	return { at: tokens[k]?.text === ')' ? doAt : k, sure: false };
}

/** Side marker "về phía X có": returns [token index after it, side]. */
function sidesOf(text: string, tokens: readonly Token[]): { at: number; side: string }[] {
	const out: { at: number; side: string }[] = [];
	for (let i = 0; i + 2 < tokens.length; i++) {
		if (!isWord(tokens[i], 'về') || !isWord(tokens[i + 1], 'phía')) continue;
		let j = i + 2;
		while (j < tokens.length && tokens[j]!.kind === 'word' && !isWord(tokens[j], 'có', 'gồm') && j - i < 10)
			j++;
		if (j > i + 2) out.push({ at: j, side: text.slice(tokens[i + 2]!.start, tokens[j - 1]!.end) });
	}
	return out;
}

/**
 * Why a post may be wrong, or undefined: its body is a bare "Ủy ban" or "Sở" (the name is elsewhere, maybe
 * cut), or names nothing capitalised ("Giám đốc quốc gia"), a bracket is left open or closed alone, or the
 * post holds the person's own name (it ran on into "do ông A").
 */
function doubtOf(p: PostFound): string | undefined {
	const b = p.body;
	if (b !== undefined && (BARE_BODIES.has(phraseKey(b)) || !/\p{Lu}/u.test(b)))
		return 'Tên cơ quan có vẻ không đầy đủ: hãy đối chiếu với bài.';
	if ((p.post.match(/\(/g) ?? []).length !== (p.post.match(/\)/g) ?? []).length || p.post.includes(p.person))
		return 'Chức vụ có vẻ bị cắt sai: hãy đối chiếu với bài.';
	return undefined;
}

/** Every person-post stated in one sentence. */
export function findPosts(text: string, tokens: readonly Token[], ctx: ArticleContext): PostFound[] {
	const out: PostFound[] = [];
	const sides = sidesOf(text, tokens);
	const sideAt = (i: number) => sides.filter((s) => s.at <= i).at(-1)?.side;
	for (let i = 0; i < tokens.length; i++) {
		const h = longestMatch(HONOR, tokens, i);
		const honoured = h > 0 && isCap(tokens[i + h]);
		const at = honoured ? i + h : i;
		const n = nameAt(text, tokens, at, honoured);
		if (n === 0) continue;
		// "ông Doanh": a later mention by the given name alone.
		if (n < 2) {
			i = at;
			continue;
		}
		const nameEnd = at + n;
		const person = text.slice(tokens[at]!.start, tokens[nameEnd - 1]!.end);
		const honorific = honoured ? text.slice(tokens[i]!.start, tokens[i + h - 1]!.end) : '';
		const start = tokens[i]!.start;
		const side = sideAt(i);
		const chain = chainAfter(text, tokens, nameEnd);
		const before = honoured ? [] : chainBefore(text, tokens, at);
		const all = [...before, ...chain.posts];
		all.forEach((raw, k) => {
			const next = all[k + 1] ?? all[k - 1];
			const fallback = next ? resolve(next, ctx, undefined).body : undefined;
			const r = widenBody(text, tokens, resolve(raw, ctx, fallback), raw.start);
			const isBefore = k < before.length;
			out.push({
				person,
				honorific: honorific.toLowerCase(),
				...r,
				...(side !== undefined ? { side } : {}),
				start: isBefore ? raw.start : start,
				end: isBefore ? tokens[nameEnd - 1]!.end : raw.end
			});
		});
		// "Đoàn công tác của VUFO do ông A, Phó Chủ tịch VUFO làm Trưởng đoàn".
		const lam = chain.next;
		if (isWord(tokens[lam], 'làm') && headAt(tokens, lam + 1) > 0) {
			const p = postAt(text, tokens, lam + 1, tokens.length);
			const doAt = tokens[i - 1]?.key === 'do' ? i - 1 : -1;
			const led = p && doAt > 0 ? ledBodyStart(text, tokens, doAt, p.title) : { at: doAt, sure: true };
			const bodyStart = led.at;
			if (p && doAt === -1) {
				// "Đại hội đã bầu ông A làm Chủ tịch Hội": the post he was given.
				const r = widenBody(text, tokens, resolve(p, ctx, undefined), p.start);
				out.push({
					person,
					honorific: honorific.toLowerCase(),
					...r,
					...(side !== undefined ? { side } : {}),
					start,
					end: p.end
				});
			} else if (p && doAt > 0 && bodyStart < doAt) {
				const body = text.slice(tokens[bodyStart]!.start, tokens[doAt - 1]!.end);
				const r =
					p.rest === ''
						? resolve({ title: p.title, rest: body }, ctx, undefined)
						: resolve(p, ctx, undefined);
				out.push({
					person,
					honorific: honorific.toLowerCase(),
					...r,
					...(side !== undefined ? { side } : {}),
					...(p.rest === '' && !led.sure
						? { doubtful: 'Không rõ cơ quan mà người này đứng đầu: hãy đối chiếu với bài.' }
						: {}),
					start: tokens[bodyStart]!.start,
					end: p.end
				});
			}
		}
		i = Math.max(i, chain.next - 1, nameEnd - 1);
	}
	for (const p of out) {
		const doubt = p.doubtful ?? doubtOf(p);
		if (doubt) p.doubtful = doubt;
	}
	return out;
}
