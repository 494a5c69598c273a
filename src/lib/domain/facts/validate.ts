/**
 * Validation of a facts file against its article and the distractor pools. It never throws: it returns every
 * problem it finds, so the `npm run questions` command (or the import screen) can show them all at once.
 */
import {
	QUALIFIERS,
	TOPICS,
	type Fact,
	type FactKind,
	type FactsFile,
	type Qualifier,
	type Topic
} from '../types';
import { containsFolded, findNumber, foldText, isNfc, parseWrittenNumber, sameFolded } from './text';

export interface Issue {
	file: string;
	factId?: string;
	level: 'error' | 'warning';
	message: string;
}

const KINDS: readonly FactKind[] = ['person-post', 'count', 'amount', 'date', 'list', 'org', 'statement'];
const SCALES = ['nghìn', 'triệu', 'tỉ', 'tỷ', ''];
const CURRENCIES = ['đồng', 'USD'];
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * A year cut short: "năm 201" followed by anything but a digit. The article's "bản hợp tác đã ký năm 201." is
 * one; asking about it would teach a wrong year.
 */
const TRUNCATED_YEAR = /năm\s+\d{1,3}(?![\d])/giu;

/** True when a text shows a truncated year ("năm 201"): such a span must never be shown as proof. */
export function hasTruncatedYear(text: string): boolean {
	return new RegExp(TRUNCATED_YEAR.source, 'iu').test(text);
}

/** Required fields per kind, beyond the common ones, with the type each must have. */
const REQUIRED: Record<FactKind, Record<string, 'string' | 'number' | 'string[]'>> = {
	'person-post': { person: 'string', post: 'string', title: 'string' },
	count: { value: 'number', unit: 'string', written: 'string' },
	amount: { value: 'number', scale: 'string', currency: 'string', written: 'string' },
	date: { value: 'string' },
	list: { items: 'string[]' },
	org: { name: 'string', value: 'string' },
	statement: { value: 'string' }
};

const OPTIONAL: Record<string, 'string' | 'number' | 'boolean' | 'string[]'> = {
	damaged: 'string',
	ask: 'string',
	statement: 'string',
	body: 'string',
	side: 'string',
	qualifier: 'string',
	year: 'number',
	month: 'number',
	day: 'number',
	endYear: 'number',
	ordered: 'boolean',
	pool: 'string',
	wrong: 'string[]'
};

function typeOk(value: unknown, type: 'string' | 'number' | 'boolean' | 'string[]'): boolean {
	if (type === 'string[]') return Array.isArray(value) && value.every((v) => typeof v === 'string');
	if (type === 'number') return typeof value === 'number' && Number.isFinite(value);
	return typeof value === type;
}

function isBlank(value: unknown): boolean {
	return (
		(typeof value === 'string' && value.trim() === '') ||
		(Array.isArray(value) &&
			(value.length === 0 || value.some((v) => typeof v === 'string' && v.trim() === '')))
	);
}

/** Every string inside a value, for the NFC check. */
function strings(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap(strings);
	if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
	return [];
}

/**
 * Checks a facts file. Errors: a missing or empty required field, a wrong type, a duplicate or non-kebab-case
 * id, a quote not found verbatim in the source, a value not stated in its quote (compared folded; numbers as
 * written), a `statement` without exactly one `{value}`, an unknown pool, text not in NFC, an undamaged quote
 * holding a truncated year. `sourceName` names the article in messages. Warnings: damaged facts (kept, never asked) and truncated years in the source that
 * no damaged fact records.
 */
export function validateFacts(
	file: FactsFile,
	source: string,
	pools: Record<string, string[]>,
	fileName: string,
	sourceName = file?.sourceFile ?? 'the source'
): Issue[] {
	const issues: Issue[] = [];
	const error = (message: string, factId?: string) =>
		issues.push(
			factId === undefined
				? { file: fileName, level: 'error', message }
				: { file: fileName, factId, level: 'error', message }
		);
	const warn = (message: string, factId?: string) =>
		issues.push(
			factId === undefined
				? { file: fileName, level: 'warning', message }
				: { file: fileName, factId, level: 'warning', message }
		);

	if (!file || typeof file !== 'object') {
		error('the facts file is not a JSON object');
		return issues;
	}
	if (!isNfc(source)) error('the source text is not in Unicode NFC');
	const deck = (file as Partial<FactsFile>).deck;
	if (!deck || typeof deck !== 'object') {
		error('missing "deck" (id, title, source)');
	} else {
		for (const key of ['id', 'title', 'source'] as const) {
			if (typeof deck[key] !== 'string' || deck[key].trim() === '') error(`deck: missing or empty "${key}"`);
			else if (!isNfc(deck[key])) error(`deck: "${key}" is not in Unicode NFC`);
		}
		if (typeof deck.id === 'string' && deck.id !== '' && !KEBAB.test(deck.id)) {
			error(`deck: id "${deck.id}" is not kebab-case`);
		}
	}
	const facts = (file as Partial<FactsFile>).facts;
	if (!Array.isArray(facts)) {
		error('missing "facts" array');
		return issues;
	}

	const seen = new Set<string>();
	const damagedYears = new Set<string>();
	facts.forEach((raw, index) => {
		const fact = raw as unknown as Record<string, unknown>;
		const id = typeof fact?.id === 'string' && fact.id.trim() !== '' ? fact.id : undefined;
		const where = id ?? `#${index + 1}`;
		if (!fact || typeof fact !== 'object') {
			error(`fact #${index + 1} is not an object`);
			return;
		}
		if (id === undefined) error(`fact #${index + 1}: missing or empty "id"`);
		else {
			if (!KEBAB.test(id)) error(`id "${id}" is not kebab-case`, id);
			if (seen.has(id)) error(`duplicate id "${id}"`, id);
			seen.add(id);
		}
		for (const s of strings(fact)) {
			if (!isNfc(s)) {
				error(`text is not in Unicode NFC: "${s.slice(0, 40)}"`, where);
				break;
			}
		}
		const kind = fact.kind as FactKind;
		if (!KINDS.includes(kind)) {
			error(`unknown or missing kind "${String(fact.kind)}" (expected one of ${KINDS.join(', ')})`, where);
			return;
		}
		if (!TOPICS.includes(fact.topic as Topic))
			error(`unknown or missing topic "${String(fact.topic)}"`, where);
		let fieldsOk = true;
		const required: Record<string, 'string' | 'number' | 'string[]'> = {
			subject: 'string',
			quote: 'string',
			...REQUIRED[kind]
		};
		for (const [key, type] of Object.entries(required)) {
			const value = fact[key];
			if (value === undefined || value === null) {
				error(`missing required field "${key}" for kind ${kind}`, where);
				fieldsOk = false;
			} else if (!typeOk(value, type)) {
				error(`field "${key}" must be ${type === 'string[]' ? 'an array of strings' : `a ${type}`}`, where);
				fieldsOk = false;
			} else if (isBlank(value)) {
				error(`field "${key}" is empty`, where);
				fieldsOk = false;
			}
		}
		for (const [key, type] of Object.entries(OPTIONAL)) {
			if (key in fact && fact[key] !== undefined && !(key in required) && !typeOk(fact[key], type)) {
				error(`field "${key}" must be ${type === 'string[]' ? 'an array of strings' : `a ${type}`}`, where);
				fieldsOk = false;
			}
		}
		if (!fieldsOk) return;
		checkContent(fact as unknown as Fact, where);
	});

	function checkContent(fact: Fact, where: string) {
		const quote = fact.quote;
		const inSource = source.includes(quote);
		if (!inSource) error(`quote not found in ${sourceName}: "${quote.slice(0, 60)}"`, where);

		const truncated = [...quote.matchAll(TRUNCATED_YEAR)].map((m) => m[0]);
		if (fact.damaged !== undefined) {
			if (fact.damaged.trim() === '') error('field "damaged" is empty: say what is damaged', where);
			warn(`damaged, never asked: ${fact.damaged}`, where);
			truncated.forEach((t) => damagedYears.add(foldText(t)));
			return;
		}
		if (truncated.length > 0) {
			error(
				`quote holds a truncated year "${truncated[0]}": mark the fact "damaged" or quote another span`,
				where
			);
		}
		if (fact.ask !== undefined && !fact.ask.trim().endsWith('?'))
			error('"ask" must be a question ending in "?"', where);
		if (fact.statement !== undefined) {
			const count = fact.statement.split('{value}').length - 1;
			if (count !== 1) error(`"statement" must hold exactly one {value}, found ${count}`, where);
		}
		const poolName = 'pool' in fact ? fact.pool : undefined;
		if (poolName !== undefined && !(poolName in pools)) error(`unknown pool "${poolName}"`, where);

		for (const problem of statedProblems(fact, quote)) error(problem, where);
		switch (fact.kind) {
			case 'person-post':
				if (!containsFolded(fact.post, fact.title))
					error(`post "${fact.post}" does not contain its title "${fact.title}"`, where);
				if (fact.body !== undefined && fact.body.trim() === '') error('field "body" is empty', where);
				break;
			case 'count':
			case 'amount': {
				const parsed = parseWrittenNumber(fact.written);
				if (parsed === null)
					error(`"written" is not a number as the article prints it: "${fact.written}"`, where);
				else if (parsed !== fact.value)
					error(`"written" ${fact.written} reads as ${parsed}, not value ${fact.value}`, where);
				if (fact.qualifier !== undefined && !QUALIFIERS.includes(fact.qualifier as Qualifier))
					error(`unknown qualifier "${fact.qualifier}"`, where);
				if (fact.value <= 0) error(`value must be positive, got ${fact.value}`, where);
				if (fact.kind === 'count') {
					if (!containsFolded(quote, fact.unit))
						warn(`unit "${fact.unit}" does not appear in the quote`, where);
				} else {
					if (!SCALES.includes(fact.scale)) error(`unknown scale "${fact.scale}"`, where);
					if (!CURRENCIES.includes(fact.currency)) error(`unknown currency "${fact.currency}"`, where);
				}
				break;
			}
			case 'date':
				for (const part of ['year', 'month', 'day', 'endYear'] as const) {
					const n = fact[part];
					if (n !== undefined && !Number.isInteger(n))
						error(`${part} must be a whole number, got ${n}`, where);
				}
				break;
			case 'list': {
				const folded = new Set<string>();
				for (const item of fact.items) {
					if (folded.has(foldText(item))) error(`item "${item}" is listed twice`, where);
					folded.add(foldText(item));
				}
				const pool = fact.pool !== undefined ? pools[fact.pool] : undefined;
				for (const p of pool ?? []) {
					if (folded.has(foldText(p)))
						error(`pool "${fact.pool}" holds "${p}", a true item of this list`, where);
				}
				break;
			}
			case 'org':
				break;
			case 'statement':
				for (const w of fact.wrong ?? []) {
					if (sameFolded(w, fact.value)) error(`wrong value "${w}" equals the true value`, where);
				}
				break;
		}
	}

	for (const m of source.matchAll(TRUNCATED_YEAR)) {
		if (!damagedYears.has(foldText(m[0]))) {
			warn(`the source holds a truncated year "${m[0]}" that no fact marks as damaged`);
		}
	}
	return issues;
}

/**
 * What a text fails to state about a fact, as messages (empty when the text states it): the person and the
 * title of a post, a number exactly as written with its qualifier and scale, a date, every list item, both
 * sides of an abbreviation, a statement's value. Compared folded (Uỷ = Ủy, tỉ = tỷ, case). Validation runs it
 * on each fact's quote; the bank tests run it on every question's quote.
 */
export function statedProblems(fact: Fact, text: string): string[] {
	const problems: string[] = [];
	const stated = (value: string, what: string) => {
		if (!containsFolded(text, value)) problems.push(`${what} "${value}" is not stated in its quote`);
	};
	switch (fact.kind) {
		case 'person-post':
			stated(fact.person, 'person');
			stated(fact.title, 'title');
			break;
		case 'count':
		case 'amount':
			if (findNumber(text, fact.written).length === 0)
				problems.push(`value ${fact.written} is not stated in its quote`);
			if (fact.qualifier !== undefined) stated(`${fact.qualifier} ${fact.written}`, 'qualifier and number');
			if (fact.kind === 'amount')
				stated([fact.written, fact.scale, fact.currency].filter((x) => x !== '').join(' '), 'amount');
			break;
		case 'date':
			stated(fact.value, 'value');
			for (const part of ['year', 'month', 'day', 'endYear'] as const) {
				const n = fact[part];
				if (n !== undefined && findNumber(text, String(n)).length === 0)
					problems.push(`${part} ${n} is not stated in its quote`);
			}
			break;
		case 'list':
			fact.items.forEach((item) => stated(item, 'item'));
			break;
		case 'org':
			stated(fact.name, 'name');
			stated(fact.value, 'value');
			break;
		case 'statement':
			stated(fact.value, 'value');
			break;
	}
	return problems;
}

/** True when a list of issues holds at least one error. */
export function hasErrors(issues: readonly Issue[]): boolean {
	return issues.some((i) => i.level === 'error');
}

/** One line per issue, as the CLI prints it: `file: fact "id": message`. */
export function formatIssue(issue: Issue): string {
	const fact = issue.factId !== undefined ? ` fact "${issue.factId}":` : '';
	const level = issue.level === 'warning' ? ' warning:' : '';
	return `${issue.file}:${fact}${level} ${issue.message}`;
}
