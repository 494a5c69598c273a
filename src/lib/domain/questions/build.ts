/**
 * Builders shared by every fact kind: one place that writes a Question's keys in a fixed order (so
 * bank.json diffs stay readable), shuffles choices, and blanks a cloze.
 */
import { containsFolded } from '../facts/text';
import type { Rng } from '../random';
import type { Fact, NumericSpec, Question, QuestionType } from '../types';
import { fairAnswers, MAX_TYPED_WORDS, typedWords } from './aliases';
import type { Context } from './context';
import { blankOut, sentenceAround } from './context';
import { clausesAround, clozeGiveaway } from './giveaways';

export interface QuestionInput {
	id: string;
	type: QuestionType;
	prompt: string;
	answer: string | string[] | boolean;
	choices?: string[];
	pairs?: [string, string][];
	cloze?: string;
	accept?: string[];
	numeric?: NumericSpec;
	direction?: 'forward' | 'reverse';
	note?: string;
	factIds: string[];
	topic: Question['topic'];
	quote: string;
	/** match: one verbatim quote per pair, aligned with `pairs`; a connected question: its facts' quotes. */
	quotes?: string[];
	connects?: Question['connects'];
}

/** A Question with its keys in the bank's order (id, type, prompt, answer, type-specific, provenance). */
export function makeQuestion(q: QuestionInput): Question {
	const out: Record<string, unknown> = { id: q.id, type: q.type, prompt: q.prompt, answer: q.answer };
	if (q.choices) out.choices = q.choices;
	if (q.pairs) out.pairs = q.pairs;
	if (q.cloze !== undefined) out.cloze = q.cloze;
	if (q.accept && q.accept.length > 0) out.accept = q.accept;
	if (q.numeric) out.numeric = q.numeric;
	if (q.direction) out.direction = q.direction;
	if (q.note) out.note = q.note;
	if (q.connects) out.connects = q.connects;
	out.factIds = q.factIds;
	out.topic = q.topic;
	out.source = q.quotes ? { quote: q.quote, quotes: q.quotes } : { quote: q.quote };
	return out as unknown as Question;
}

/** The question with a note for the feedback, keys still in the bank's order. */
export function withNote(q: Question, note: string): Question {
	const { source, ...rest } = q;
	const out = makeQuestion({ ...rest, note, quote: source.quote, quotes: source.quotes });
	const shown = falseShown.get(q);
	if (shown !== undefined) falseShown.set(out, shown);
	return out;
}

/** Marks a cut-out passage with "…" where it starts or ends mid-sentence, so it reads as an excerpt. */
function asExcerpt(text: string): string {
	const head = /^[\p{Ll}\d(]/u.test(text) ? '…' : '';
	const tail = /[.!?…:;"”)]$/u.test(text) ? '' : '…';
	return `${head}${text}${tail}`;
}

/** Fields every question of one fact shares. */
export function fromFact(fact: Fact): Pick<QuestionInput, 'factIds' | 'topic' | 'quote'> {
	return { factIds: [fact.id], topic: fact.topic, quote: fact.quote };
}

/** A flashcard on one fact, with the id every generator gives it (`<fact>:flashcard:<direction>`). */
export function flashcard(
	fact: Fact,
	direction: 'forward' | 'reverse',
	prompt: string,
	answer: string
): Question {
	return makeQuestion({
		...fromFact(fact),
		id: `${fact.id}:flashcard:${direction}`,
		type: 'flashcard',
		prompt,
		answer,
		direction
	});
}

/**
 * What a false statement shows once its swapped-in value is taken out ("Ông X là …"): the value states nothing
 * (it is false), while the rest of the sentence may state other facts. Read by the `reveals` computation.
 */
const falseShown = new WeakMap<Question, string>();

/** The text a question shows for the `reveals` relation, where it differs from its prompt and answer. */
export function shownOverride(q: Question): string | undefined {
	return falseShown.get(q);
}

/**
 * The true/false pair of a fact: its statement with the right value, and (when `wrongValue` finds one) the
 * same statement with a wrong value. `wrongValue` gets the false question's own generator, so the wrong value
 * a question shows does not move when other questions are added.
 */
export function trueFalsePair(
	ctx: Context,
	fact: Fact,
	statementWith: (value: string) => string,
	right: string,
	wrongValue: (rng: Rng) => string | undefined
): Question[] {
	const base = fromFact(fact);
	const out = [
		makeQuestion({
			...base,
			id: `${fact.id}:truefalse:true`,
			type: 'truefalse',
			prompt: statementWith(right),
			answer: true
		})
	];
	const falseId = `${fact.id}:truefalse:false`;
	const wrong = wrongValue(ctx.rng(falseId));
	if (wrong) {
		const q = makeQuestion({
			...base,
			id: falseId,
			type: 'truefalse',
			prompt: statementWith(wrong),
			answer: false
		});
		falseShown.set(q, statementWith('…'));
		out.push(q);
	}
	return out;
}

/** The three wrong options nearest the answer in length (then in the order given): a long true option among
 * short false ones gives itself away. */
export function likeInLength(answer: string, wrong: readonly string[]): string[] {
	const gap = (w: string) => Math.abs(Math.log((w.length + 1) / (answer.length + 1)));
	return wrong
		.map((w, i) => ({ w, i, g: gap(w) }))
		.sort((a, b) => a.g - b.g || a.i - b.i)
		.slice(0, 3)
		.sort((a, b) => a.i - b.i)
		.map((x) => x.w);
}

/**
 * A one-of-four choice: the answer and three wrong options (the three nearest it in length, when more are
 * given), shuffled by the question's own generator. Null when fewer than three wrong options exist (a
 * question with two options teaches little).
 */
export function choice(
	ctx: Context,
	base: Omit<QuestionInput, 'type' | 'choices' | 'answer'>,
	answer: string,
	wrong: readonly string[]
): Question | null {
	if (wrong.length < 3) return null;
	const choices = ctx.rng(base.id).shuffle([answer, ...likeInLength(answer, wrong)]);
	return makeQuestion({ ...base, type: 'choice', answer, choices });
}

/** Select-all-that-apply: every answer plus the wrong options, shuffled. Null without at least two wrong ones. */
export function multi(
	ctx: Context,
	base: Omit<QuestionInput, 'type' | 'choices' | 'answer'>,
	answers: readonly string[],
	wrong: readonly string[]
): Question | null {
	if (wrong.length < 2 || answers.length < 1) return null;
	const choices = ctx.rng(base.id).shuffle([...answers, ...wrong]);
	return makeQuestion({ ...base, type: 'multi', answer: [...answers], choices });
}

/**
 * A typed question: null when the answer runs over MAX_TYPED_WORDS words (too long to type on a phone). The
 * fair other ways to type it (aliases.ts) join `accept`.
 */
export function typed(
	ctx: Context,
	base: Omit<QuestionInput, 'type' | 'answer' | 'accept'>,
	answer: string,
	accept: readonly string[] = []
): Question | null {
	if (typedWords(answer) > MAX_TYPED_WORDS) return null;
	const fair = fairAnswers(answer, base.prompt, ctx.aliases, accept);
	// What the prompt itself says is no answer: "Tên viết tắt của Ban Điều phối viện trợ nhân dân là gì?" does
	// not accept "Ban Điều phối viện trợ nhân dân", though it is another name of PACCOM. A one-word answer may
	// well be in the prompt ("… đã có … hay chưa?" is answered "chưa").
	const given = [...accept, ...fair].filter((a) => typedWords(a) < 2 || !containsFolded(base.prompt, a));
	return makeQuestion({ ...base, type: 'typed', answer, accept: given });
}

/**
 * The option as the fact writes it when the article differs only by a capital its sentence gave it ("…làng
 * chài; Nâng cao nhận thức…"): a lone capitalised option among lower-case ones gives the answer away.
 */
function optionCase(blanked: string, asFact: string): string {
	return blanked !== asFact && blanked.toLocaleLowerCase('vi') === asFact.toLocaleLowerCase('vi')
		? asFact
		: blanked;
}

/**
 * A cloze on the article's own words around the fact's quote: the clauses that hold it, else the sentence,
 * else the quote itself (when the sentence is long, the answer not unique in it, or the wider text gives the
 * answer away: giveaways.ts). The quote shown is the text the cloze was cut from. An answer of
 * more than MAX_TYPED_WORDS words is not typed: with `wrong` options (three at least) the blank becomes a
 * choice (`<fact>:choice:cloze...`), otherwise there is no cloze.
 */
export function cloze(
	ctx: Context,
	fact: Fact,
	id: string,
	answer: string,
	opts: { numeric?: boolean; accept?: string[]; wrong?: readonly string[] } = {}
): Question | null {
	const sentence = sentenceAround(ctx.source, fact.quote);
	// The clauses holding the quote first (no more of the sentence than needed), then the whole sentence,
	// then the quote alone: the first that blanks the answer once and gives nothing away.
	const texts = [...new Set([clausesAround(sentence, fact.quote, answer), sentence, fact.quote])];
	for (const text of texts) {
		const blank = blankOut(text, answer, opts.numeric);
		if (!blank || clozeGiveaway(blank.cloze, blank.answer, ctx.aliases, opts.numeric)) continue;
		const shared = { factIds: [fact.id], topic: fact.topic, quote: text };
		if (typedWords(blank.answer) > MAX_TYPED_WORDS) {
			const wrong = opts.wrong ?? [];
			if (wrong.length < 3) return null;
			return choice(
				ctx,
				{
					...shared,
					id: id.replace(':cloze', ':choice:cloze'),
					prompt: `Chọn cụm từ đúng cho chỗ trống: ${asExcerpt(blank.cloze)}`
				},
				optionCase(blank.answer, answer),
				wrong
			);
		}
		const given = (opts.accept ?? []).filter((a) => a !== blank.answer);
		// The sentence around a blank never gives a head to drop: only generic heads and aliases count.
		const fair = opts.numeric ? [] : fairAnswers(blank.answer, '', ctx.aliases, given);
		return makeQuestion({
			...shared,
			id,
			type: 'cloze',
			prompt: `Điền vào chỗ trống: ${asExcerpt(blank.cloze)}`,
			answer: blank.answer,
			cloze: blank.cloze,
			accept: [...new Set([...given, ...fair])]
		});
	}
	return null;
}
