/**
 * Bench section: the extractor. The built-in article (target < 20 ms), a 100 KB text made of fixture
 * articles (target < 300 ms), and generating a deck from about 100 extracted facts (the import screen's path
 * after review). Medians after a warm-up.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readInputs } from '../questions/generate';
import { extractFacts, toFactsFile } from '../src/lib/domain/extract';
import { generateBank } from '../src/lib/domain/questions/generate';

const ROOT = join(fileURLToPath(import.meta.url), '..', '..');

function median(values: number[]): number {
	const s = [...values].sort((a, b) => a - b);
	const m = Math.floor(s.length / 2);
	return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function time(fn: () => unknown, runs: number): number {
	for (let i = 0; i < 3; i++) fn();
	const t: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		fn();
		t.push(performance.now() - start);
	}
	return median(t);
}

/** The extractor's fixture articles (NFC), in name order. */
function fixtureArticles(): string[] {
	const dir = join(ROOT, 'tests/fixtures/articles');
	return readdirSync(dir)
		.filter((f) => f.endsWith('.txt') && !f.endsWith('.sentences.txt'))
		.sort()
		.map((f) => readFileSync(join(dir, f), 'utf8').normalize('NFC'));
}

/** About 100 KB of Vietnamese news: the fixture articles one after another (also the import page's bench). */
export function bigFixtureText(fixtures = fixtureArticles()): string {
	let big = '';
	for (let i = 0; big.length < 100_000; i++) big += `${fixtures[i % fixtures.length]}\n`;
	return big;
}

export async function run(): Promise<{ name: string; value: number; unit: string; target?: string }[]> {
	const article = readFileSync(join(ROOT, 'questions/sources/vufo-quang-ninh.txt'), 'utf8');
	const fixtures = fixtureArticles();
	const big = bigFixtureText(fixtures);
	const r = extractFacts(article);
	const b = extractFacts(big);
	if (!r.ok || !b.ok) throw new Error('bench/extract: extraction failed');

	// About 100 accepted facts: the built-in article's and enough fixture articles', in one deck.
	let deckText = article;
	let accepted = r.facts.filter((f) => f.doubtful === undefined);
	for (const f of fixtures) {
		if (accepted.length >= 100) break;
		const next = extractFacts(`${deckText}\n${f}`);
		if (!next.ok) continue;
		deckText = next.text;
		accepted = next.facts.filter((x) => x.doubtful === undefined);
	}
	const final = extractFacts(deckText);
	if (!final.ok) throw new Error('bench/extract: deck text failed');
	const file = toFactsFile(final);
	file.facts = file.facts.filter((f) => f.doubtful === undefined);
	const pools = readInputs(ROOT).pools;
	const generate = () => generateBank({ facts: file, source: final.text, pools, generatedBy: 'bench' });
	const questions = generate().questions.length;

	// The lazily loaded chunk of the import screen: the extractor's entry bundled and minified alone.
	const bundle = await build({
		entryPoints: [join(ROOT, 'src/lib/domain/extract/index.ts')],
		bundle: true,
		minify: true,
		format: 'esm',
		platform: 'browser',
		write: false
	});
	const chunk = gzipSync(bundle.outputFiles[0]!.contents, { level: 9 }).length / 1024;

	return [
		{ name: 'extractor chunk (esbuild, minified, gzip -9)', value: chunk, unit: 'KB', target: '<= 20 KB' },
		{
			name: `extract the built-in article (${r.facts.length} facts, median of 50)`,
			value: time(() => extractFacts(article), 50),
			unit: 'ms',
			target: '< 20 ms'
		},
		{
			name: `extract a ${Math.round(big.length / 1000)} KB text (${b.facts.length} facts, median of 10)`,
			value: time(() => extractFacts(big), 10),
			unit: 'ms',
			target: '< 300 ms'
		},
		{
			name: `generate a deck from ${file.facts.length} extracted facts (${questions} questions, median of 10)`,
			value: time(generate, 10),
			unit: 'ms'
		}
	];
}
