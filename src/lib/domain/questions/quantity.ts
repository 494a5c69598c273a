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
import { capitalize, containsFolded, foldText } from '../facts/text';
import type { AmountFact, CountFact, Qualifier, Question } from '../types';
import { choice, cloze, flashcard, fromFact, makeQuestion, trueFalsePair, withNote } from './build';
import type { Context } from './context';
import { formatLike, nearbyNumbers, scaleFactor } from './numbers';
import { askOf, endsWithWords, fill, startsWithWords } from './phrasing';

export type QuantityFact = CountFact | AmountFact;

/** The unit after the number: "cặp", "tỉ đồng", "triệu USD". */
export function unitOf(fact: QuantityFact): string {
	return fact.kind === 'count' ? fact.unit : [fact.scale, fact.currency].filter((s) => s !== '').join(' ');
}

/** The figure as a learner reads it: qualifier, number as written, unit ("trên 74 tỉ đồng"). */
export function figureText(fact: QuantityFact, written = fact.written): string {
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

/**
 * The article's other exact figures of the same unit and scale, written the article's way ("07", "01" beside
 * "08 cặp"; "56" beside "74 tỉ đồng"), in value order, without this fact's value.
 */
export function confusableFigures(ctx: Context, fact: QuantityFact): string[] {
	const unit = foldText(unitOf(fact));
	const seen = new Set<number>([fact.value]);
	return ctx.facts
		.filter(
			(f): f is QuantityFact =>
				(f.kind === 'count' || f.kind === 'amount') &&
				f.kind === fact.kind &&
				f.qualifier === undefined &&
				foldText(unitOf(f)) === unit
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
	const wrong = ctx
		.rng(choiceId)
		.shuffle(near.slice(0, 6))
		.slice(0, 3)
		.map((w) => figureText(fact, w));
	out.push(choice(ctx, { ...base, id: choiceId, prompt }, answer, wrong));

	out.push(
		makeQuestion({
			...base,
			id: `${fact.id}:numeric`,
			type: 'numeric',
			prompt,
			answer,
			numeric: {
				value:
					fact.kind === 'amount' ? Math.round(fact.value * scaleFactor(fact.scale) * 1e6) / 1e6 : fact.value,
				unit: unitOf(fact),
				inUnit: fact.value
			}
		})
	);

	// False by the article: the exact figure it gives rules out any other; one of its own figures of the same
	// unit makes the most instructive swap ("07 cặp" for the 08 pairs in all).
	const own = fact.qualifier === undefined ? confusableFigures(ctx, fact) : [];
	out.push(
		...trueFalsePair(
			ctx,
			fact,
			(written) => statementWith(fact, written),
			fact.written,
			(rng) => (own.length > 0 ? rng.pick(own) : near.length > 0 ? rng.pick(near.slice(0, 4)) : undefined)
		)
	);

	// A learner types "8" for "08" and "1797" for "1.797": accept the plain integer too.
	const accept = Number.isInteger(fact.value) ? [String(fact.value)] : [];
	out.push(cloze(ctx, fact, `${fact.id}:cloze`, fact.written, { numeric: true, accept }));
	const note = boundNote(fact);
	const questions = out.filter((q): q is Question => q !== null);
	return note ? questions.map((q) => withNote(q, note)) : questions;
}
