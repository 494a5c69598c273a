/**
 * The question generator: facts in, a complete question bank out. Pure and deterministic: the same facts,
 * article and pools always give the same bank, byte for byte, and every question's id and content depend only
 * on its own facts (never on the order of the facts file), so regenerating keeps learners' progress attached.
 * The cross-fact rules: a true statement that repeats another fact's true statement is left out (dedupe.ts),
 * true/false is at most one statement per fact and a fifth of the bank (truefalse.ts), and
 * each question lists the others whose answer its shown text states (`reveals`, reveals.ts).
 */
import { formatIssue, hasErrors, validateFacts, type Issue } from '../facts/validate';
import { sameFolded } from '../facts/text';
import {
	QUESTION_TYPES,
	type Bank,
	type Fact,
	type FactsFile,
	type Question,
	type QuestionType
} from '../types';
import { shownOverride } from './build';
import { connectedQuestions } from './connected';
import { createContext, type Context } from './context';
import { dateQuestions } from './dates';
import { dropRepeatedTruths } from './dedupe';
import { listQuestions } from './lists';
import { matchQuestions } from './match';
import { orgQuestions } from './orgs';
import { peopleQuestions } from './people';
import { quantityQuestions } from './quantity';
import { computeReveals, shownText, withReveals } from './reveals';
import { inHouseSpelling } from './spelling';
import { statementQuestions } from './statements';
import { limitTrueFalse } from './truefalse';

export interface GenerateInput {
	facts: FactsFile;
	/** The article text (NFC) the facts quote. */
	source: string;
	/** Distractor pools by name: only their items, as used for wrong options. */
	pools: Record<string, string[]>;
	/** What to write in the bank's `generatedBy` field. */
	generatedBy: string;
	/** Name of the facts file, for messages. */
	fileName?: string;
}

/** Thrown when the facts do not validate: the bank would teach something the article does not say. */
export class InvalidFactsError extends Error {
	readonly issues: Issue[];
	constructor(issues: Issue[]) {
		const errors = issues.filter((i) => i.level === 'error');
		super(
			`Invalid facts (${errors.length} error${errors.length === 1 ? '' : 's'}):\n${errors.map(formatIssue).join('\n')}`
		);
		this.name = 'InvalidFactsError';
		this.issues = issues;
	}
}

/** Thrown when the generated bank breaks its own rules (two questions asking the same thing the same way). */
export class BankRuleError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'BankRuleError';
	}
}

const TYPE_ORDER: readonly QuestionType[] = QUESTION_TYPES;

function questionsOf(ctx: Context, fact: Fact): Question[] {
	switch (fact.kind) {
		case 'count':
		case 'amount':
			return quantityQuestions(ctx, fact);
		case 'date':
			return dateQuestions(ctx, fact);
		case 'list':
			return listQuestions(ctx, fact);
		case 'org':
			return orgQuestions(ctx, fact);
		case 'statement':
			return statementQuestions(ctx, fact);
		case 'person-post':
			return []; // built per person in peopleQuestions, which sees all of a person's posts at once
	}
}

/**
 * Every question the builders make from the deck's facts, before the bank-wide rules (repeated truths, the
 * true/false limits) choose among them: both statements of each fact are here, for instance.
 */
export function candidateQuestions(ctx: Context): Question[] {
	return [
		...ctx.facts.flatMap((f) => questionsOf(ctx, f)),
		...peopleQuestions(ctx),
		...matchQuestions(ctx),
		...connectedQuestions(ctx)
	];
}

/**
 * Problems with a generated bank: duplicate ids, two questions of one type with the same prompt, a choice
 * whose answer is missing from its options or present twice. Empty when the bank is sound.
 */
export function checkBank(bank: Bank): string[] {
	const problems: string[] = [];
	const ids = new Set<string>();
	const prompts = new Map<string, string>();
	const all = new Set(bank.questions.map((q) => q.id));
	for (const q of bank.questions) {
		for (const r of q.reveals ?? [])
			if (!all.has(r) || r === q.id) problems.push(`question "${q.id}" reveals unknown question "${r}"`);
		if (ids.has(q.id)) problems.push(`duplicate question id "${q.id}"`);
		ids.add(q.id);
		// Match rounds of one kind share their instruction; their pairs are the question.
		const key = `${q.type}|${q.prompt}`;
		const other = q.type === 'match' ? undefined : prompts.get(key);
		if (other !== undefined)
			problems.push(`questions "${other}" and "${q.id}" are both ${q.type} with the prompt "${q.prompt}"`);
		else prompts.set(key, q.id);
		if (q.type === 'choice' || q.type === 'multi') {
			const answers = Array.isArray(q.answer) ? q.answer : [q.answer];
			const choices = q.choices ?? [];
			for (const a of answers) {
				if (typeof a !== 'string' || !choices.includes(a))
					problems.push(`question "${q.id}": answer "${String(a)}" is not among its choices`);
			}
			for (let i = 0; i < choices.length; i++) {
				for (let j = i + 1; j < choices.length; j++) {
					if (sameFolded(choices[i]!, choices[j]!))
						problems.push(`question "${q.id}": options "${choices[i]}" and "${choices[j]}" are the same`);
				}
			}
		}
	}
	return problems;
}

/**
 * Generates the bank for one deck. Validates first and throws InvalidFactsError on any error (warnings, such
 * as a damaged fact, are fine: damaged facts are never asked). Throws BankRuleError if the result breaks a
 * bank rule, which means a fact needs rewording.
 */
export function generateBank(input: GenerateInput): Bank {
	const { facts, source, pools, generatedBy } = input;
	const issues = validateFacts(facts, source, pools, input.fileName ?? `${facts?.deck?.id ?? 'facts'}.json`);
	if (hasErrors(issues)) throw new InvalidFactsError(issues);

	const ctx = createContext(facts, source, pools);
	const questions = limitTrueFalse(dropRepeatedTruths(candidateQuestions(ctx), ctx.facts), facts.deck.id);

	// Bank order: by the file position of the question's first fact, then by type, then by id; stable across runs.
	const position = new Map(facts.facts.map((f, i) => [f.id, i]));
	const rank = (q: Question) => position.get(q.factIds[0] ?? '') ?? Number.MAX_SAFE_INTEGER;
	questions.sort(
		(a, b) =>
			(a.type === 'match' ? 1 : 0) - (b.type === 'match' ? 1 : 0) ||
			rank(a) - rank(b) ||
			TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type) ||
			(a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
	);
	const reveals = computeReveals(questions, ctx.facts, (q) => shownOverride(q) ?? shownText(q));
	const bank: Bank = {
		version: 1,
		deck: { id: facts.deck.id, title: facts.deck.title, source: facts.deck.source },
		generatedBy,
		questions: withReveals(questions, reveals).map(inHouseSpelling)
	};
	const problems = checkBank(bank);
	if (problems.length > 0)
		throw new BankRuleError(`The generated bank breaks its rules:\n${problems.join('\n')}`);
	return bank;
}
