/**
 * Near-duplicate true statements. Facts drawn from one sentence often get true/false statements that say the
 * same thing twice ("Hoàng Đức Hạnh đưa ra 05 đề xuất ..." for the speaker and again for the count; "Từ 2011
 * đến nay, tỉnh đã trích 56 tỉ đồng ..." for the year and again for the amount). A learner gains nothing from
 * the second one, so it is dropped. Two true statements repeat each other when each states the other's key
 * value and nearly all the words of the shorter one are in the longer one; the statement of the fact with the
 * smaller id is kept, so the outcome never depends on the order of the facts file.
 */
import { containsFolded, findNumber, foldText } from '../facts/text';
import type { Fact, Question } from '../types';
import { startsWithWords } from './phrasing';

/** Share of the shorter statement's words that the longer one must hold for the two to repeat each other. */
const OVERLAP = 0.75;
const WORDS = /[\p{L}\p{M}\p{N}]+/gu;

/** Whether a statement gives the fact's key value (as written, for figures). Lists have no single value. */
function states(text: string, fact: Fact): boolean {
	switch (fact.kind) {
		case 'count':
		case 'amount':
			// With its unit: "10 chương trình dự án" and "10 tổ chức PCPNN" are two facts, not one.
			return findNumber(text, fact.written).some((n) =>
				startsWithWords(text.slice(n.end), fact.kind === 'count' ? fact.unit : fact.scale || fact.currency)
			);
		case 'person-post':
			return containsFolded(text, fact.person) && containsFolded(text, fact.post);
		case 'list':
			return false;
		default:
			return containsFolded(text, fact.value);
	}
}

/** Set bits of a 32-bit word. */
function popcount(x: number): number {
	let v = x - ((x >>> 1) & 0x55555555);
	v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
	return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * Word sets as bit sets over the statements' shared vocabulary: every pair of true statements is compared,
 * so the comparison must cost next to nothing (a few dozen machine words, no hashing).
 */
function wordBits(texts: readonly string[]): { bits: Uint32Array; size: number }[] {
	const ids = new Map<string, number>();
	const words = texts.map((t) => {
		const list = foldText(t).match(WORDS) ?? [];
		return [...new Set(list)].map((w) => {
			let id = ids.get(w);
			if (id === undefined) ids.set(w, (id = ids.size));
			return id;
		});
	});
	const length = Math.ceil(ids.size / 32) || 1;
	return words.map((list) => {
		const bits = new Uint32Array(length);
		for (const id of list) bits[id >>> 5]! |= 1 << (id & 31);
		return { bits, size: list.length };
	});
}

function overlap(a: { bits: Uint32Array; size: number }, b: { bits: Uint32Array; size: number }): number {
	const smaller = Math.min(a.size, b.size);
	if (smaller === 0) return 0;
	let shared = 0;
	for (let i = 0; i < a.bits.length; i++) shared += popcount(a.bits[i]! & b.bits[i]!);
	return shared / smaller;
}

/** The questions without the true statements that repeat another fact's true statement. */
export function dropRepeatedTruths(questions: Question[], facts: readonly Fact[]): Question[] {
	const byId = new Map(facts.map((f) => [f.id, f]));
	const candidates = questions.filter(
		(q) => q.type === 'truefalse' && q.answer === true && q.factIds.length === 1 && byId.has(q.factIds[0]!)
	);
	const bits = wordBits(candidates.map((q) => q.prompt));
	const truths = candidates
		.map((q, i) => ({ q, fact: byId.get(q.factIds[0]!)!, words: bits[i]! }))
		.sort((a, b) => (a.fact.id < b.fact.id ? -1 : a.fact.id > b.fact.id ? 1 : 0));
	const dropped = new Set<Question>();
	const kept: typeof truths = [];
	for (const t of truths) {
		const repeats = kept.some(
			(k) =>
				k.fact.id !== t.fact.id &&
				// The word overlap first: it is cheap and rules out nearly every pair.
				overlap(k.words, t.words) >= OVERLAP &&
				states(t.q.prompt, k.fact) &&
				states(k.q.prompt, t.fact)
		);
		if (repeats) dropped.add(t.q);
		else kept.push(t);
	}
	return dropped.size === 0 ? questions : questions.filter((q) => !dropped.has(q));
}
