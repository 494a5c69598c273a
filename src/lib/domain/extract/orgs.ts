/**
 * Abbreviations with their long forms: "tổ chức phi chính phủ nước ngoài (PCPNN)" (the initials match),
 * "Ban Điều phối viện trợ nhân dân (PACCOM)" (a body named before the brackets), "VUFO (Liên hiệp ...)".
 */
import { BODY_HEADS } from './data/posts';
import { buildTrie, longestMatch, type Token } from './tokens';

export interface OrgFound {
	name: string;
	value: string;
	start: number;
	end: number;
}

const BODIES = buildTrie(BODY_HEADS);
const ACRONYM = /^[A-ZĐ][A-ZĐ0-9&]{1,11}$/u;

function initial(word: string): string {
	return word.normalize('NFD')[0]!.toUpperCase();
}

function lettersOf(name: string): string {
	return name
		.normalize('NFD')
		.replace(/[^A-Z]/g, '')
		.replace(/Đ/g, 'D');
}

/**
 * True when the words spell the abbreviation by their initials: all of them ("phi chính phủ nước ngoài",
 * PCPNN), or all but up to two words inside, the first and the last always counted ("Ủy ban Nhà nước
 * về người Việt Nam ở nước ngoài", UBNNVNONN).
 */
export function spells(abbr: string, words: readonly string[]): boolean {
	const letters = lettersOf(abbr).replace(/Đ/g, 'D');
	const initials = words.map((w) => initial(w).replace('Đ', 'D')).join('');
	const skip = initials.length - letters.length;
	if (skip < 0 || skip > Math.min(2, Math.floor(letters.length / 3))) return false;
	if (initials[0] !== letters[0] || initials.at(-1) !== letters.at(-1)) return false;
	let k = 0;
	for (const c of initials) if (c === letters[k]) k++;
	return k === letters.length;
}

/** Case-insensitive body head at i ("ban" in "Phó Trưởng ban Điều phối ..." starts "Ban Điều phối ..."). */
function bodyAt(tokens: readonly Token[], i: number): number {
	return longestMatch(BODIES, tokens, i);
}

/** Abbreviations defined in one sentence. */
export function findOrgs(text: string, tokens: readonly Token[]): OrgFound[] {
	const out: OrgFound[] = [];
	for (let i = 1; i + 2 < tokens.length; i++) {
		if (tokens[i]!.text !== '(' || tokens[i + 2]!.text !== ')') continue;
		const abbr = tokens[i + 1]!;
		if (abbr.kind !== 'word' || !ACRONYM.test(abbr.text)) continue;
		const letters = lettersOf(abbr.text);
		const end = tokens[i + 2]!.end;
		// Initials: the last words before the bracket spell the abbreviation (the fewest that do).
		let from = -1;
		for (let f = i - letters.length; f >= Math.max(0, i - letters.length - 2) && from === -1; f--) {
			const words = tokens.slice(f, i);
			if (
				words.every((t) => t.kind === 'word') &&
				spells(
					abbr.text,
					words.map((t) => t.text)
				)
			)
				from = f;
		}
		if (from !== -1) {
			out.push({
				name: abbr.text,
				value: text.slice(tokens[from]!.start, tokens[i - 1]!.end),
				start: tokens[from]!.start,
				end
			});
			continue;
		}
		// A body named before the bracket, within ten words; not the "ban" of "Ủy ban".
		for (let k = Math.max(0, i - 10); k < i; k++) {
			if (tokens.slice(k, i).some((t) => t.kind !== 'word')) continue;
			if (k > 0 && tokens[k - 1]!.kind === 'word' && bodyAt(tokens, k - 1) > 1) continue;
			if (bodyAt(tokens, k) > 0 && i - k >= 2) {
				const raw = text.slice(tokens[k]!.start, tokens[i - 1]!.end);
				const value = raw[0]!.toUpperCase() + raw.slice(1);
				out.push({ name: abbr.text, value, start: tokens[k]!.start, end });
				break;
			}
		}
	}
	// "VUFO (Liên hiệp các tổ chức hữu nghị Việt Nam)": the long form inside the brackets.
	for (let i = 0; i + 3 < tokens.length; i++) {
		const abbr = tokens[i]!;
		if (abbr.kind !== 'word' || !ACRONYM.test(abbr.text) || tokens[i + 1]!.text !== '(') continue;
		let close = i + 2;
		while (close < tokens.length && close < i + 16 && tokens[close]!.text !== ')') close++;
		if (tokens[close]?.text !== ')' || close - i < 4) continue;
		const inside = tokens.slice(i + 2, close);
		if (!inside.every((t) => t.kind === 'word') || !/^\p{Lu}/u.test(inside[0]!.text)) continue;
		const spelled = inside.map((t) => initial(t.text)).join('');
		if (bodyAt(tokens, i + 2) === 0 && !spelled.includes(lettersOf(abbr.text))) continue;
		out.push({
			name: abbr.text,
			value: text.slice(inside[0]!.start, inside.at(-1)!.end),
			start: abbr.start,
			end: tokens[close]!.end
		});
	}
	return out;
}
