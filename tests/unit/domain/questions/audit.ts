/**
 * An independent audit of a question bank against its facts and article: grounding, ambiguity, distractors,
 * ids. Returns one message per problem (empty when the bank is sound). The tests run it on the committed
 * bank and on fixture banks, and prove with corrupted copies that it does catch problems.
 */
import { hasTruncatedYear, statedProblems } from '../../../../src/lib/domain/facts/validate';
import {
	containsFolded,
	findNumber,
	foldText,
	parseWrittenNumber,
	sameFolded
} from '../../../../src/lib/domain/facts/text';
import { plainPost } from '../../../../src/lib/domain/questions/phrasing';
import { houseSpelling } from '../../../../src/lib/domain/questions/spelling';
import type { Bank, Fact, FactsFile, PersonPostFact, Question } from '../../../../src/lib/domain/types';

const SCALE: Record<string, number> = { nghìn: 1e3, triệu: 1e6, tỉ: 1e9, tỷ: 1e9, '': 1 };

/** Reads the first Vietnamese-written number in a text ("trên 1,6 triệu USD" -> 1.6). */
function firstNumber(text: string): number | null {
	const m = /\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?/.exec(text);
	return m ? parseWrittenNumber(m[0]) : null;
}

/** Whether a match round's figure label could be read as the figure of fact `f` (same number, no other unit). */
function figureFits(label: string, f: Fact & { kind: 'count' | 'amount' }): boolean {
	if (firstNumber(label) !== f.value) return false;
	const unit = f.kind === 'count' ? f.unit : [f.scale, f.currency].filter(Boolean).join(' ');
	const rest = label.replace(/^.*?\d(?:[\d.,]*\d)?\s*/u, '');
	return rest === '' || containsFolded(label, unit);
}

function isMembershipTitle(title: string): boolean {
	return ['ủy viên', 'thành viên', 'hội viên'].some((m) => containsFolded(title, m));
}

export function auditBank(bank: Bank, given: FactsFile, source: string): string[] {
	// Facts as questions show them ("Tỉnh ủy viên", not "Tỉnh ủy viên Lạng Sơn"): people.ts plainPost.
	const file: FactsFile = { ...given, facts: given.facts.map(plainPost) };
	const problems: string[] = [];
	const facts = new Map(file.facts.map((f) => [f.id, f]));
	const posts = file.facts.filter((f): f is PersonPostFact => f.kind === 'person-post');
	const postsOf = (name: string) => posts.filter((p) => sameFolded(p.person, name));
	const people = [...new Set(posts.map((p) => p.person))];
	// Titles that hold the title ("Phó Chủ tịch Thường trực") count too: their prompts must name a body as well.
	const bodiesOfTitle = (title: string) =>
		posts.filter((p) => containsFolded(p.title, title)).map((p) => p.body ?? p.post);
	/** The folded body a membership post belongs to: "Tỉnh uỷ viên" is a member of the Tỉnh uỷ. */
	const membershipBody = (p: PersonPostFact) => p.body ?? p.post.replace(/\s*viên\b/u, '');
	const mayHold = (name: string, post: PersonPostFact) =>
		postsOf(name).some(
			(own) =>
				sameFolded(own.post, post.post) ||
				(isMembershipTitle(post.title) &&
					(containsFolded(own.post, membershipBody(post)) ||
						containsFolded(own.body ?? '', membershipBody(post)) ||
						containsFolded(membershipBody(post), own.body ?? '\u0000')))
		);
	const seenIds = new Set<string>();
	const seenPrompts = new Set<string>();
	const trueStatements = new Set(
		bank.questions.filter((q) => q.type === 'truefalse' && q.answer === true).map((q) => foldText(q.prompt))
	);

	// True/false: at most a fifth of the bank, one statement per fact.
	const statements = bank.questions.filter((q) => q.type === 'truefalse');
	if (statements.length > 0.2 * bank.questions.length)
		problems.push(`true/false is ${statements.length} of ${bank.questions.length} questions (over 20%)`);
	const perFact = new Map<string, number>();
	for (const q of statements) perFact.set(q.factIds.join('+'), (perFact.get(q.factIds.join('+')) ?? 0) + 1);
	for (const [f, n] of perFact) if (n > 1) problems.push(`fact ${f} has ${n} true/false statements`);
	/** Values a false statement may swap in: what the article gives its other statements, and people's names. */
	const swappable = file.facts.flatMap((f) =>
		f.kind === 'statement' ? [f.value] : f.kind === 'person-post' ? [f.person, f.post] : []
	);

	for (const q of bank.questions) {
		const bad = (message: string) => problems.push(`${q.id}: ${message}`);
		if (seenIds.has(q.id)) bad('duplicate id');
		seenIds.add(q.id);
		const key = `${q.type}|${q.prompt}`;
		// Match rounds of one kind share their instruction: their pairs are the question.
		if (q.type !== 'match' && seenPrompts.has(key)) bad('same type and prompt as another question');
		seenPrompts.add(key);
		const qFacts = q.factIds.map((id) => facts.get(id));
		if (qFacts.some((f) => f === undefined)) {
			bad(`unknown fact in ${q.factIds.join(', ')}`);
			continue;
		}
		const known = qFacts as Fact[];
		if (!q.factIds.some((id) => q.id.startsWith(`${id}:${q.type}`)))
			bad('id does not derive from its facts and type');
		if (q.connects !== undefined) {
			for (const p of auditConnected(q, known, file, source)) bad(p);
			continue;
		}

		// Grounding: a verbatim, undamaged quote that states every fact the question uses.
		const quote = q.source.quote;
		if (!source.includes(quote)) bad('quote not found verbatim in the article');
		if (known.some((f) => f.damaged !== undefined)) bad('asks a damaged fact');
		const pairQuotes = q.source.quotes ?? [];
		const shown = [
			quote,
			...pairQuotes,
			q.prompt,
			q.cloze ?? '',
			JSON.stringify(q.answer),
			...(q.choices ?? [])
		].join(' ');
		if (hasTruncatedYear(shown)) bad('shows the truncated year');
		if (q.type === 'match') {
			// Each pair has its own proof; the round's quote states at least one of them.
			if (pairQuotes.length !== (q.pairs ?? []).length) bad('match needs one quote per pair');
			for (const pq of pairQuotes) if (!source.includes(pq)) bad(`pair quote not verbatim: "${pq}"`);
			known.forEach((f, i) => {
				for (const p of statedProblems(f, pairQuotes[i] ?? '')) bad(`pair ${i + 1}, fact ${f.id}: ${p}`);
			});
			if (!known.some((f) => statedProblems(f, quote).length === 0))
				bad('the round quote states none of its pairs');
		} else {
			if (q.source.quotes !== undefined) bad('only match questions carry per-pair quotes');
			for (const f of known) for (const p of statedProblems(f, quote)) bad(`fact ${f.id}: ${p}`);
		}

		const fact = known[0]!;
		const answers = Array.isArray(q.answer) ? q.answer : [q.answer];
		if (q.type === 'choice' || q.type === 'multi') {
			const choices = q.choices ?? [];
			for (const a of answers)
				if (typeof a !== 'string' || choices.filter((c) => c === a).length !== 1)
					bad(`answer "${String(a)}" not once among the choices`);
			if (new Set(choices.map(foldText)).size !== choices.length) bad('choices repeat');
			if (q.type === 'choice' && choices.length !== 4) bad(`choice has ${choices.length} options`);
			if (q.type === 'multi' && choices.length - answers.length < 2)
				bad('multi has fewer than two wrong options');
		}
		if (q.type === 'cloze' && typeof q.answer === 'string' && q.cloze) {
			// Giveaways: a figure the other figures of the text add up to (or leave over), an acronym beside its
			// expansion, a repeated answer.
			const value = parseWrittenNumber(q.answer);
			const rest = q.cloze.replace('____', ' ');
			if (value !== null) {
				const nums = [...rest.matchAll(/(?<![\d/])\d+(?:[.,]\d+)*(?![\d/])/g)]
					.map((m) => m[0])
					.filter((t) => !/^(?:19|20)\d{2}$/.test(t))
					.map((t) => parseWrittenNumber(t))
					.filter((n): n is number => n !== null);
				const sums = nums.flatMap((a, i) => nums.slice(i + 1).map((b) => a + b));
				const diffs = nums.flatMap((a) => nums.map((b) => a - b));
				if ([...sums, ...diffs].some((n) => Math.abs(n - value) < 1e-9))
					bad(`cloze answer ${q.answer} is computable from the figures beside it`);
			}
			for (const org of file.facts)
				if (org.kind === 'org' && sameFolded(org.name, q.answer) && containsFolded(rest, org.value))
					bad(`cloze blanks ${org.name} beside its expansion "${org.value}"`);
		}
		if (q.type === 'flashcard' && q.direction === 'forward' && fact.kind === 'person-post') {
			for (const f of known as PersonPostFact[])
				if (
					f.body &&
					!sameFolded(f.post, f.title) &&
					containsFolded(q.prompt, f.body) &&
					containsFolded(String(q.answer), f.post)
				)
					bad(`flashcard answer repeats the body its prompt names (${f.body})`);
		}
		if (q.type === 'cloze') {
			if (q.cloze?.split('____').length !== 2) bad('cloze must hold exactly one blank');
			// The cloze is the quote in the house spelling, the article's typos corrected (spelling.ts).
			else if (!houseSpelling(quote).includes(houseSpelling(q.cloze.replace('____', String(q.answer)))))
				bad('cloze with its answer filled in is not the quote');
		}
		if ((q.type === 'typed' || q.type === 'cloze') && typeof q.answer === 'string') {
			const words = q.answer.split(/\s+/).filter((t) => /[\p{L}\p{N}]/u.test(t)).length;
			if (words > 5) bad(`${words} words to type (at most 5)`);
		}
		if (q.type === 'truefalse' && typeof q.answer !== 'boolean') bad('truefalse answer is not a boolean');
		if (q.type === 'truefalse' && q.answer === false && trueStatements.has(foldText(q.prompt)))
			bad('false statement equals a true one');

		// The correct answer is the fact's value, stated in the quote.
		const wrong = (q.choices ?? []).filter((c) => !answers.includes(c));
		if (fact.kind === 'count' || fact.kind === 'amount') {
			if (q.type !== 'match' && typeof q.answer === 'string' && q.direction !== 'reverse') {
				if (findNumber(q.answer, fact.written).length === 0)
					bad(`answer "${q.answer}" does not give ${fact.written}`);
			}
			if (q.type === 'numeric') {
				const expected = fact.kind === 'amount' ? fact.value * SCALE[fact.scale]! : fact.value;
				if (
					!q.numeric ||
					Math.abs(q.numeric.value - expected) > 1e-6 * Math.max(1, expected) ||
					q.numeric.inUnit !== fact.value
				)
					bad('numeric spec does not match the fact');
			}
			// A qualified figure ("trên 74 tỉ", "hơn 15.000") is never asked with a changed number: a lower
			// "over" figure is true too, a higher one is not contradicted by the article.
			if (fact.qualifier !== undefined && q.type !== 'match') {
				const asks = q.type === 'numeric' || (q.type === 'flashcard' && q.direction === 'forward');
				if (asks && !containsFolded(q.prompt, `${fact.qualifier} bao nhiêu`))
					bad(`qualified figure "${fact.qualifier} ${fact.written}" asked as an exact figure`);
				if (!q.note) bad(`qualified figure "${fact.qualifier} ${fact.written}" without a note on its bound`);
				if (q.type === 'choice')
					bad(`qualified figure "${fact.qualifier} ${fact.written}" asked as a choice`);
				if (q.type === 'truefalse' && q.answer === false)
					bad(`qualified figure "${fact.qualifier} ${fact.written}" in a false statement`);
			}
			if (q.type === 'choice') {
				const truth = fact.value;
				const unit = String(q.answer).replace(/^.*?\d(?:[\d.,]*\d)?\s*/u, '');
				for (const w of wrong) {
					const n = firstNumber(w);
					if (n === null) {
						bad(`wrong option "${w}" is not a number`);
						continue;
					}
					if (!w.endsWith(unit)) bad(`wrong option "${w}" has another unit than "${unit}"`);
					if (fact.qualifier && !w.startsWith(fact.qualifier))
						bad(`wrong option "${w}" lacks "${fact.qualifier}"`);
					if ((fact.qualifier === 'trên' || fact.qualifier === 'hơn') && n <= truth)
						bad(`"${w}" would also be true (over ${truth})`);
					const sane = truth <= 10 ? Math.abs(n - truth) <= 5 : n / truth >= 0.4 && n / truth <= 2.5;
					if (!sane) bad(`wrong option "${w}" is not near ${truth}`);
					if (n === truth) bad(`wrong option "${w}" equals the truth`);
					const whole = fact.partOf !== undefined ? facts.get(fact.partOf) : undefined;
					if (whole && 'value' in whole && typeof whole.value === 'number' && n > whole.value)
						bad(`wrong option "${w}" is larger than its whole (${whole.value})`);
					const parts = file.facts.filter((f) => 'partOf' in f && f.partOf === fact.id);
					for (const p of parts)
						if ('value' in p && typeof p.value === 'number' && n < p.value)
							bad(`wrong option "${w}" is smaller than its part (${p.value})`);
				}
			}
		} else if (fact.kind === 'statement' || fact.kind === 'org' || fact.kind === 'date') {
			if (fact.kind === 'date' && (q.type === 'choice' || (q.type === 'truefalse' && q.answer === false))) {
				const latest = Math.max(
					...[...source.matchAll(/(?<!\d)(?:19|20)\d{2}(?!\d)/g)].map((m) => Number(m[0]))
				);
				const shownYears = [
					...[...(q.choices ?? []), q.prompt].join(' ').matchAll(/(?<!\d)(?:19|20)\d{2}(?!\d)/g)
				];
				for (const y of shownYears)
					if (Number(y[0]) > latest) bad(`date ${y[0]} lies past the article's latest year ${latest}`);
			}
			const value =
				fact.kind === 'org' &&
				(q.direction === 'reverse' || q.type === 'typed' || (q.type === 'cloze' && q.answer === fact.name))
					? fact.name
					: fact.value;
			if (
				['choice', 'typed', 'cloze'].includes(q.type) ||
				(q.type === 'flashcard' && q.direction === 'forward')
			) {
				if (!sameFolded(String(q.answer), value))
					bad(`answer "${String(q.answer)}" is not the fact's value "${value}"`);
			}
			if (q.type === 'choice' && fact.kind === 'statement')
				for (const w of wrong) if (sameFolded(w, fact.value)) bad(`wrong option equals the value`);
			if (q.type === 'truefalse' && q.answer === false && fact.kind === 'statement') {
				if (!swappable.some((v) => !sameFolded(v, fact.value) && containsFolded(q.prompt, v)))
					bad('false statement swaps in a value the article does not give another fact');
			}
		} else if (fact.kind === 'list') {
			if (q.type === 'truefalse' && q.answer === false) bad('false statement about a list (merely absent)');
			if (q.type === 'truefalse' && q.answer === true) {
				const named = fact.items.filter((i) => containsFolded(q.prompt, i));
				if (named.length === 0) bad('true statement names no item of its list');
				else if (named.length < fact.items.length && !/một|nêu|kể|trong (các|số|những)/u.test(q.prompt))
					bad(
						`true statement drops items of its list: ${fact.items.filter((i) => !named.includes(i)).join(', ')}`
					);
			}
			for (const a of answers)
				if (typeof a === 'string' && q.type !== 'flashcard' && !fact.items.some((i) => sameFolded(i, a)))
					bad(`answer "${a}" is not an item`);
			for (const w of wrong)
				if (fact.items.some((i) => sameFolded(i, w))) bad(`wrong option "${w}" is a true item`);
			if (q.type === 'multi' && answers.length !== fact.items.length)
				bad('multi does not ask for every item');
		} else if (fact.kind === 'person-post' && q.type !== 'match') {
			const personAnswer = people.find((p) => sameFolded(p, String(q.answer)));
			if (q.type === 'choice' && personAnswer) {
				// "Who holds P?": no wrong person may hold P, nor, for a membership post, any post in its body.
				for (const w of wrong) if (mayHold(w, fact)) bad(`wrong option ${w} may also hold ${fact.post}`);
			}
			if ((q.type === 'choice' || q.type === 'multi') && !personAnswer) {
				const person = fact.person;
				for (const a of answers)
					if (!postsOf(person).some((p) => sameFolded(p.post, String(a))))
						bad(`answer "${String(a)}" is not a post of ${person}`);
				for (const w of wrong)
					if (postsOf(person).some((p) => sameFolded(p.post, w)))
						bad(`wrong option "${w}" is a post of ${person}`);
				if (q.type === 'multi' && answers.length !== postsOf(person).length)
					bad(`multi does not ask for all posts of ${person}`);
			}
			if (q.type === 'truefalse' && q.answer === false) {
				for (const own of postsOf(fact.person))
					if (containsFolded(q.prompt, own.post)) bad(`false statement names a true post: ${own.post}`);
			}
		}
		if (q.type === 'match') {
			const pairs = q.pairs ?? [];
			if (pairs.length < 4 || pairs.length > 5) bad(`match round has ${pairs.length} pairs`);
			if (pairs.length !== q.factIds.length) bad('match pairs and factIds differ in length');
			if (new Set(pairs.map((p) => foldText(p[0]))).size !== pairs.length) bad('match lefts repeat');
			if (new Set(pairs.map((p) => foldText(p[1]))).size !== pairs.length) bad('match rights repeat');
			pairs.forEach(([left, right], i) => {
				const f = known[i]!;
				if (f.kind === 'person-post') {
					if (!sameFolded(left, f.person) || !sameFolded(right, f.post))
						bad(`pair ${left} - ${right} is not fact ${f.id}`);
					pairs.forEach(([, otherRight], j) => {
						const other = known[j] as PersonPostFact;
						if (i !== j && mayHold(left, other)) bad(`${left} may also hold ${otherRight}`);
					});
				} else if (f.kind === 'count' || f.kind === 'amount') {
					if (findNumber(left, f.written).length === 0) bad(`left "${left}" does not give ${f.written}`);
					// Unambiguous: the figure must not also fit another pair of the round ("08" pairs, "08" projects).
					known.forEach((other, j) => {
						if (j !== i && (other.kind === 'count' || other.kind === 'amount') && figureFits(left, other))
							bad(`"${left}" also fits "${pairs[j]![1]}"`);
					});
				}
			});
		}
		// Three people are each "Phó Chủ tịch" of a different body: a prompt naming the title names a body or person.
		if (containsFolded(q.prompt, 'Phó Chủ tịch')) {
			const named =
				bodiesOfTitle('Phó Chủ tịch').some((b) => containsFolded(q.prompt, b)) ||
				people.some((p) => containsFolded(q.prompt, p)) ||
				['VUFO', 'UBND', 'Liên hiệp'].some((b) => containsFolded(q.prompt, `Phó Chủ tịch ${b}`));
			if (!named) bad('prompt says "Phó Chủ tịch" without naming the body or the person');
		}
	}
	return problems;
}

/**
 * A question that connects facts (connected.ts): every quote verbatim, every fact stated by one of them, the
 * options well formed, and each kind's own truth (who sits where, which names are one body, which ranks name
 * a body, what the closed series holds, parts that add up to their whole).
 */
function auditConnected(q: Question, known: Fact[], file: FactsFile, source: string): string[] {
	const out: string[] = [];
	const quotes = [q.source.quote, ...(q.source.quotes ?? [])];
	for (const x of quotes) if (!source.includes(x)) out.push(`quote not verbatim: "${x.slice(0, 60)}"`);
	if (quotes.some(hasTruncatedYear)) out.push('shows the truncated year');
	for (const f of known)
		if (!quotes.some((x) => statedProblems(f, x).length === 0)) out.push(`no quote states fact ${f.id}`);
	const answers = (Array.isArray(q.answer) ? q.answer : [q.answer]).map(String);
	const choices = q.choices ?? [];
	const wrong = choices.filter((c) => !answers.includes(c));
	if (q.type === 'choice' || q.type === 'multi') {
		for (const a of answers)
			if (choices.filter((c) => c === a).length !== 1) out.push(`answer "${a}" not once among the choices`);
		if (new Set(choices.map(foldText)).size !== choices.length) out.push('choices repeat');
		if (q.type === 'choice' && choices.length !== 4) out.push(`choice has ${choices.length} options`);
		if (q.type === 'multi' && wrong.length < 2) out.push('multi has fewer than two wrong options');
	}
	const said = quotes.join(' \n ');
	const people = file.facts.filter((f): f is PersonPostFact => f.kind === 'person-post');
	const numbers = (t: string) => [...t.matchAll(/\d+/g)].map((m) => Number(m[0]));
	switch (q.connects) {
		case 'sides':
			if (!containsFolded(q.source.quote, 'về phía')) out.push('the quote does not say "về phía"');
			for (const c of choices)
				if (!people.some((p) => sameFolded(p.person, c))) out.push(`option "${c}" is not an official`);
			for (const a of answers)
				if (
					!containsFolded(said, a) &&
					!people.some((p) => sameFolded(p.person, a) && containsFolded(said, p.quote))
				)
					out.push(`no quote seats ${a}`);
			break;
		case 'aliases': {
			const group = (file.aliases ?? []).find((g) => g.some((n) => q.prompt.includes(`chỉ ${n}?`)));
			if (!group) out.push('the prompt names no alias group');
			else {
				for (const a of answers)
					if (!group.some((n) => sameFolded(n, a))) out.push(`"${a}" is not a name of the group`);
				for (const w of wrong)
					if (group.some((n) => containsFolded(w, n) || containsFolded(n, w)))
						out.push(`wrong option "${w}" is a name of the group`);
			}
			break;
		}
		case 'addressees': {
			const name = /đích danh (.+)\? \(/u.exec(q.prompt)?.[1] ?? '';
			const sentences = q.source.quotes ?? [];
			choices.forEach((c, i) => {
				const rank = ['nhất', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'].findIndex((o) =>
					c.endsWith(`thứ ${o}`)
				);
				const names = rank >= 0 && containsFolded(sentences[rank] ?? '', name);
				if (names !== answers.includes(c))
					out.push(`option ${i + 1} "${c}": its sentence ${names ? 'names' : 'does not name'} ${name}`);
			});
			break;
		}
		case 'not-in-series': {
			const series = (q.source.quotes ?? []).slice(1, -1);
			if (!source.includes(answers[0]!)) out.push("the odd option is not the article's words");
			if (series.some((x) => containsFolded(x, answers[0]!)))
				out.push('the odd option is part of the series');
			for (const w of wrong)
				if (!series.some((x) => containsFolded(x, w)))
					out.push(`wrong option "${w}" is not an item of the series`);
			break;
		}
		case 'composition': {
			const whole = known[0] as CountFactLike;
			for (const a of answers)
				if (!numbers(a).every((n) => numbers(said).includes(n)))
					out.push(`answer "${a}" gives a number the quotes do not`);
			for (const c of choices) {
				const ns = numbers(c);
				if (ns.reduce((x, y) => x + y, 0) !== whole.value)
					out.push(`option "${c}" does not add up to ${whole.value}`);
				if (ns.some((n) => n > whole.value || n < 1))
					out.push(`option "${c}" has a part over its whole or of none`);
			}
			break;
		}
		case 'in-turn': {
			const [a, b] = known as CountFactLike[];
			if (!a || !b || !answers[0]!.startsWith(`${a.written} `) || !answers[0]!.includes(` và ${b.written} `))
				out.push('the answer does not give the two figures in turn');
			break;
		}
		case 'order': {
			const pairs = q.pairs ?? [];
			const qs = q.source.quotes ?? [];
			if (pairs.length !== qs.length || pairs.length < 3 || pairs.length > 5)
				out.push('order needs 3-5 pairs, one quote each');
			pairs.forEach(([, r], i) => {
				if (!containsFolded(qs[i] ?? '', r.replace(/…$/u, '')))
					out.push(`pair ${i + 1} is not stated by its quote`);
			});
			break;
		}
	}
	return out;
}

interface CountFactLike {
	value: number;
	written: string;
}

/** A deep copy, for tests that corrupt a bank. */
export function cloneBank(bank: Bank): Bank {
	return JSON.parse(JSON.stringify(bank)) as Bank;
}
