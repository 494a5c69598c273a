/**
 * Questions about closed lists: the three northern Lao provinces, the four words of VUFO's motto, the units of
 * a delegation. Wrong options come from the fact's pool and from other lists drawing on the same pool, never
 * from the list itself.
 */
import { findFolded, foldText } from '../facts/text';
import type { ListFact, Question } from '../types';
import { MAX_TYPED_WORDS, typedWords } from './aliases';
import { choice, cloze, flashcard, fromFact, multi, trueFalsePair, typed } from './build';
import { joinVi, pickDistinct, slug, type Context } from './context';
import { askOf, fill } from './phrasing';

const MAX_OPTION_LENGTH = 60;
const MAX_OPTION_WORDS = 12;
const MAX_LIST_CLOZES = 2;
const COUNTED = /^(hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|các|những|\d+)\s/iu;

/** The list's items as one phrase: "A, B và C", or "A, B, C" when the order is the article's own. */
function listText(fact: ListFact, items: readonly string[] = fact.items): string {
	return fact.ordered ? items.join(', ') : joinVi(items);
}

/**
 * A statement about ONE item. Hand-written list statements are read per item ("\"{value}\" là một từ trong
 * phương châm của VUFO"), which stays true for every item and false for any item from the pool.
 */
function statementWith(fact: ListFact, item: string): string {
	return fact.statement
		? fill(fact.statement, item)
		: `Theo bài viết, ${item} là một trong ${counted(fact) ? '' : 'các '}${fact.subject}.`;
}

/** Whether the fact's statement is about one member ("... là một trong ...", "có nêu ..."), not the whole list. */
export function statesMembership(fact: ListFact): boolean {
	if (fact.statement === undefined) return true; // the generic "X là một trong các ..."
	const words = foldText(fact.statement.replace('{value}', ' ')).match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
	const text = ` ${words.join(' ')} `;
	return MEMBERSHIP_WORDS.some((w) => text.includes(` ${w} `));
}

/** Words by which a statement speaks of one member of a list, folded: "một trong", "có nêu", "trong số". */
const MEMBERSHIP_WORDS = ['một', 'nêu', 'kể', 'trong các', 'trong số', 'trong những'].map(foldText);

/**
 * The whole list as the article words it: the span of the quote from the first item to the last ("Mỹ hoặc khu
 * vực Tây Âu"), or the items joined when the quote does not hold them in order.
 */
export function articleWording(fact: ListFact): string {
	const spans = fact.items.map((i) => findFolded(fact.quote, i)[0]);
	if (spans.some((s) => s === undefined)) return listText(fact);
	const starts = spans.map((s) => s!.start);
	const inOrder = starts.every((v, i) => i === 0 || v > starts[i - 1]!);
	if (!inOrder) return listText(fact);
	// The article's own connectors stay ("Mỹ hoặc khu vực Tây Âu"); its bare separators, mixed as it mixes them
	// ("Hủa Phăn, Luông Pha Băng; Xay Nhạ By Ly"), are written as an editor writes a list: commas, then "và".
	let out = '';
	fact.items.forEach((_, i) => {
		const span = spans[i]!;
		if (i > 0) {
			const gap = fact.quote.slice(spans[i - 1]!.end, span.start);
			const bare = /^[\s,;]*$/u.test(gap);
			out += !bare ? gap : i === fact.items.length - 1 ? ' và ' : ', ';
		}
		out += fact.quote.slice(span.start, span.end);
	});
	return out;
}

function counted(fact: ListFact): boolean {
	return COUNTED.test(fact.subject);
}

/**
 * Wrong options of the same kind: the pool only. Items of other lists are not safe: the article's lists are
 * often open ("như: ...", "..."), so another list's item may well belong to this one too.
 */
function distractorsFor(ctx: Context, fact: ListFact): string[] {
	if (fact.pool === undefined) return [];
	const own = new Set(fact.items.map(foldText));
	return (ctx.pools[fact.pool] ?? []).filter((d) => !own.has(foldText(d)));
}

/**
 * Whether an item reads well as one option of a select-all question on a phone: a name or a short phrase.
 * Vietnamese spends a word per syllable, so a body's full name runs long in words but not in length ("Ủy ban
 * công tác về người Việt Nam ở nước ngoài": 11 words, 46 characters); longer items are asked in other ways.
 */
export function fitsAnOption(item: string): boolean {
	return item.length <= MAX_OPTION_LENGTH && item.split(/\s+/).length <= MAX_OPTION_WORDS;
}

/** Flashcard, multi, choice, typed, true/false and clozes on up to two of the items. */
export function listQuestions(ctx: Context, fact: ListFact): Question[] {
	const out: (Question | null)[] = [];
	const base = fromFact(fact);
	const prompt = askOf(fact) ?? `Theo bài viết, ${fact.subject} gồm những gì?`;
	const distractors = distractorsFor(ctx, fact);
	const short = fact.items.every(fitsAnOption);

	out.push(flashcard(fact, 'forward', prompt, listText(fact)));

	if (short) {
		const multiId = `${fact.id}:multi`;
		out.push(
			multi(
				ctx,
				{ ...base, id: multiId, prompt: `${prompt} (Chọn tất cả các ý đúng.)` },
				fact.items,
				pickDistinct(distractors, fact.items, 3, ctx.rng(multiId))
			)
		);
		// "Đâu là một trong 3 tỉnh ...?" reads well only when the subject is counted ("3 tỉnh", "các đơn vị").
		if (counted(fact)) {
			const choiceId = `${fact.id}:choice`;
			const rng = ctx.rng(choiceId);
			const correct = rng.pick(fact.items);
			out.push(
				choice(
					ctx,
					{ ...base, id: choiceId, prompt: `Đâu là một trong ${fact.subject}?` },
					correct,
					pickDistinct(distractors, fact.items, 6, rng)
				)
			);
			if (fact.pool !== undefined && fact.items.length >= 2) {
				// Any item is right; the one shown as the answer is the first short enough to type.
				const main = fact.items.find((i) => typedWords(i) <= MAX_TYPED_WORDS);
				if (main !== undefined)
					out.push(
						typed(
							ctx,
							{ ...base, id: `${fact.id}:typed`, prompt: `Hãy kể tên một trong ${fact.subject}.` },
							main,
							fact.items.filter((i) => i !== main)
						)
					);
			}
		}
	}

	// A true statement about a list never drops part of it: "chủ yếu đến từ Mỹ" for "Mỹ hoặc khu vực Tây Âu" is
	// wrong. A template that states membership ("là một từ trong", "có nêu") takes one item; any other takes
	// the whole list as the article words it. No false statement: an item from the pool is merely absent
	// from the article, and the article's lists are often open ("như: ...", "...").
	const truth = statesMembership(fact)
		? ctx.rng(`${fact.id}:truefalse:true`).pick(fact.items)
		: articleWording(fact);
	out.push(
		...trueFalsePair(
			ctx,
			fact,
			(item) => statementWith(fact, item),
			truth,
			() => undefined
		)
	);
	// One blank per item would ask the same sentence again and again (seven times for the Quảng Ninh units):
	// a few items, picked by the list's own generator, are enough beside the multi and the flashcard.
	let clozes = 0;
	for (const item of ctx.rng(`${fact.id}:cloze`).shuffle(fact.items)) {
		if (clozes === MAX_LIST_CLOZES) break;
		const id = `${fact.id}:cloze:${slug(item)}`;
		// An item too long to type is chosen among items of the pool instead.
		const wrong = pickDistinct(distractors, fact.items, 6, ctx.rng(id));
		const q = cloze(ctx, fact, id, item, { wrong });
		if (q) {
			out.push(q);
			clozes++;
		}
	}
	return out.filter((q): q is Question => q !== null);
}
