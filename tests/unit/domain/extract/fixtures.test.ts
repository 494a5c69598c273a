/**
 * The extractor on the hand-written fixture articles (tests/fixtures/articles): recall and precision per kind
 * against each article's expected facts, printed and held above a floor; every quote verbatim; and the deck
 * generated from each article's facts (those a reviewer would accept: not doubtful) passes the bank audit.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../../../questions/generate';
import { extractFacts, toFactsFile } from '../../../../src/lib/domain/extract';
import { generateBank } from '../../../../src/lib/domain/questions/generate';
import type { Fact } from '../../../../src/lib/domain/types';
import { ROOT } from '../facts/load';
import { auditBank } from '../questions/audit';
import { emptyScores, score, table, weakestOfTargets } from './measure';

const DIR = join(ROOT, 'tests/fixtures/articles');

/** Expected facts of an article: `NAME.expected.json` (a facts file) or `NAME.json` (`{"expected": [...]}`). */
function expectedOf(name: string): Fact[] | null {
	const full = join(DIR, `${name}.expected.json`);
	if (existsSync(full)) return (JSON.parse(readFileSync(full, 'utf8')) as { facts: Fact[] }).facts;
	const short = join(DIR, `${name}.json`);
	if (existsSync(short)) return (JSON.parse(readFileSync(short, 'utf8')) as { expected: Fact[] }).expected;
	return null;
}

/** Every fixture article; those without expected facts still must extract cleanly and give a sound deck. */
const all = readdirSync(DIR)
	.filter((f) => /\.(txt|html)$/.test(f) && !f.endsWith('.sentences.txt'))
	.map((f) => ({ file: f, name: f.replace(/\.(txt|html)$/, '') }))
	.map((a) => ({ ...a, expected: expectedOf(a.name), raw: readFileSync(join(DIR, a.file), 'utf8') }));
const articles = all.filter((a): a is typeof a & { expected: Fact[] } => a.expected !== null);
const pools = readInputs(ROOT).pools;

describe('extractor on the fixture articles', () => {
	const total = emptyScores();
	const results = all.map((a) => ({ ...a, result: extractFacts(a.raw, { deckId: a.name }) }));
	for (const r of results) {
		if (!r.result.ok || !r.expected) continue;
		const { missed, extra } = score(r.result.facts, r.expected, r.result.text, total);
		if (missed.length + extra.length > 0)
			console.log(
				`${r.name}: missed ${missed.map((f) => `${f.kind}:${'person' in f ? f.person : ''}${'value' in f ? String(f.value) : ''}`).join(', ')}; extra ${extra.map((f) => f.id).join(', ')}`
			);
	}
	console.log(table(`${articles.length} fixture articles vs expected facts`, total));

	it('has at least ten articles with expected facts, one of them HTML', () => {
		expect(articles.length).toBeGreaterThanOrEqual(10);
		expect(articles.some((a) => a.file.endsWith('.html'))).toBe(true);
	});

	it('extracts every article, every quote verbatim in the cleaned text at its span', () => {
		for (const r of results) {
			expect(r.result.ok, r.name).toBe(true);
			if (!r.result.ok) continue;
			expect(r.result.text, r.name).toBe(r.result.text.normalize('NFC'));
			for (const f of r.result.facts)
				expect(r.result.text.slice(f.span!.start, f.span!.end), `${r.name} ${f.id}`).toBe(f.quote);
		}
	});

	it('finds most officials and figures, and most of what it finds is right', () => {
		expect(weakestOfTargets(total)).toBeGreaterThanOrEqual(0.8);
	});

	it.each(results.map((r) => [r.name, r] as const))('deck of %s passes the bank audit', (_name, r) => {
		expect(r.result.ok).toBe(true);
		if (!r.result.ok) return;
		const file = toFactsFile(r.result);
		file.facts = file.facts.filter((f) => f.doubtful === undefined);
		const bank = generateBank({ facts: file, source: r.result.text, pools, generatedBy: 'test' });
		expect(bank.questions.length).toBeGreaterThan(0);
		expect(auditBank(bank, file, r.result.text)).toEqual([]);
	});
});
