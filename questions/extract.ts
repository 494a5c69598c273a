/**
 * `npm run extract -- FILE`: prints the facts the extractor finds in a UTF-8 text (or HTML) file as JSON,
 * `{"facts": [...]}` with the deck, the aliases and the article's context beside them; each fact in the shape
 * of questions/facts/*.json, with its verbatim `quote` and its `span` in the cleaned text (`--text` also
 * prints that text). On bad input it prints the reason to stderr and exits 1 (2 for a usage error).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractFacts, toFactsFile } from '../src/lib/domain/extract';

/** Runs the command; returns the exit code. */
export function main(
	args: string[],
	out: (s: string) => void = console.log,
	err: (s: string) => void = console.error
): number {
	const withText = args.includes('--text');
	const files = args.filter((a) => !a.startsWith('--'));
	if (files.length !== 1) {
		err('usage: npm run extract -- FILE [--text]');
		return 2;
	}
	let bytes: Uint8Array;
	try {
		bytes = readFileSync(files[0]!);
	} catch (e) {
		err(`cannot read ${files[0]}: ${(e as Error).message}`);
		return 1;
	}
	const result = extractFacts(new TextDecoder('utf-8', { fatal: false }).decode(bytes));
	if (!result.ok) {
		err(`${files[0]}: ${result.reason}: ${result.message}`);
		return 1;
	}
	const file = toFactsFile(result);
	out(
		JSON.stringify(
			{ ...file, context: result.context, ...(withText ? { text: result.text } : {}) },
			null,
			'\t'
		)
	);
	return 0;
}

const isEntry = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isEntry) process.exitCode = main(process.argv.slice(2));
