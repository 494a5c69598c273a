/**
 * Questions that connect facts, which a contest asks and recall of one fact does not teach. Each is found by a
 * rule over the deck's facts and article, so an imported deck gets them too, and each correct answer rests on
 * quotes of the article (`source.quotes`):
 * - sides: which officials sat on which side ("về phía Quảng Ninh có …", "Về phía VUFO có …"), named in the
 *   side's passage or through the body of one of their posts (PACCOM's Ban is listed on VUFO's side);
 * - aliases: which names of the article are one body (the deck's alias groups of three names or more);
 * - addressees: which items of an ordinal series ("Thứ nhất, …", "Thứ hai, …") name a body (VUFO);
 * - not-in-series: "which of these is NOT one of the 05 proposals", when a count closes the series; the odd
 *   option is a wish someone else voiced in the article ("mong muốn", "đề nghị"), so it is plausible and,
 *   the series being closed, false by the article, not merely absent from it;
 * - composition: how a figure is made up of the parts that add up to it (07 + 01 = 08 pairs);
 * - in-turn: two figures of one unit the article gives for two years (31 organisations in 2019, 20 in 2020);
 * - order: an ordinal series in its order, as a match of each rank with its item.
 */
import { containsFolded, foldText } from '../facts/text';
import type { CountFact, Fact, ListFact, Question, StatementFact } from '../types';
import { choice, makeQuestion, multi } from './build';
import { coveringSpan, joinVi, sentenceAround, slug, widenToSentences, type Context } from './context';
import { formatLike } from './numbers';
import { bodyOf, peopleOf } from './people';
import { capitalize } from '../facts/text';

const ORDINALS = ['nhất', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];
const ORDINAL_START = new RegExp(`^Thứ (${ORDINALS.join('|')})(?![\\p{L}\\p{M}])`, 'iu');
/** Longest quote shown for a connected question's `source.quote`. */
const MAX_QUOTE = 1200;

function byId<T extends Fact>(facts: T[]): T[] {
	return [...facts].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function unique(texts: readonly string[]): string[] {
	return [...new Set(texts)];
}

/** The passages that say who sat on which side: "về phía X có …", one sentence each. */
function sidePassages(ctx: Context): { side: string; passage: string }[] {
	const out: { side: string; passage: string }[] = [];
	for (const m of ctx.source.matchAll(/về phía\s+([^,:;.]+?)\s+có(?![\p{L}\p{M}])/giu)) {
		const passage = sentenceAround(ctx.source, m[0]);
		if (passage === m[0]) continue;
		const side = m[1]!.trim();
		if (!out.some((o) => foldText(o.side) === foldText(side))) out.push({ side, passage });
	}
	return out;
}

/** The names one body goes by: the name, without a bracket ("Ban … (PACCOM)"), and its aliases. */
function namesOf(ctx: Context, body: string): string[] {
	const bare = body.replace(/\s*\(.*\)\s*$/u, '').trim();
	const names = [body, bare];
	for (const g of ctx.aliases) if (g.some((n) => foldText(n) === foldText(bare))) names.push(...g);
	return unique(names.filter((n) => n !== ''));
}

/** "Những ai sau đây dự buổi làm việc về phía Quảng Ninh?" over the officials whose side the article shows. */
function sideQuestions(ctx: Context): Question[] {
	const passages = sidePassages(ctx);
	if (passages.length < 2) return [];
	const seated: { name: string; side: string; fact: Fact; quotes: string[] }[] = [];
	for (const person of peopleOf(ctx)) {
		const sides = passages.flatMap((p) => {
			if (containsFolded(p.passage, person.name)) return [{ p, quotes: [p.passage], fact: person.facts[0]! }];
			for (const f of person.facts) {
				const body = bodyOf(f.post, f.title, f.body);
				if (body !== '' && namesOf(ctx, body).some((n) => containsFolded(p.passage, n)))
					return [{ p, quotes: [p.passage, f.quote], fact: f as Fact }];
			}
			return [];
		});
		// Only one side, or the article does not tell.
		if (sides.length !== 1) continue;
		const s = sides[0]!;
		seated.push({ name: person.name, side: s.p.side, fact: s.fact, quotes: s.quotes });
	}
	const out: Question[] = [];
	for (const { side, passage } of passages) {
		const members = seated.filter((s) => s.side === side);
		const others = seated.filter((s) => s.side !== side);
		if (members.length === 0 || others.length < 2) continue;
		const all = [...members, ...others];
		const first = byId(members.map((m) => m.fact))[0]!;
		const q = multi(
			ctx,
			{
				id: `${first.id}:multi:side-${slug(side)}`,
				prompt: `Những ai sau đây dự buổi làm việc về phía ${side}? (Chọn tất cả các ý đúng.)`,
				factIds: unique(all.map((s) => s.fact.id)),
				topic: first.topic,
				quote: passage,
				quotes: unique(all.flatMap((s) => s.quotes)),
				connects: 'sides'
			},
			members.map((m) => m.name),
			others.map((o) => o.name)
		);
		if (q) out.push(q);
	}
	return out;
}

/** Body names the article gives: list items, organisations, the bodies of posts. */
function bodyNames(ctx: Context): string[] {
	const out: string[] = [];
	for (const f of ctx.facts) {
		if (f.kind === 'list' && f.pool !== undefined) out.push(...f.items);
		if (f.kind === 'org') out.push(f.name);
		if (f.kind === 'person-post') {
			const body = bodyOf(f.post, f.title, f.body);
			if (body !== '') out.push(body.replace(/\s*\(.*\)\s*$/u, ''));
		}
	}
	return unique(out);
}

function sharedWords(a: string, b: string): number {
	const words = (t: string) => new Set(foldText(t).match(/[\p{L}\p{M}\p{N}]+/gu) ?? []);
	const wb = words(b);
	return [...words(a)].filter((w) => wb.has(w)).length;
}

/** "Trong bài, những tên nào sau đây cùng chỉ Liên hiệp Hữu nghị Quảng Ninh?" for each alias group of 3+. */
function aliasQuestions(ctx: Context): Question[] {
	const out: Question[] = [];
	for (const group of ctx.deckAliases) {
		if (group.length < 3) continue;
		const [name, ...others] = group as [string, ...string[]];
		// Other bodies of the article, the likest first (words in common): a different body, so false.
		const inGroup = (n: string) => group.some((g) => containsFolded(n, g) || containsFolded(g, n));
		const wrong = bodyNames(ctx)
			.filter((n) => !inGroup(n))
			.map((n, i) => ({ n, i, shared: Math.max(...group.map((g) => sharedWords(g, n))) }))
			.sort((a, b) => b.shared - a.shared || a.i - b.i)
			.slice(0, 3)
			.map((x) => x.n);
		const quotes = unique(
			group.map((n) => {
				const at = ctx.source.search(new RegExp(n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'u'));
				return at === -1 ? '' : sentenceAround(ctx.source, ctx.source.slice(at, at + n.length));
			})
		).filter((q) => q !== '');
		// The facts told in those sentences that name the body: the question is about them.
		const mentioned = ctx.facts.filter(
			(f) => group.some((n) => containsFolded(f.quote, n)) && quotes.some((x) => x.includes(f.quote))
		);
		if (mentioned.length === 0) continue;
		const proof = coveringSpan(ctx.source, quotes.slice(0, 2)) ?? quotes[0]!;
		const facts = byId(mentioned);
		const q = multi(
			ctx,
			{
				id: `${facts[0]!.id}:multi:aliases-${slug(name)}`,
				prompt: `Trong bài, những tên nào sau đây cùng chỉ ${name}? (Chọn tất cả các ý đúng.)`,
				factIds: facts.slice(0, 3).map((f) => f.id),
				topic: facts[0]!.topic,
				quote: proof.length <= MAX_QUOTE ? proof : quotes[0]!,
				quotes,
				connects: 'aliases'
			},
			others,
			wrong
		);
		if (q) out.push(q);
	}
	return out;
}

interface Series {
	/** One statement per rank, in order. */
	items: StatementFact[];
	/** Every fact whose quote starts with one of the ranks ("Thứ tư, đề nghị VUFO …"). */
	facts: Fact[];
	/** "đề xuất": the noun the subject puts before "thứ nhất". */
	noun: string;
	/** " của ông Hoàng Đức Hạnh": what the subject puts after the rank. */
	owner: string;
	/** The sentence of each rank, in order. */
	sentences: string[];
}

/** The ordinal series of the deck: statements whose quotes open "Thứ nhất, …", "Thứ hai, …", in order. */
function seriesOf(ctx: Context): Series | null {
	const ranked = ctx.facts.flatMap((f) => {
		const m = ORDINAL_START.exec(f.quote);
		return m ? [{ f, rank: ORDINALS.indexOf(m[1]!.toLowerCase()) }] : [];
	});
	const items: StatementFact[] = [];
	for (let rank = 0; ; rank++) {
		// The statement that says the most of its rank (the whole proposal, not its addressee).
		const best = ranked
			.filter((r) => r.rank === rank && r.f.kind === 'statement')
			.map((r) => r.f as StatementFact)
			.sort((a, b) => b.value.length - a.value.length || (a.id < b.id ? -1 : 1))[0];
		if (!best) break;
		items.push(best);
	}
	if (items.length < 3) return null;
	const m = /^(.*?)\s*thứ nhất(.*)$/iu.exec(items[0]!.subject);
	if (!m || m[1]!.trim() === '') return null;
	return {
		items,
		facts: ranked.filter((r) => r.rank < items.length).map((r) => r.f),
		noun: m[1]!.trim(),
		owner: m[2]!.replace(/\s+$/u, ''),
		sentences: items.map((f) => sentenceAround(ctx.source, f.quote))
	};
}

function rankLabel(series: Series, i: number): string {
	return capitalize(`${series.noun} thứ ${ORDINALS[i]}`);
}

/** The span of the article from the first item of the series to the end of the last. */
function seriesPassage(ctx: Context, series: Series): string {
	const span = coveringSpan(ctx.source, series.sentences);
	return span !== null && span.length <= MAX_QUOTE ? span : series.sentences[0]!;
}

/** "Những đề xuất nào của ông Hoàng Đức Hạnh nêu đích danh VUFO?": a body named in some items, not all. */
function addresseeQuestions(ctx: Context, series: Series): Question[] {
	const names = unique(
		series.facts.flatMap((f) =>
			f.kind === 'list'
				? (f as ListFact).items
				: f.kind === 'statement' && /^\p{Lu}/u.test(f.value) && f.value.split(/\s+/).length <= 6
					? [f.value]
					: []
		)
	);
	const found = names
		.map((name) => ({
			name,
			ranks: series.sentences.flatMap((s, i) => (containsFolded(s, name) ? [i] : []))
		}))
		.filter((x) => x.ranks.length >= 2 && x.ranks.length < series.items.length)
		.sort((a, b) => b.ranks.length - a.ranks.length || (a.name < b.name ? -1 : 1))
		.slice(0, 2);
	const out: Question[] = [];
	for (const { name, ranks } of found) {
		const labels = series.items.map((_, i) => rankLabel(series, i));
		const q = multi(
			ctx,
			{
				id: `${series.items[0]!.id}:multi:names-${slug(name)}`,
				prompt: `Những ${series.noun} nào${series.owner} nêu đích danh ${name}? (Chọn tất cả các ý đúng.)`,
				factIds: series.items.map((f) => f.id),
				topic: series.items[0]!.topic,
				quote: seriesPassage(ctx, series),
				quotes: series.sentences,
				connects: 'addressees'
			},
			ranks.map((i) => labels[i]!),
			labels.filter((_, i) => !ranks.includes(i))
		);
		if (q) out.push(q);
	}
	return out;
}

const WISH = /(?:^|\s)(?:mong muốn|mong|đề nghị|kiến nghị|đề xuất|xem xét)(?:\s|,|$)/iu;

/**
 * "Nội dung nào sau đây KHÔNG thuộc 05 đề xuất của ông Hoàng Đức Hạnh?": only when a count of the article
 * closes the series (05 đề xuất, five items), so whatever is not among them is not one of them.
 */
function notInSeriesQuestions(ctx: Context, series: Series): Question[] {
	const count = ctx.facts.find(
		(f): f is CountFact =>
			f.kind === 'count' &&
			f.value === series.items.length &&
			foldText(f.unit) === foldText(series.noun) &&
			f.qualifier === undefined
	);
	if (!count) return [];
	const lengths = series.items.map((f) => f.value.length).sort((a, b) => a - b);
	const median = lengths[Math.floor(lengths.length / 2)]!;
	const inSeries = new Set(series.facts.map((f) => f.id));
	const odd = ctx.facts
		.filter((f): f is StatementFact => f.kind === 'statement' && !inSeries.has(f.id))
		.filter((f) => {
			const sentence = sentenceAround(ctx.source, f.quote);
			return (
				WISH.test(sentence) &&
				!/^\p{Lu}/u.test(f.quote) &&
				!/(?:^|\s)(?:cũng|này|đó|đặc biệt)(?:\s|,|$)/iu.test(f.quote) &&
				f.quote.length >= median * 0.6 &&
				f.quote.length <= median * 1.6 &&
				!series.sentences.some((s) => containsFolded(s, f.quote) || containsFolded(f.quote, s))
			);
		})
		.sort(
			(a, b) =>
				Math.abs(a.quote.length - median) - Math.abs(b.quote.length - median) || (a.id < b.id ? -1 : 1)
		)
		// One such question: a second would ask the same thing with the same words.
		.slice(0, 1);
	const figure = `${count.written} ${count.unit}`;
	return odd.flatMap((f) => {
		const q = choice(
			ctx,
			{
				id: `${series.items[0]!.id}:choice:not-${f.id}`,
				prompt: `Nội dung nào sau đây KHÔNG thuộc ${figure}${series.owner}?`,
				factIds: [...series.items.map((s) => s.id), count.id, f.id],
				topic: series.items[0]!.topic,
				quote: widenToSentences(ctx.source, f.quote, MAX_QUOTE),
				quotes: [count.quote, ...series.sentences, f.quote],
				connects: 'not-in-series'
			},
			f.quote,
			series.items.map((s) => s.value)
		);
		return q ? [q] : [];
	});
}

/** A short label of an item for a match board: its first clause, or its first words, on one line. */
function shortLabel(text: string, max = 60): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max - 1);
	return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 20)).replace(/[,;:\s]+$/u, '')}…`;
}

/** The series in its order: each rank matched with its item. */
function orderQuestions(ctx: Context, series: Series): Question[] {
	if (series.items.length > 5) return [];
	const pairs = series.items.map((f, i) => [rankLabel(series, i), shortLabel(f.value)] as [string, string]);
	if (new Set(pairs.map((p) => foldText(p[1]))).size !== pairs.length) return [];
	return [
		makeQuestion({
			id: `${series.items[0]!.id}:match:order`,
			type: 'match',
			prompt: `Ghép mỗi ${series.noun}${series.owner} với thứ tự bài viết nêu.`,
			answer: pairs.map(([l, r]) => `${l} – ${r}`),
			pairs,
			factIds: series.items.map((f) => f.id),
			topic: series.items[0]!.topic,
			quote: seriesPassage(ctx, series),
			quotes: series.sentences,
			connects: 'order'
		})
	];
}

/** The label of a part in its quote: "07 cặp Bản - Bản", "08 dự án do UBND tỉnh phê duyệt". */
function partLabel(part: CountFact): string | null {
	const at = part.quote.indexOf(part.written);
	if (at === -1) return null;
	const rest = part.quote.slice(at);
	const end = rest.search(/\s+và\s|[,;)]|\.{2,}|$/u);
	const label = rest.slice(0, end).trim();
	return label.length > part.written.length ? label : null;
}

/** "Theo bài viết, 08 cặp kết nghĩa hai bên biên giới gồm những cặp nào?" when the parts add up to it. */
function compositionQuestions(ctx: Context): Question[] {
	const counts = ctx.facts.filter((f): f is CountFact => f.kind === 'count');
	const out: Question[] = [];
	for (const whole of counts) {
		const parts = byId(counts.filter((p) => p.partOf === whole.id));
		if (parts.length !== 2 || whole.qualifier !== undefined || parts.some((p) => p.qualifier)) continue;
		if (parts[0]!.value + parts[1]!.value !== whole.value) continue;
		// In the article's order.
		parts.sort((a, b) => ctx.source.indexOf(a.quote) - ctx.source.indexOf(b.quote));
		const labels = parts.map(partLabel);
		if (labels.some((l) => l === null)) continue;
		const [a, b] = parts as [CountFact, CountFact];
		const with2 = (x: number, y: number) =>
			joinVi([
				labels[0]!.replace(a.written, formatLike(x, a.written)),
				labels[1]!.replace(b.written, formatLike(y, b.written))
			]);
		const answer = with2(a.value, b.value);
		// Other splits of the same whole, so no option can be told wrong by adding up; never a part of 0.
		const wrong: string[] = [];
		for (const x of [b.value, a.value - 1, a.value + 1, a.value - 2, a.value + 2, a.value - 3]) {
			const y = whole.value - x;
			if (x < 1 || y < 1 || x === a.value) continue;
			const text = with2(x, y);
			if (!wrong.includes(text)) wrong.push(text);
		}
		const partUnit = foldText(a.unit) === foldText(b.unit) ? a.unit : undefined;
		const noun = whole.subject.replace(/^số\s+/iu, '');
		// A subject cut from a sentence ("dự án của Trên địa bàn thành phố") is left out: the figure alone.
		const broken = /\s(?:Trên|Tại|Trong|Theo|Với|Hiện|Đến|Từ)\s/u.test(` ${noun} `.slice(1));
		const head = broken
			? `${whole.written} ${whole.unit}`
			: foldText(noun).startsWith(foldText(whole.unit))
				? `${whole.written} ${noun}`
				: `${whole.written} ${whole.unit} (${whole.subject})`;
		const quote = coveringSpan(ctx.source, [whole.quote, ...parts.map((p) => p.quote)]);
		const q = choice(
			ctx,
			{
				id: `${whole.id}:choice:composition`,
				prompt: `Theo bài viết, ${head} gồm những ${partUnit ?? 'gì'}${partUnit ? ' nào' : ''}?`,
				factIds: [whole.id, ...parts.map((p) => p.id)],
				topic: whole.topic,
				quote: quote !== null && quote.length <= MAX_QUOTE ? quote : whole.quote,
				quotes: [whole.quote, ...parts.map((p) => p.quote)],
				connects: 'composition'
			},
			answer,
			wrong.slice(0, 3)
		);
		if (q) out.push(q);
	}
	return out;
}

const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/u;

/** "… năm 2019 và năm 2020 lần lượt là bao nhiêu?" for two counts of one unit told apart by their year. */
function inTurnQuestions(ctx: Context): Question[] {
	const counts = ctx.facts.filter(
		(f): f is CountFact => f.kind === 'count' && f.qualifier === undefined && YEAR.test(f.subject)
	);
	const out: Question[] = [];
	const used = new Set<string>();
	for (const a of counts) {
		for (const b of counts) {
			if (a === b || used.has(a.id) || used.has(b.id) || foldText(a.unit) !== foldText(b.unit)) continue;
			const ya = YEAR.exec(a.subject)![0];
			const yb = YEAR.exec(b.subject)![0];
			if (ya >= yb || foldText(a.subject.replace(ya, yb)) !== foldText(b.subject)) continue;
			used.add(a.id).add(b.id);
			const both = a.subject.replace(
				new RegExp(`(năm\\s+)?${ya}`, 'u'),
				(_m, nam?: string) => `${nam ?? ''}${ya} và ${nam ?? ''}${yb}`
			);
			const text = (x: string, y: string) => `${x} ${a.unit} và ${y} ${b.unit}`;
			const near = (v: number, like: string) =>
				[v + 1, v - 1, v + 2].filter((n) => n > 0).map((n) => formatLike(n, like));
			const wrong = [
				text(b.written, a.written),
				text(a.written, near(b.value, b.written)[0]!),
				text(near(a.value, a.written)[0]!, b.written)
			];
			const quote = coveringSpan(ctx.source, [a.quote, b.quote]);
			const q = choice(
				ctx,
				{
					id: `${a.id}:choice:in-turn`,
					prompt: `Theo bài viết, ${both} lần lượt là bao nhiêu?`,
					factIds: [a.id, b.id],
					topic: a.topic,
					quote: quote !== null && quote.length <= MAX_QUOTE ? quote : a.quote,
					quotes: [a.quote, b.quote],
					connects: 'in-turn'
				},
				text(a.written, b.written),
				wrong
			);
			if (q) out.push(q);
		}
	}
	return out;
}

/** Every question of the deck that connects facts. */
export function connectedQuestions(ctx: Context): Question[] {
	const series = seriesOf(ctx);
	return [
		...sideQuestions(ctx),
		...aliasQuestions(ctx),
		...(series
			? [
					...addresseeQuestions(ctx, series),
					...notInSeriesQuestions(ctx, series),
					...orderQuestions(ctx, series)
				]
			: []),
		...compositionQuestions(ctx),
		...inTurnQuestions(ctx)
	];
}
