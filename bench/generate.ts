/**
 * Bench section: generating the whole question bank from the committed facts (validation included), as
 * `npm run questions` and, later, the import screen do. Median of 50 runs after a warm-up.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readInputs } from '../questions/generate';
import { generateBank } from '../src/lib/domain/questions/generate';
import { validateFacts } from '../src/lib/domain/facts/validate';

const ROOT = join(fileURLToPath(import.meta.url), '..', '..');

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function timeRuns(fn: () => unknown, runs: number): number[] {
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		fn();
		times.push(performance.now() - start);
	}
	return times;
}

export async function run(): Promise<{ name: string; value: number; unit: string; target?: string }[]> {
	const inputs = readInputs(ROOT);
	const deck = inputs.decks[0];
	if (!deck) throw new Error('bench/generate: no facts file under questions/facts');
	const generate = () =>
		generateBank({ facts: deck.facts, source: deck.source, pools: inputs.pools, generatedBy: 'bench' });

	const cold = timeRuns(generate, 1)[0]!;
	timeRuns(generate, 10); // warm-up: JIT and the folding caches
	const times = timeRuns(generate, 50);
	const validate = timeRuns(() => validateFacts(deck.facts, deck.source, inputs.pools, deck.factsPath), 50);
	const count = generate().questions.length;
	const sorted = [...times].sort((a, b) => a - b);

	return [
		{
			name: `generate bank (${count} questions, median of 50)`,
			value: median(times),
			unit: 'ms',
			target: '< 20 ms'
		},
		{
			name: 'generate bank, 95th percentile of 50',
			value: sorted[Math.ceil(0.95 * sorted.length) - 1]!,
			unit: 'ms'
		},
		// The fastest run shows the cost when no other process competes for the CPU.
		{ name: 'generate bank, fastest of 50', value: sorted[0]!, unit: 'ms' },
		{ name: 'generate bank, first run (cold)', value: cold, unit: 'ms' },
		{ name: `validate ${deck.facts.facts.length} facts (median of 50)`, value: median(validate), unit: 'ms' }
	];
}
