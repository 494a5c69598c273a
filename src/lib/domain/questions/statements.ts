/**
 * Questions about any other stated fact with one key value ("Quảng Ninh như một Việt Nam thu nhỏ"). Wrong
 * values come from the fact's own `wrong` list (written to be false), then its pool.
 */
import { foldText } from '../facts/text';
import type { Question, StatementFact } from '../types';
import { choice, cloze, flashcard, fromFact, trueFalsePair, typed } from './build';
import { pickDistinct, type Context } from './context';
import { askOf, fill } from './phrasing';
import { recallPrompt } from './variety';

const valuesCache = new WeakMap<Context, Set<string>>();

/** The values the article gives its statement facts, and its people's names, folded: what a swap may use. */
function otherValues(ctx: Context): Set<string> {
	let values = valuesCache.get(ctx);
	if (!values) {
		values = new Set();
		for (const f of ctx.facts) {
			if (f.kind === 'statement') values.add(foldText(f.value));
			if (f.kind === 'person-post') values.add(foldText(f.person));
		}
		valuesCache.set(ctx, values);
	}
	return values;
}

function statementWith(fact: StatementFact, value: string): string {
	return fact.statement ? fill(fact.statement, value) : `Theo bài viết, ${fact.subject} là ${value}.`;
}

/** Flashcard, choice, typed (short values), true/false and a cloze. */
export function statementQuestions(ctx: Context, fact: StatementFact): Question[] {
	const out: (Question | null)[] = [];
	const base = fromFact(fact);
	const ask = askOf(fact);
	const prompt =
		ask ??
		(fact.statement
			? `Hoàn thành câu sau: ${fill(fact.statement, '…')}`
			: `Theo bài viết, ${fact.subject} là gì?`);
	const wrongPool = [...(fact.wrong ?? []), ...(fact.pool !== undefined ? (ctx.pools[fact.pool] ?? []) : [])];

	out.push(flashcard(fact, 'forward', prompt, fact.value));
	const choiceId = `${fact.id}:choice`;
	// Hand-written wrong values first: they were chosen for this very fact.
	// Up to six candidates: the choice keeps the three nearest the answer in length.
	const own = pickDistinct(fact.wrong ?? [], [fact.value], 6, ctx.rng(choiceId));
	const wrong =
		own.length >= 3
			? own
			: [...own, ...pickDistinct(wrongPool, [fact.value, ...own], 6 - own.length, ctx.rng(choiceId))];
	const asChoice = choice(ctx, { ...base, id: choiceId, prompt }, fact.value, wrong);
	out.push(asChoice);
	// One wording per fact in a quiz (variety.ts): the typed recall of the value is left out when the article's
	// cloze already asks it, and otherwise does not repeat the choice's question. typed() refuses answers too
	// long to type (more than MAX_TYPED_WORDS words).
	const blank = cloze(ctx, fact, `${fact.id}:cloze`, fact.value);
	if (ask && !blank) {
		const typedPrompt = asChoice ? recallPrompt(ask, fact.statement) : ask;
		out.push(typed(ctx, { ...base, id: `${fact.id}:typed`, prompt: typedPrompt }, fact.value));
	}
	out.push(
		...trueFalsePair(
			ctx,
			fact,
			(value) => statementWith(fact, value),
			fact.value,
			// False by the article: a value the article gives another fact of the kind (another speaker, another
			// proposal), never one it merely does not mention ("độc lập, tự chủ" may well be true of the province
			// too) nor a phrase it uses for something else ("bảo vệ môi trường" is an NGO field, not a movement).
			(rng) =>
				pickDistinct(
					wrongPool.filter((w) => otherValues(ctx).has(foldText(w))),
					[fact.value],
					1,
					rng
				)[0]
		)
	);
	out.push(blank);
	return out.filter((q): q is Question => q !== null);
}
