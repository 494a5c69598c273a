/**
 * `npm run questions` as a user runs it: a child process (tsx) against a temporary root directory.
 */
import { spawnSync } from 'node:child_process';
import {
	copyFileSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serializeBank } from '../../../../questions/generate';
import { generateBank } from '../../../../src/lib/domain/questions/generate';
import { FIXTURES, ROOT, articleText, fixture, fixturePools } from '../facts/load';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A root with the article, the fixture pools and the given facts files (copied from the fixtures). */
function makeRoot(factFiles: string[]): string {
	const root = mkdtempSync(join(tmpdir(), 'onbai-cli-'));
	made.push(root);
	for (const dir of ['facts', 'sources', 'pools'])
		mkdirSync(join(root, 'questions', dir), { recursive: true });
	copyFileSync(
		join(ROOT, 'questions/sources/vufo-quang-ninh.txt'),
		join(root, 'questions/sources/vufo-quang-ninh.txt')
	);
	for (const name of readdirSync(join(FIXTURES, 'pools')))
		copyFileSync(join(FIXTURES, 'pools', name), join(root, 'questions/pools', name));
	for (const name of factFiles) copyFileSync(join(FIXTURES, name), join(root, 'questions/facts', name));
	return root;
}

function runCli(root: string) {
	const result = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'questions/generate.ts'), root], {
		encoding: 'utf8',
		cwd: ROOT
	});
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const OLD_BANK = '{ "version": 1, "questions": ["the old bank, untouched"] }\n';

describe('npm run questions (questions/generate.ts)', () => {
	it(
		'writes the bank for good facts, prints a summary, leaves no temporary file',
		{ timeout: 120_000 },
		() => {
			const root = makeRoot(['mini.json']);
			const { code, stdout, stderr } = runCli(root);
			expect(stderr).toBe('');
			expect(code).toBe(0);
			expect(stdout).toMatch(/questions\/bank\.json: \d+ questions for deck "mini-vufo"/);
			expect(stdout).toMatch(/by type: {2}flashcard \d+/);
			expect(stdout).toContain('fact "laos-agreement-year": warning: damaged');
			const written = readFileSync(join(root, 'questions/bank.json'), 'utf8');
			const expected = generateBank({
				facts: fixture(),
				source: articleText(),
				pools: fixturePools(),
				generatedBy: JSON.parse(written).generatedBy
			});
			expect(written).toBe(serializeBank(expected));
			expect(JSON.parse(written).generatedBy).toMatch(/npm run questions/);
			expect(readdirSync(join(root, 'questions')).filter((n) => n.includes('.tmp'))).toEqual([]);
		}
	);

	it.each([
		[
			'missing-field.json',
			'questions/facts/missing-field.json: fact "twinning-pairs": missing required field "unit" for kind count'
		],
		[
			'duplicate-id.json',
			'questions/facts/duplicate-id.json: fact "associations": duplicate id "associations"'
		],
		[
			'quote-not-in-source.json',
			'questions/facts/quote-not-in-source.json: fact "laos-provinces": quote not found in questions/sources/vufo-quang-ninh.txt'
		]
	])(
		'fails on %s, names file, fact and problem, and leaves the old bank byte-identical',
		{ timeout: 120_000 },
		(file, line) => {
			const root = makeRoot([file]);
			const bankPath = join(root, 'questions/bank.json');
			writeFileSync(bankPath, OLD_BANK);
			const before = statSync(bankPath).mtimeMs;
			const { code, stdout, stderr } = runCli(root);
			expect(code).toBe(1);
			expect(stderr.split('\n').some((l) => l.startsWith(line))).toBe(true);
			expect(stderr).toContain('the question bank was NOT written');
			expect(stdout).toBe('');
			expect(readFileSync(bankPath, 'utf8')).toBe(OLD_BANK);
			expect(statSync(bankPath).mtimeMs).toBe(before);
		}
	);

	it(
		'writes one bank per deck under questions/banks when there are several facts files',
		{ timeout: 120_000 },
		() => {
			const root = makeRoot(['mini.json']);
			const second = { ...fixture(), deck: { ...fixture().deck, id: 'mini-vufo-2' } };
			writeFileSync(join(root, 'questions/facts/second.json'), JSON.stringify(second));
			const { code, stdout } = runCli(root);
			expect(code).toBe(0);
			expect(readdirSync(join(root, 'questions/banks')).sort()).toEqual([
				'mini-vufo-2.json',
				'mini-vufo.json'
			]);
			expect(readdirSync(join(root, 'questions'))).not.toContain('bank.json');
			expect(stdout).toContain('deck "mini-vufo-2"');
		}
	);

	it('reports unreadable JSON and a missing article without writing anything', { timeout: 120_000 }, () => {
		const root = makeRoot([]);
		writeFileSync(join(root, 'questions/facts/broken.json'), '{ "deck": ');
		writeFileSync(
			join(root, 'questions/facts/no-source.json'),
			JSON.stringify({ ...fixture(), sourceFile: 'missing.txt' })
		);
		const { code, stderr } = runCli(root);
		expect(code).toBe(1);
		expect(stderr).toMatch(/^questions\/facts\/broken\.json: cannot read JSON/m);
		expect(stderr).toMatch(
			/^questions\/facts\/no-source\.json: article questions\/sources\/missing\.txt not found/m
		);
		expect(readdirSync(join(root, 'questions'))).not.toContain('bank.json');
	});
});
