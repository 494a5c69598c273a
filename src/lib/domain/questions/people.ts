/**
 * Who holds which post. The article's traps live here: three people are each "Phó Chủ tịch" of a different
 * body (so every prompt names the body, through the full `post`), and one person holds several posts (so his
 * other posts are never wrong options, and membership posts such as "Tỉnh uỷ viên" count as held by anyone
 * with a post in the same body: a Phó Bí thư of the Tỉnh uỷ is a member of it).
 */
import { capitalize, containsFolded, foldText, sameFolded } from '../facts/text';
import type { PersonPostFact, Question } from '../types';
import { choice, cloze, flashcard, fromFact, makeQuestion, multi, trueFalsePair, typed } from './build';
import { coveringSpan, pickDistinct, spanStating, widenToSentences, type Context } from './context';
import { askOf, fill, mentions } from './phrasing';

export interface Person {
	name: string;
	/** "ông", "bà", or "" when the article never says. */
	honorific: string;
	/** The person's posts, sorted by fact id. */
	facts: PersonPostFact[];
}

const MEMBERSHIP = ['ủy viên', 'thành viên', 'hội viên'];
/** Longest quote shown for a question about all of a person's posts. */
const MAX_QUOTE = 600;

/** A post that every holder of another post in the same body also has (member of a committee). */
function isMembership(post: string): boolean {
	return MEMBERSHIP.some((m) => containsFolded(post, m)) || foldText(post).startsWith(foldText('đại biểu'));
}

/** The body a post belongs to: the fact's `body`, else what is left of the post once the title is removed. */
export function bodyOf(post: string, title?: string, body?: string): string {
	if (body && body.trim() !== '') return body;
	// "Tỉnh uỷ viên" is a member of the Tỉnh uỷ.
	const m = /^(tỉnh|thành|huyện|quận|đảng)\s+(uỷ|ủy)\s+viên/iu.exec(post.normalize('NFC'));
	if (m) return `${m[1]} ${m[2]}`;
	if (title && foldText(post).startsWith(foldText(title))) {
		const rest = post.slice(title.length).trim();
		if (rest !== '') return rest;
	}
	return '';
}

function overlaps(a: string, b: string): boolean {
	if (a.trim() === '' || b.trim() === '') return false;
	return containsFolded(a, b) || containsFolded(b, a);
}

/**
 * Whether the person holds, or may well hold, a post: the same post (folded), or a membership post of a body
 * in which the person holds any post. Used to keep true answers out of wrong options and false statements.
 */
export function mayHold(person: Person, post: string, title?: string, body?: string): boolean {
	if (person.facts.some((f) => sameFolded(f.post, post))) return true;
	if (!isMembership(title ?? post)) return false;
	const candidateBody = bodyOf(post, title, body);
	if (candidateBody === '') return true;
	return person.facts.some(
		(f) => overlaps(bodyOf(f.post, f.title, f.body), candidateBody) || containsFolded(f.post, candidateBody)
	);
}

function honorificOf(source: string, name: string): string {
	if (containsFolded(source, `bà ${name}`)) return 'bà';
	if (containsFolded(source, `ông ${name}`)) return 'ông';
	return '';
}

/** Groups the person-post facts by person, in a stable order (by each person's first fact id). */
export function peopleOf(ctx: Context): Person[] {
	const byName = new Map<string, Person>();
	for (const fact of ctx.facts) {
		if (fact.kind !== 'person-post') continue;
		const key = foldText(fact.person);
		let person = byName.get(key);
		if (!person) {
			person = { name: fact.person, honorific: honorificOf(ctx.source, fact.person), facts: [] };
			byName.set(key, person);
		}
		person.facts.push(fact);
	}
	return [...byName.values()];
}

/** "Ông Phạm Văn Thành" at the start of a sentence, "ông Phạm Văn Thành" inside one. */
function named(person: Person, start = false): string {
	const text = person.honorific === '' ? person.name : `${person.honorific} ${person.name}`;
	return start ? capitalize(text) : text;
}

function statementOf(person: Person, fact: PersonPostFact, post: string): string {
	if (fact.statement) return fill(fact.statement, post);
	return `${named(person, true)} là ${post}.`;
}

/**
 * A post as the answer to a prompt: its title alone when the prompt already names its body ("... giữ chức vụ gì
 * trong Đoàn Đại biểu Quốc hội tỉnh Quảng Ninh?" -> "Trưởng đoàn"), so the answer does not repeat the prompt.
 */
function postAnswer(prompt: string, fact: PersonPostFact): string {
	const body = bodyOf(fact.post, fact.title, fact.body);
	const named = body !== '' && (mentions(prompt, body) || mentions(prompt, body.replace(/\s*\(.*\)$/u, '')));
	return named && fact.title.trim() !== '' ? fact.title : fact.post;
}

/** Every question about people and posts. */
export function peopleQuestions(ctx: Context): Question[] {
	const people = peopleOf(ctx);
	const allPosts = people.flatMap((p) => p.facts);
	const pool = ctx.pools.posts ?? [];
	const out: (Question | null)[] = [];

	/** Posts of the article that this person surely does not hold, then pool posts, never membership ones. */
	const wrongPostsFor = (person: Person, prefer?: string) => {
		const article = allPosts.filter((f) => !mayHold(person, f.post, f.title, f.body));
		const same = prefer ? article.filter((f) => sameFolded(f.title, prefer)).map((f) => f.post) : [];
		const other = article.map((f) => f.post);
		const fromPool = pool.filter((p) => !isMembership(p) && !mayHold(person, p));
		return { same, other, fromPool };
	};

	for (const person of people) {
		// The person's statements all read "Ông X là ...": their false versions must differ from each other.
		const usedFalse: string[] = [];
		for (const fact of person.facts) {
			const base = fromFact(fact);
			const holders = people.filter((p) => mayHold(p, fact.post, fact.title, fact.body));
			const explicit = people.filter((p) => p.facts.some((f) => sameFolded(f.post, fact.post)));
			const ask = askOf(fact);
			// "Who is P?" typed or on a card only when nobody else may hold P (a Phó Bí thư of the Tỉnh uỷ is
			// also a Tỉnh uỷ viên); as a choice it is enough that the wrong options surely do not hold it.
			if (holders.length === 1) {
				const whoPrompt = ask && !mentions(ask, person.name) ? ask : `Theo bài viết, ai là ${fact.post}?`;
				out.push(flashcard(fact, 'reverse', whoPrompt, person.name));
				out.push(typed(ctx, { ...base, id: `${fact.id}:typed`, prompt: whoPrompt }, person.name));
			}
			if (explicit.length === 1) {
				const others = people.filter((p) => !holders.includes(p)).map((p) => p.name);
				const id = `${fact.id}:choice`;
				out.push(
					choice(
						ctx,
						{ ...base, id, prompt: `Ai trong số những người sau là ${fact.post}?` },
						person.name,
						pickDistinct(others, [person.name], 3, ctx.rng(id))
					)
				);
			}

			const falseId = `${fact.id}:truefalse:false`;
			const wrong = wrongPostsFor(person, fact.title);
			// The instructive false statement swaps the body under the same title ("Phó Chủ tịch VUFO"). Only the
			// article's own posts, held by someone else: a pool post is merely not mentioned, not contradicted.
			const candidates = wrong.same.length > 0 ? wrong.same : wrong.other;
			const taken = [...person.facts.map((f) => f.post), ...usedFalse];
			out.push(
				...trueFalsePair(
					ctx,
					fact,
					(post) => statementOf(person, fact, post),
					fact.post,
					(rng) => {
						// When the first pool has nothing left, the wider pool is drawn as if it came first.
						const changed =
							pickDistinct(candidates, taken, 1, rng)[0] ??
							pickDistinct(wrong.other, taken, 1, ctx.rng(falseId))[0];
						if (changed) usedFalse.push(changed);
						return changed;
					}
				)
			);
			out.push(cloze(ctx, fact, `${fact.id}:cloze`, fact.title));
		}

		// Forward questions: the fact's own question when it names the person (and, for a person with several
		// posts, the body); otherwise posts are grouped by body, since "giữ chức vụ gì tại VUFO?" has two
		// answers for Doanh.
		const groups = new Map<string, PersonPostFact[]>();
		for (const fact of person.facts) {
			const body = bodyOf(fact.post, fact.title, fact.body);
			const key = body === '' ? `#${fact.id}` : foldText(body);
			groups.set(key, [...(groups.get(key) ?? []), fact]);
		}
		const askFits = (fact: PersonPostFact) => {
			const ask = askOf(fact);
			const body = bodyOf(fact.post, fact.title, fact.body);
			return (
				!!ask &&
				mentions(ask, person.name) &&
				(person.facts.length === 1 || (body !== '' && mentions(ask, body)))
			);
		};
		for (const group of groups.values()) {
			if (group.every(askFits)) {
				for (const fact of group) {
					const ask = askOf(fact)!;
					out.push(flashcard(fact, 'forward', ask, postAnswer(ask, fact)));
				}
				continue;
			}
			const first = group[0]!;
			const body = bodyOf(first.post, first.title, first.body);
			let prompt: string | undefined;
			if (body !== '' && !sameFolded(body, first.post))
				prompt = `${named(person, true)} giữ chức vụ gì tại ${body}?`;
			else if (person.facts.length === 1) prompt = `${named(person, true)} giữ chức vụ gì?`;
			if (!prompt) continue;
			const quote =
				coveringSpan(
					ctx.source,
					group.map((f) => f.quote)
				) ?? first.quote;
			out.push(
				makeQuestion({
					id: `${first.id}:flashcard:forward`,
					type: 'flashcard',
					prompt,
					answer: group.map((f) => postAnswer(prompt, f)).join('; '),
					direction: 'forward',
					factIds: group.map((f) => f.id),
					topic: first.topic,
					quote
				})
			);
		}

		const first = person.facts[0]!;
		// One passage that names the person with every post: the post as written when the article has it,
		// else its title ("Trưởng đoàn" in "... do ông Nguyễn Văn Doanh, Phó Chủ tịch VUFO làm Trưởng đoàn").
		const phrases = person.facts.map((f) => (containsFolded(ctx.source, f.post) ? f.post : f.title));
		const span =
			spanStating(ctx.source, [person.name, ...phrases]) ??
			coveringSpan(
				ctx.source,
				person.facts.map((f) => f.quote)
			);
		if (!span || span.length > MAX_QUOTE) continue;
		const quote = widenToSentences(ctx.source, span, MAX_QUOTE);
		const shared = { factIds: person.facts.map((f) => f.id), topic: first.topic, quote };
		const held = person.facts.map((f) => f.post);
		const wrong = wrongPostsFor(person, undefined);
		const choiceId = `${first.id}:choice:post`;
		const rng = ctx.rng(choiceId);
		// The correct option is the fact the id comes from, so the id always names what it asks.
		const correct = first;
		// Up to six candidates: the choice keeps the three nearest the answer in length.
		let wrongOptions = pickDistinct(wrong.other, held, 6, rng);
		if (wrongOptions.length < 3)
			wrongOptions = [
				...wrongOptions,
				...pickDistinct(wrong.fromPool, [...held, ...wrongOptions], 3 - wrongOptions.length, rng)
			];
		out.push(
			choice(
				ctx,
				{
					...shared,
					id: choiceId,
					factIds: [correct.id],
					quote: correct.quote,
					prompt: `${named(person, true)} giữ chức vụ nào sau đây?`
				},
				correct.post,
				wrongOptions
			)
		);
		if (person.facts.length >= 2) {
			out.push(
				makeQuestion({
					...shared,
					id: `${first.id}:flashcard:posts`,
					type: 'flashcard',
					prompt: `${named(person, true)} giữ những chức vụ nào?`,
					answer: held.join('; '),
					direction: 'forward'
				})
			);
			const multiId = `${first.id}:multi:posts`;
			const mrng = ctx.rng(multiId);
			let mWrong = pickDistinct(wrong.other, held, 3, mrng);
			if (mWrong.length < 3)
				mWrong = [...mWrong, ...pickDistinct(wrong.fromPool, [...held, ...mWrong], 3 - mWrong.length, mrng)];
			out.push(
				multi(
					ctx,
					{
						...shared,
						id: multiId,
						prompt: `${named(person, true)} giữ những chức vụ nào sau đây? (Chọn tất cả các ý đúng.)`
					},
					held,
					mWrong
				)
			);
		}
	}
	return out.filter((q): q is Question => q !== null);
}
