/**
 * What the whole article tells about itself: its province (most often named) and its date (from a dateline,
 * else the first dated caption or sentence). Used to resolve "UBND tỉnh" and shown on the review screen.
 */
import type { CleanText } from './clean';
import { CITIES, PROVINCES } from './data/places';

export interface ArticleContext {
	/** The province or city the article is about, when one is named more than any other. */
	province?: string;
	/** True when `province` is a centrally-run city ("thành phố"). */
	city?: boolean;
	/** The article's date as written ("23/3", "23/03/2021"), from a dateline or the first dated line. */
	date?: string;
	/** The byline as written ("N.Nghiêm/Thời đại"), when there is one. */
	byline?: string;
}

function escape(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// One alternation of every province, longest first so "Hà Nam" never hides "Hà Nam Ninh"-like prefixes.
const PROVINCE_RE = new RegExp(
	`(?<![\\p{L}])(${[...PROVINCES]
		.sort((a, b) => b.length - a.length)
		.map(escape)
		.join('|')})(?![\\p{L}])`,
	'gu'
);

/** Reads the article's context from its cleaned lines. */
export function articleContext(clean: CleanText): ArticleContext {
	const counts = new Map<string, number>();
	for (const m of clean.text.matchAll(PROVINCE_RE)) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
	let province: string | undefined;
	let best = 0;
	for (const [name, n] of counts) {
		if (n > best) {
			best = n;
			province = name;
		}
	}
	const ctx: ArticleContext = {};
	if (province !== undefined) {
		ctx.province = province;
		if (CITIES.includes(province)) ctx.city = true;
	}
	const dateRe = /(?<![\d/])(\d{1,2}\/\d{1,2}(?:\/\d{4})?)(?![\d/])/;
	const ordered = [...clean.lines].sort((a, b) => rank(a.role) - rank(b.role) || a.start - b.start);
	for (const line of ordered) {
		const m = dateRe.exec(clean.text.slice(line.start, Math.min(line.end, line.start + 2000)));
		if (m) {
			ctx.date = m[1]!;
			break;
		}
	}
	const byline = clean.lines.find((l) => l.role === 'byline');
	if (byline) ctx.byline = clean.text.slice(byline.start, byline.end);
	return ctx;
}

function rank(role: string): number {
	return role === 'dateline' ? 0 : role === 'caption' ? 1 : 2;
}
