/**
 * `npm run questions`: validates every facts file under questions/facts against its article and the pools,
 * generates the question bank and writes questions/bank.json (atomically: a temporary file, then a rename).
 * On any error it prints one line per problem (file, fact id, problem), exits 1 and leaves the old bank as it
 * was. Root directory: the first argument, or ONBAI_ROOT, or the repository this file lives in.
 *
 * One deck today. With several facts files, each deck's bank goes to questions/banks/<deck-id>.json instead.
 *
 * `npm run questions -- --report` also prints the bank report (src/lib/domain/questions/report.ts);
 * `npm run questions -- --report=FILE` prints the report of an existing bank file and writes nothing.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatIssue, hasErrors, validateFacts, type Issue } from '../src/lib/domain/facts/validate';
import { isNfc } from '../src/lib/domain/facts/text';
import { BankRuleError, generateBank } from '../src/lib/domain/questions/generate';
import { bankReport, formatReport } from '../src/lib/domain/questions/report';
import { QUESTION_TYPES, type Bank, type FactsFile } from '../src/lib/domain/types';

export const GENERATED_BY =
	'npm run questions (questions/generate.ts): generated from questions/facts, do not edit';

export interface DeckInput {
	/** Path of the facts file relative to the root ("questions/facts/vufo-quang-ninh.json"). */
	factsPath: string;
	facts: FactsFile;
	/** Path of the article relative to the root ("questions/sources/vufo-quang-ninh.txt"). */
	sourcePath: string;
	source: string;
}

export interface Inputs {
	decks: DeckInput[];
	pools: Record<string, string[]>;
	/** Problems met while reading (unreadable JSON, missing article, malformed pool). */
	issues: Issue[];
}

function readJson(path: string, label: string, issues: Issue[]): unknown {
	try {
		return JSON.parse(readFileSync(path, 'utf8'));
	} catch (e) {
		issues.push({ file: label, level: 'error', message: `cannot read JSON: ${(e as Error).message}` });
		return undefined;
	}
}

/** Reads the facts files, their articles and the pools under `rootDir`/questions. Never throws on bad data. */
export function readInputs(rootDir: string): Inputs {
	const issues: Issue[] = [];
	const rel = (p: string) => relative(rootDir, p).split('\\').join('/');
	const factsDir = join(rootDir, 'questions', 'facts');
	const poolsDir = join(rootDir, 'questions', 'pools');
	const sourcesDir = join(rootDir, 'questions', 'sources');

	const pools: Record<string, string[]> = {};
	for (const name of existsSync(poolsDir) ? readdirSync(poolsDir).sort() : []) {
		if (!name.endsWith('.json')) continue;
		const label = rel(join(poolsDir, name));
		const pool = readJson(join(poolsDir, name), label, issues) as { items?: unknown } | undefined;
		if (pool === undefined) continue;
		const items = pool?.items;
		if (!Array.isArray(items) || items.some((i) => typeof i !== 'string' || i.trim() === '')) {
			issues.push({ file: label, level: 'error', message: '"items" must be an array of non-empty strings' });
			continue;
		}
		const bad = (items as string[]).find((i) => !isNfc(i));
		if (bad !== undefined)
			issues.push({ file: label, level: 'error', message: `item is not in Unicode NFC: "${bad}"` });
		const dupes = (items as string[]).filter((i, k) => items.indexOf(i) !== k);
		if (dupes.length > 0)
			issues.push({ file: label, level: 'error', message: `duplicate items: ${dupes.join(', ')}` });
		pools[name.slice(0, -'.json'.length)] = items as string[];
	}

	const decks: DeckInput[] = [];
	const factFiles = existsSync(factsDir)
		? readdirSync(factsDir)
				.filter((n) => n.endsWith('.json'))
				.sort()
		: [];
	if (factFiles.length === 0)
		issues.push({ file: rel(factsDir), level: 'error', message: 'no facts file (*.json) found' });
	for (const name of factFiles) {
		const factsPath = rel(join(factsDir, name));
		const facts = readJson(join(factsDir, name), factsPath, issues) as FactsFile | undefined;
		if (facts === undefined) continue;
		const sourceFile = facts?.sourceFile ?? `${name.slice(0, -'.json'.length)}.txt`;
		const sourceAbs = join(sourcesDir, sourceFile);
		const sourcePath = rel(sourceAbs);
		if (!existsSync(sourceAbs)) {
			issues.push({ file: factsPath, level: 'error', message: `article ${sourcePath} not found` });
			continue;
		}
		decks.push({ factsPath, facts, sourcePath, source: readFileSync(sourceAbs, 'utf8') });
	}
	return { decks, pools, issues };
}

/** Validates and generates every deck. Pure apart from what `inputs` already holds. */
export function buildBanks(inputs: Inputs): { banks: Bank[]; issues: Issue[] } {
	const issues = [...inputs.issues];
	const banks: Bank[] = [];
	for (const deck of inputs.decks) {
		const deckIssues = validateFacts(deck.facts, deck.source, inputs.pools, deck.factsPath, deck.sourcePath);
		issues.push(...deckIssues);
		if (hasErrors(deckIssues)) continue;
		try {
			banks.push(
				generateBank({
					facts: deck.facts,
					source: deck.source,
					pools: inputs.pools,
					generatedBy: GENERATED_BY,
					fileName: deck.factsPath
				})
			);
		} catch (e) {
			if (!(e instanceof BankRuleError)) throw e;
			issues.push({ file: deck.factsPath, level: 'error', message: e.message.replace(/\n/g, '; ') });
		}
	}
	const ids = new Set<string>();
	for (const bank of banks) {
		if (ids.has(bank.deck.id))
			issues.push({
				file: 'questions/facts',
				level: 'error',
				message: `two facts files use the deck id "${bank.deck.id}"`
			});
		ids.add(bank.deck.id);
	}
	return { banks, issues };
}

/** The bank as written to disk: tabs, keys in the generator's order, a final newline. */
export function serializeBank(bank: Bank): string {
	return `${JSON.stringify(bank, null, '\t')}\n`;
}

function writeAtomically(path: string, text: string): void {
	mkdirSync(dirname(path), { recursive: true });
	const temp = `${path}.tmp-${process.pid}`;
	writeFileSync(temp, text, 'utf8');
	renameSync(temp, path);
}

/** What the command was asked: `--report` prints the bank report; `--report=FILE` reports on a bank file only. */
export interface Options {
	report?: boolean;
	/** A bank file to report on (relative to the root) instead of generating one; nothing is written. */
	reportFile?: string;
}

/** Splits the command line into the root directory (the first plain argument) and the options. */
export function parseArgs(args: readonly string[]): { root?: string; options: Options } {
	const options: Options = {};
	let root: string | undefined;
	for (const a of args) {
		if (a === '--report') options.report = true;
		else if (a.startsWith('--report=')) options.reportFile = a.slice('--report='.length);
		else if (!a.startsWith('--') && root === undefined) root = a;
	}
	return { root, options };
}

function printReport(bank: Bank, inputs: Inputs, log: (line: string) => void): void {
	const deck = inputs.decks.find((d) => d.facts.deck.id === bank.deck.id);
	for (const line of formatReport(bankReport(bank, deck?.facts.facts ?? []), QUESTION_TYPES)) log(line);
}

/** Runs the command against a root directory; returns the exit code. */
export function main(
	rootDir: string,
	log: (line: string) => void = console.log,
	err: (line: string) => void = console.error,
	options: Options = {}
): number {
	const inputs = readInputs(rootDir);
	if (options.reportFile !== undefined) {
		const path = resolve(rootDir, options.reportFile);
		let bank: Bank;
		try {
			bank = JSON.parse(readFileSync(path, 'utf8')) as Bank;
		} catch (e) {
			err(`npm run questions: cannot read the bank ${options.reportFile}: ${(e as Error).message}`);
			return 1;
		}
		log(`${relative(rootDir, path)}: report`);
		printReport(bank, inputs, log);
		return 0;
	}
	const { banks, issues } = buildBanks(inputs);
	const errors = issues.filter((i) => i.level === 'error');
	if (errors.length > 0) {
		for (const issue of errors) err(formatIssue(issue));
		err(
			`npm run questions: ${errors.length} error${errors.length === 1 ? '' : 's'}; the question bank was NOT written.`
		);
		return 1;
	}
	const targets =
		banks.length === 1
			? [{ bank: banks[0]!, path: join(rootDir, 'questions', 'bank.json') }]
			: banks.map((bank) => ({ bank, path: join(rootDir, 'questions', 'banks', `${bank.deck.id}.json`) }));
	for (const { bank, path } of targets) {
		writeAtomically(path, serializeBank(bank));
		const byType = new Map<string, number>();
		const byTopic = new Map<string, number>();
		for (const q of bank.questions) {
			byType.set(q.type, (byType.get(q.type) ?? 0) + 1);
			byTopic.set(q.topic, (byTopic.get(q.topic) ?? 0) + 1);
		}
		const list = (m: Map<string, number>) => [...m].map(([k, v]) => `${k} ${v}`).join(', ');
		log(`${relative(rootDir, path)}: ${bank.questions.length} questions for deck "${bank.deck.id}"`);
		log(`  by type:  ${list(byType)}`);
		log(`  by topic: ${list(byTopic)}`);
		if (options.report) printReport(bank, inputs, log);
	}
	for (const issue of issues.filter((i) => i.level === 'warning')) log(formatIssue(issue));
	return 0;
}

const isEntry = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isEntry) {
	const { root: given, options } = parseArgs(process.argv.slice(2));
	const root = resolve(
		given ?? process.env.ONBAI_ROOT ?? join(dirname(fileURLToPath(import.meta.url)), '..')
	);
	process.exitCode = main(root, console.log, console.error, options);
}
