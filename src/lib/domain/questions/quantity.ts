/**
 * Questions about figures: counts ("08 cặp") and amounts ("trên 74 tỉ đồng"). Wrong values sit near the truth,
 * are written the article's way and keep the unit and scale.
 *
 * Qualified figures ("trên 74 tỉ đồng", "hơn 15.000 Việt kiều", "gần", "khoảng") are never asked with a
 * changed number: no one-of-four choice and no false true/false statement. "Trên 64 tỉ" is as true as "trên
 * 74 tỉ", so lower wrong values are true; higher ones alone make the right answer always the smallest option
 * (a giveaway); and "hơn 19.000 Việt kiều" is not contradicted by "hơn 15.000" (the article gives a floor, not
 * the number). Options written without the qualifier ("74 tỉ đồng" among "64", "84", "94") would drop what the
 * article says. So a qualified figure is asked only where the learner produces or recognises the article's own
 * figure: flashcards, numeric, cloze, the true statement and the match rounds. Its question asks for the bound
 * ("là trên bao nhiêu?", never "là bao nhiêu?") and its feedback says the article gives a bound (`note`).
 */
import { capitalize, containsFolded, foldText, parseWrittenNumber } from '../facts/text';
import type { Rng } from '../random';
import type { AmountFact, CountFact, Qualifier, Question } from '../types';
import { choice, cloze, flashcard, fromFact, makeQuestion, trueFalsePair, withNote } from './build';
import type { Context } from './context';
import { formatLike, nearbyNumbers, scaleFactor } from './numbers';
import { askOf, endsWithWords, fill, startsWithWords } from './phrasing';
import { alike, recallPrompt } from './variety';

export type QuantityFact = CountFact | AmountFact;

/** The unit after the number: "cặp", "tỉ đồng", "triệu USD". */
export function unitOf(fact: QuantityFact): string {
	return fact.kind === 'count' ? fact.unit : [fact.scale, fact.currency].filter((s) => s !== '').join(' ');
}

/** The figure as a learner reads it: qualifier, number as written, unit ("trên 74 tỉ đồng"). */
function figureText(fact: QuantityFact, written = fact.written): string {
	return [fact.qualifier, written, unitOf(fact)].filter((s) => s !== undefined && s !== '').join(' ');
}

/** The figure without its unit, for match rounds: "trên 74" would hide the scale, so amounts keep it. */
export function figureLabel(fact: QuantityFact): string {
	return fact.kind === 'count' ? [fact.qualifier, fact.written].filter(Boolean).join(' ') : figureText(fact);
}

/**
 * The statement with a given number. The template may carry the qualifier and unit itself ("trên {value} tỉ
 * đồng") or leave them to the value ("là {value}."): look at the words around `{value}` to know.
 */
function statementWith(fact: QuantityFact, written: string): string {
	const unit = unitOf(fact);
	if (fact.statement) {
		const [before = '', after = ''] = fact.statement.split('{value}');
		const scaleOnly = fact.kind === 'amount' && fact.scale !== '' && startsWithWords(after, fact.scale);
		const withUnit = !startsWithWords(after, unit) && !scaleOnly;
		const withQualifier = fact.qualifier !== undefined && !endsWithWords(before, fact.qualifier);
		const value = [withQualifier ? fact.qualifier : '', written, withUnit ? unit : '']
			.filter(Boolean)
			.join(' ');
		return fill(fact.statement, value);
	}
	if (fact.kind === 'count' && startsWithWords(fact.subject, unit)) {
		return `Theo bài viết, có ${[fact.qualifier, written].filter(Boolean).join(' ')} ${fact.subject}.`;
	}
	return `Theo bài viết, ${fact.subject} là ${figureText(fact, written)}.`;
}

/**
 * The fact's question, asking for a bound when the article gives one: "Tổng kinh phí ... là trên bao nhiêu?" for
 * "trên 74 tỉ đồng", never "là bao nhiêu?", which would ask for an exact figure the article does not give.
 */
export function boundedAsk(ask: string, qualifier: Qualifier | undefined): string | undefined {
	if (qualifier === undefined) return ask;
	if (containsFolded(ask, `${qualifier} bao nhiêu`)) return ask;
	const at = ask.search(/bao nhiêu/iu);
	if (at === -1) return undefined;
	const bound = at === 0 ? capitalize(qualifier) : qualifier;
	const rest = at === 0 ? ask.slice(at).replace(/^B/u, 'b') : ask.slice(at);
	return `${ask.slice(0, at)}${bound} ${rest}`;
}

function promptOf(fact: QuantityFact): string {
	const ask = askOf(fact);
	const bounded = ask !== undefined ? boundedAsk(ask, fact.qualifier) : undefined;
	if (bounded) return bounded;
	const howMany = fact.qualifier ? `${fact.qualifier} bao nhiêu` : 'bao nhiêu';
	if (fact.kind === 'count' && startsWithWords(fact.subject, fact.unit)) {
		return `Theo bài viết, có ${howMany} ${fact.subject}?`;
	}
	return `Theo bài viết, ${fact.subject} là ${howMany}?`;
}

/**
 * What the feedback says of a qualified figure: the article gives a bound or an estimate, not the number.
 * Undefined for an exact figure.
 */
export function boundNote(fact: QuantityFact): string | undefined {
	const q = fact.qualifier;
	if (q === undefined) return undefined;
	const figure = `“${figureText(fact)}”`;
	switch (q) {
		case 'trên':
		case 'hơn':
		case 'ít nhất':
			return `Bài viết chỉ nêu mức tối thiểu (${figure}), không nêu con số chính xác.`;
		case 'dưới':
			return `Bài viết chỉ nêu mức tối đa (${figure}), không nêu con số chính xác.`;
		case 'khoảng':
		case 'gần':
			return `Bài viết chỉ nêu con số ước chừng (${figure}), không nêu con số chính xác.`;
	}
}

/** What the article's parts and wholes allow a wrong value of this figure to be. */
interface Bounds {
	/** A part is never more than its whole (07 "cặp Bản - Bản" of 08 pairs). */
	max?: number;
	/** A whole is never less than one of its parts. */
	min?: number;
}

function boundsOf(ctx: Context, fact: QuantityFact): Bounds {
	const figures = ctx.facts.filter((f): f is QuantityFact => f.kind === 'count' || f.kind === 'amount');
	const whole = fact.partOf !== undefined ? figures.find((f) => f.id === fact.partOf) : undefined;
	const parts = figures.filter((f) => f.partOf === fact.id);
	return {
		...(whole ? { max: whole.value } : {}),
		...(parts.length > 0 ? { min: Math.max(...parts.map((p) => p.value)) } : {})
	};
}

function valueOf(written: string): number {
	return parseWrittenNumber(written) ?? Number.NaN;
}

function within(written: string, fact: QuantityFact, bounds: Bounds): boolean {
	const v = valueOf(written);
	if (!Number.isFinite(v) || v === fact.value) return false;
	return (bounds.max === undefined || v <= bounds.max) && (bounds.min === undefined || v >= bounds.min);
}

/** Near enough to be a plausible slip of memory (the audit's bound): ±5 for small counts, else ×0.4 to ×2.5. */
function plausible(v: number, truth: number): boolean {
	return truth <= 10 ? Math.abs(v - truth) <= 5 : v / truth >= 0.4 && v / truth <= 2.5;
}

/**
 * Three wrong values for a figure's choice, written the article's way. The article's own figures of the same
 * unit come first (56 beside 74 tỉ đồng, 20 beside 31 tổ chức), then numbers near the truth; a part never
 * over its whole, a whole never under a part. The answer's rank among the four options is drawn uniformly by
 * the question's generator (the nearest rank the values allow), so it is not the smallest or the largest more
 * often than chance.
 */
export function figureOptions(ctx: Context, fact: QuantityFact, rng: Rng): string[] {
	const bounds = boundsOf(ctx, fact);
	const seen = new Set<number>([fact.value]);
	const candidates: string[] = [];
	for (const w of [
		...confusableFigures(ctx, fact).filter((w) => plausible(valueOf(w), fact.value)),
		...nearbyNumbers(fact.value, fact.written, 'both')
	]) {
		const v = valueOf(w);
		if (seen.has(v) || !within(w, fact, bounds)) continue;
		seen.add(v);
		candidates.push(w);
	}
	const below = candidates.filter((w) => valueOf(w) < fact.value);
	const above = candidates.filter((w) => valueOf(w) > fact.value);
	const wanted = rng.int(4);
	const feasible = [0, 1, 2, 3].filter((r) => below.length >= r && above.length >= 3 - r);
	if (feasible.length === 0) return [];
	const rank = feasible.reduce((best, r) => (Math.abs(r - wanted) < Math.abs(best - wanted) ? r : best));
	return [...below.slice(0, rank), ...above.slice(0, 3 - rank)];
}

/**
 * The article's other figures of the same unit and scale, written the article's way ("07", "01" beside "08
 * cặp"; "74" beside "56 tỉ đồng": "74 tỉ đồng" is false for the 56, though the article gives 74 as a floor), in
 * value order, without this fact's value.
 */
export function confusableFigures(ctx: Context, fact: QuantityFact): string[] {
	const unit = foldText(unitOf(fact));
	const seen = new Set<number>([fact.value]);
	return ctx.facts
		.filter(
			(f): f is QuantityFact =>
				(f.kind === 'count' || f.kind === 'amount') && f.kind === fact.kind && foldText(unitOf(f)) === unit
		)
		.sort((a, b) => a.value - b.value)
		.filter((f) => !seen.has(f.value) && (seen.add(f.value), true))
		.map((f) => formatLike(f.value, fact.written));
}

const figureCountCache = new WeakMap<Context, Map<string, number>>();

/** How many figures of the deck read the same way, by folded figure text (computed once per context). */
function figureCounts(ctx: Context): Map<string, number> {
	let counts = figureCountCache.get(ctx);
	if (!counts) {
		counts = new Map();
		for (const f of ctx.facts) {
			if (f.kind !== 'count' && f.kind !== 'amount') continue;
			const key = foldText(figureText(f));
			counts.set(key, (counts.get(key) ?? 0) + 1);
		}
		// "10 tổ chức" would also read as part of "10 tổ chức PCPNN": count such figures as the same.
		const keys = [...counts.keys()];
		for (const a of keys) {
			for (const b of keys) if (a !== b && containsFolded(b, a)) counts.set(a, (counts.get(a) ?? 0) + 1);
		}
		figureCountCache.set(ctx, counts);
	}
	return counts;
}

/** Flashcards both ways, choice, numeric, true/false both ways and a cloze for one figure. */
export function quantityQuestions(ctx: Context, fact: QuantityFact): Question[] {
	const out: (Question | null)[] = [];
	const base = fromFact(fact);
	const prompt = promptOf(fact);
	const answer = figureText(fact);
	// A qualified figure gets no wrong values at all (see the header): nothing to choose from, nothing to falsify.
	const near = fact.qualifier === undefined ? nearbyNumbers(fact.value, fact.written, 'both') : [];

	out.push(flashcard(fact, 'forward', prompt, answer));

	// Reverse only when no other figure of the deck reads the same ("08" pairs and "08" projects differ by unit).
	if (figureCounts(ctx).get(foldText(answer)) === 1) {
		out.push(
			flashcard(
				fact,
				'reverse',
				`Trong bài, con số “${answer}” nói về điều gì?`,
				fact.statement ? statementWith(fact, fact.written) : capitalize(fact.subject)
			)
		);
	}

	const choiceId = `${fact.id}:choice`;
	let asChoice: Question | null = null;
	if (fact.qualifier === undefined) {
		const wrong = figureOptions(ctx, fact, ctx.rng(choiceId)).map((w) => figureText(fact, w));
		asChoice = choice(ctx, { ...base, id: choiceId, prompt }, answer, wrong);
		out.push(asChoice);
	}

	// A learner types "8" for "08" and "1797" for "1.797": accept the plain integer too.
	const accept = Number.isInteger(fact.value) ? [String(fact.value)] : [];
	const blank = cloze(ctx, fact, `${fact.id}:cloze`, fact.written, { numeric: true, accept });
	// One wording per fact in a quiz (variety.ts): the numeric never repeats the choice's question. It stays
	// beside the article's cloze: it asks the figure as a quantity (its unit shown, any way of writing the
	// number taken), where the cloze asks the article's words; unless both read as one sentence, and then the
	// numeric adds nothing.
	const numericPrompt = asChoice
		? recallPrompt(prompt, undefined, (gap) => statementWith(fact, gap))
		: prompt;
	if (!blank || !alike(numericPrompt, blank.prompt))
		out.push(
			makeQuestion({
				...base,
				id: `${fact.id}:numeric`,
				type: 'numeric',
				prompt: numericPrompt,
				answer,
				numeric: {
					value:
						fact.kind === 'amount'
							? Math.round(fact.value * scaleFactor(fact.scale) * 1e6) / 1e6
							: fact.value,
					unit: unitOf(fact),
					inUnit: fact.value
				}
			})
		);

	// False by the article: the exact figure it gives rules out any other; one of its own figures of the same
	// unit makes the most instructive swap ("07 cặp" for the 08 pairs in all). Never a part over its whole.
	const bounds = boundsOf(ctx, fact);
	const own =
		fact.qualifier === undefined ? confusableFigures(ctx, fact).filter((w) => within(w, fact, bounds)) : [];
	const nearInBounds = near.filter((w) => within(w, fact, bounds));
	out.push(
		...trueFalsePair(
			ctx,
			fact,
			(written) => statementWith(fact, written),
			fact.written,
			(rng) =>
				own.length > 0
					? rng.pick(own)
					: nearInBounds.length > 0
						? rng.pick(nearInBounds.slice(0, 4))
						: undefined
		)
	);

	out.push(blank);
	const note = boundNote(fact);
	const questions = out.filter((q): q is Question => q !== null);
	return note ? questions.map((q) => withNote(q, note)) : questions;
}
