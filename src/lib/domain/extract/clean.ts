/**
 * Cleaning: whatever was pasted (NFD text, HTML, text with soft hyphens and non-breaking spaces) becomes one
 * NFC text of trimmed lines, each with a role. Facts come from body lines; captions give context and only
 * doubtful facts; bylines, datelines, credits and related links give context only. Every offset the
 * extractor reports refers to `text`.
 */
import { fold, startsWithFolded } from './fold';
import { CAPTION_MARK, htmlToText, looksLikeHtml } from './html';
import { CREDIT_PREFIXES, PUBLISHERS, RELATED_PREFIXES } from './data/lines';

type LineRole = 'body' | 'heading' | 'caption' | 'byline' | 'dateline' | 'credit' | 'related';

interface Line {
	start: number;
	end: number;
	role: LineRole;
}

export interface CleanText {
	text: string;
	lines: Line[];
	/** True when the input was HTML. */
	html: boolean;
}

const INVISIBLE = /[\u00ad\u200b-\u200f\u2060-\u2064\ufeff\u061c\u180e]/g;
const SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\v\f]/g;
// Control characters are what this pattern is for.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000\u0002-\u0008\u000e-\u001f\u007f]/g;

/** Normalises characters: NFC, invisible characters removed, odd spaces made plain, line ends unified. */
function normalizeChars(text: string): string {
	return text
		.replace(/\r\n?|\u2028|\u2029|\u0085/g, '\n')
		.replace(INVISIBLE, '')
		.replace(SPACES, ' ')
		.replace(CONTROLS, '')
		.normalize('NFC');
}

const TERMINAL = /[.!?…:;"”»)\]|]$/u;
const DATELINE =
	/^(?:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)\s*,?\s*)?(?:ngày\s+)?\d{1,2}[/-]\d{1,2}[/-]\d{4}(?:\s*[,-]?\s*\d{1,2}[:h]\d{2}(?:\s*\(?GMT[+-]\d+\)?)?)?\s*$/iu;

function words(line: string): number {
	return line.split(/\s+/).filter(Boolean).length;
}

function isByline(line: string, index: number, count: number): boolean {
	if (index < count - 2 && index > 0) return false;
	if (words(line) > 7 || /[.!?:;]$/.test(line)) return false;
	if (/^(theo|nguồn)\s/iu.test(line)) return true;
	if (PUBLISHERS.some((p) => line.includes(p))) return true;
	// "N.Nghiêm", "Minh Anh": capitalised words only, or initials with a slash.
	return index === count - 1 && (/\//.test(line) || /^(\p{Lu}[\p{L}.]*\s?){1,4}$/u.test(line));
}

function roleOf(line: string, index: number, count: number, marked: boolean): LineRole {
	// Only the line's start decides these roles: a megabyte-long line is never folded whole.
	const folded = fold(line.slice(0, 40));
	if (RELATED_PREFIXES.some((p) => startsWithFolded(folded, p))) return 'related';
	if (CREDIT_PREFIXES.some((p) => startsWithFolded(folded, p))) return 'credit';
	if (marked || /\|\s*$/.test(line) || /\((ảnh|nguồn)\s*:[^)]*\)\s*$/iu.test(line)) return 'caption';
	if (DATELINE.test(line)) return 'dateline';
	if (isByline(line, index, count)) return 'byline';
	if (!TERMINAL.test(line) && words(line) <= 16) return 'heading';
	return 'body';
}

/** Cleans pasted text or HTML into trimmed NFC lines with roles. Linear in the input's length. */
export function cleanText(input: string): CleanText {
	const html = looksLikeHtml(input);
	const raw = normalizeChars(html ? htmlToText(input) : input);
	const pieces = raw.split('\n');
	const kept: { text: string; marked: boolean }[] = [];
	for (const piece of pieces) {
		const marked = piece.includes(CAPTION_MARK);
		const text = piece.split(CAPTION_MARK).join('').replace(/ {2,}/g, ' ').trim();
		if (text !== '') kept.push({ text, marked });
		else if (marked && kept.length === 0) continue;
	}
	const lines: Line[] = [];
	let offset = 0;
	kept.forEach((k, i) => {
		lines.push({
			start: offset,
			end: offset + k.text.length,
			role: roleOf(k.text, i, kept.length, k.marked)
		});
		offset += k.text.length + 1;
	});
	return { text: kept.map((k) => k.text).join('\n'), lines, html };
}
