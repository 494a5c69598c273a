/**
 * Questions about organisations and abbreviations (PACCOM = Ban Điều phối viện trợ nhân dân). Both directions
 * when the name is an abbreviation; wrong options are other organisations of the article, then the pool.
 */
import { foldText } from '../facts/text';
import type { OrgFact, Question } from '../types';
import { choice, cloze, flashcard, fromFact, trueFalsePair, typed } from './build';
import { pickDistinct, type Context } from './context';
import { askOf, fill } from './phrasing';

/** Values the article gives from the same pool: other orgs of the pool, items of lists drawing on it. */
function sameKindInArticle(ctx: Context, fact: OrgFact, pool: string): string[] {
	const own = foldText(fact.value);
	return ctx.facts
		.flatMap((f) =>
			f.id === fact.id || !('pool' in f) || f.pool !== pool
				? []
				: f.kind === 'org'
					? [f.value]
					: f.kind === 'list'
						? f.items
						: []
		)
		.filter((v) => foldText(v) !== own);
}

/** "PACCOM", "PCPNN", "UBND": upper-case letters only. */
function isAbbreviation(name: string): boolean {
	return /^[A-ZĐ][A-ZĐ0-9&-]{1,11}$/u.test(name);
}

function statementWith(fact: OrgFact, value: string): string {
	if (fact.statement) return fill(fact.statement, value);
	return isAbbreviation(fact.name)
		? `${fact.name} là tên viết tắt của ${value}.`
		: `Theo bài viết, ${fact.name} là ${value}.`;
}

/** Flashcards both ways, choice, typed, true/false and a cloze. */
export function orgQuestions(ctx: Context, fact: OrgFact): Question[] {
	const out: (Question | null)[] = [];
	const base = fromFact(fact);
	const abbreviation = isAbbreviation(fact.name);
	const prompt =
		askOf(fact) ??
		(abbreviation ? `${fact.name} là tên viết tắt của gì?` : `Theo bài viết, ${fact.name} là gì?`);
	// Wrong options of the same kind: what the article names from the same pool (another unit of VUFO for
	// PACCOM, from the list of the units at the meeting), never an NGO category offered as a unit.
	const others = fact.pool === undefined ? [] : sameKindInArticle(ctx, fact, fact.pool);
	const pool = fact.pool !== undefined ? (ctx.pools[fact.pool] ?? []) : [];

	out.push(flashcard(fact, 'forward', prompt, fact.value));
	if (abbreviation) {
		const reverse = `Tên viết tắt của ${fact.value} là gì?`;
		out.push(flashcard(fact, 'reverse', reverse, fact.name));
		out.push(typed(ctx, { ...base, id: `${fact.id}:typed`, prompt: reverse }, fact.name));
	}
	const choiceId = `${fact.id}:choice`;
	const rng = ctx.rng(choiceId);
	// The article's own values of the kind first; up to six, of which the choice keeps those nearest in length.
	let wrong = pickDistinct(others, [fact.value], 6, rng);
	if (wrong.length < 3)
		wrong = [...wrong, ...pickDistinct(pool, [fact.value, ...wrong], 6 - wrong.length, rng)];
	out.push(choice(ctx, { ...base, id: choiceId, prompt }, fact.value, wrong));

	out.push(
		...trueFalsePair(
			ctx,
			fact,
			(value) => statementWith(fact, value),
			fact.value,
			// Another body the article names: the article gives this name one meaning, which that one contradicts.
			(falseRng) => pickDistinct(others, [fact.value], 1, falseRng)[0]
		)
	);

	out.push(
		cloze(ctx, fact, `${fact.id}:cloze`, fact.name) ?? cloze(ctx, fact, `${fact.id}:cloze`, fact.value)
	);
	return out.filter((q): q is Question => q !== null);
}
