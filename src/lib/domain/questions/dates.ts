/**
 * Questions about dates and periods ("sáng 23/3", "tháng 6/2020", "giai đoạn 2011 - 2020"). Wrong dates keep
 * the article's frame and change one number; a date the article gives without a year never gains one.
 */
import { capitalize, containsFolded, foldText } from '../facts/text';
import type { DateFact, Question } from '../types';
import { choice, cloze, flashcard, fromFact, trueFalsePair } from './build';
import type { Context } from './context';
import { askOf, fill } from './phrasing';

interface Token {
	start: number;
	end: number;
	text: string;
	role: 'day' | 'month' | 'year' | 'number';
}

function tokensOf(value: string): Token[] {
	const tokens: Token[] = [...value.matchAll(/\d+/g)].map((m) => ({
		start: m.index ?? 0,
		end: (m.index ?? 0) + m[0].length,
		text: m[0],
		role: m[0].length === 4 ? 'year' : 'number'
	}));
	for (let i = 0; i + 1 < tokens.length; i++) {
		const a = tokens[i]!;
		const b = tokens[i + 1]!;
		if (value.slice(a.end, b.start) !== '/') continue;
		if (b.role === 'year' && a.role === 'number') a.role = 'month';
		else if (a.role === 'number' && b.role === 'number') {
			a.role = 'day';
			b.role = 'month';
		}
	}
	return tokens;
}

function inRange(role: Token['role'], n: number): boolean {
	if (role === 'day') return n >= 1 && n <= 28;
	if (role === 'month') return n >= 1 && n <= 12;
	if (role === 'year') return n >= 1900 && n <= 2100;
	return n >= 1;
}

/** The latest year the article names ("2020"): no wrong date may lie past what the article could report. */
export function latestYear(source: string): number | undefined {
	const years = [...source.matchAll(/(?<!\d)(?:19|20)\d{2}(?!\d)/g)].map((m) => Number(m[0]));
	return years.length > 0 ? Math.max(...years) : undefined;
}

/**
 * Wrong versions of a date, one number changed at a time, closest first; a period keeps start < end, and no
 * year passes `latest` (a period "2011 - 2022" in an article that reports up to 2020 gives itself away).
 */
export function dateVariants(value: string, latest?: number): string[] {
	const tokens = tokensOf(value);
	const out: string[] = [];
	const seen = new Set([foldText(value)]);
	for (const step of [1, -1, 2, -2, 3, -3]) {
		for (const t of tokens) {
			const n = Number(t.text) + step;
			if (!inRange(t.role, n)) continue;
			// Years are never grouped (2011, not 2.011); a leading zero stays (05/2020).
			const text = value.slice(0, t.start) + String(n).padStart(t.text.length, '0') + value.slice(t.end);
			const years = tokensOf(text)
				.filter((x) => x.role === 'year')
				.map((x) => Number(x.text));
			if (years.length === 2 && /\s[-–]\s/.test(value) && years[0]! >= years[1]!) continue;
			if (latest !== undefined && years.some((y) => y > latest)) continue;
			if (!seen.has(foldText(text))) {
				seen.add(foldText(text));
				out.push(text);
			}
		}
	}
	return out;
}

const FRAMED = /^(?:sáng|trưa|chiều|tối|đêm|ngày|tháng|năm|quý|giai đoạn|từ|đầu|giữa|cuối)\s/iu;

/**
 * The reverse question of a date: "Sự việc nào trong bài diễn ra vào sáng 23/3?". A period is not a "thời
 * điểm" (a point in time): "… diễn ra trong giai đoạn 2011 - 2020?". A bare number gets its frame ("năm 2019").
 */
export function eventAt(fact: DateFact): string {
	const period = fact.endYear !== undefined || /\d\s*[-–]\s*\d/u.test(fact.value);
	const framed = FRAMED.test(fact.value)
		? fact.value
		: period
			? `giai đoạn ${fact.value}`
			: /^\d{4}$/u.test(fact.value)
				? `năm ${fact.value}`
				: `ngày ${fact.value}`;
	return `Sự việc nào trong bài diễn ra ${period ? 'trong' : 'vào'} ${framed}?`;
}

function statementWith(fact: DateFact, value: string): string {
	return fact.statement ? fill(fact.statement, value) : `Theo bài viết, ${fact.subject} là ${value}.`;
}

/** Flashcards, choice, true/false and a cloze for a date. */
export function dateQuestions(ctx: Context, fact: DateFact): Question[] {
	const out: (Question | null)[] = [];
	const base = fromFact(fact);
	const prompt = askOf(fact) ?? `Theo bài viết, ${fact.subject} là khi nào?`;
	const variants = dateVariants(fact.value, latestYear(ctx.source));
	out.push(flashcard(fact, 'forward', prompt, fact.value));
	// Reverse only when no other date reads the same or holds this one ("2011" inside "2011 - 2020").
	const same = ctx.facts.filter(
		(f) => f.kind === 'date' && f.damaged === undefined && containsFolded(f.value, fact.value)
	);
	if (same.length === 1) {
		out.push(
			flashcard(
				fact,
				'reverse',
				eventAt(fact),
				fact.statement ? statementWith(fact, fact.value) : capitalize(fact.subject)
			)
		);
	}
	const choiceId = `${fact.id}:choice`;
	out.push(
		choice(
			ctx,
			{ ...base, id: choiceId, prompt },
			fact.value,
			ctx.rng(choiceId).shuffle(variants.slice(0, 6)).slice(0, 3)
		)
	);
	out.push(
		...trueFalsePair(
			ctx,
			fact,
			(value) => statementWith(fact, value),
			fact.value,
			(rng) => (variants.length > 0 ? rng.pick(variants.slice(0, 4)) : undefined)
		)
	);
	out.push(cloze(ctx, fact, `${fact.id}:cloze`, fact.value));
	return out.filter((q): q is Question => q !== null);
}
