/**
 * `npm run bench`: imports every section in bench/ (each *.ts other than this file exports
 * `async function run(): Promise<BenchRow[]>`), runs them one after another and prints one table.
 *
 *   npm run bench                  every section
 *   npm run bench -- check stats   only sections whose file name contains one of the words
 *   npm run bench -- --strict      also exit non-zero when a figure misses its target
 *
 * A section that fails to import or throws is reported and skipped; the process then exits non-zero, so a
 * broken section is never mistaken for a fast one. Targets are written like "< 20 ms" or "<= 5" (the
 * number is compared with the row's value, in the row's unit); a target that is not of that form is
 * printed but not judged.
 */
import { readdir } from 'node:fs/promises';
import { basename } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface BenchRow {
	name: string;
	value: number;
	unit: string;
	target?: string;
}

type Verdict = 'PASS' | 'over' | '';

/** Judges a value against a target such as "< 20 ms", "<= 5", "> 1000/s". Empty when it cannot tell. */
export function judge(value: number, target: string | undefined): Verdict {
	const m = target ? /^\s*(<=?|>=?|≤|≥)\s*([\d.,_]+)/.exec(target) : null;
	if (!m) return '';
	const limit = Number(m[2]!.replace(/[,_]/g, ''));
	if (!Number.isFinite(limit) || !Number.isFinite(value)) return '';
	const op = m[1];
	const ok =
		op === '<'
			? value < limit
			: op === '<=' || op === '≤'
				? value <= limit
				: op === '>'
					? value > limit
					: value >= limit;
	return ok ? 'PASS' : 'over';
}

function isRow(r: unknown): r is BenchRow {
	const o = r as Partial<BenchRow> | null;
	return !!o && typeof o.name === 'string' && typeof o.value === 'number' && typeof o.unit === 'string';
}

function formatValue(v: number): string {
	if (!Number.isFinite(v)) return String(v);
	const digits = Math.abs(v) >= 100 ? 0 : Math.abs(v) >= 10 ? 1 : Math.abs(v) >= 1 ? 2 : 3;
	return v.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

function table(rows: string[][]): string {
	const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => [...(r[c] ?? '')].length)));
	const line = (r: string[]) =>
		r
			.map((cell, c) => (c === 1 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!)))
			.join('  ')
			.trimEnd();
	return [line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

async function main(): Promise<number> {
	const dir = fileURLToPath(new URL('.', import.meta.url));
	const args = process.argv.slice(2);
	const strict = args.includes('--strict');
	const filters = args.filter((a) => !a.startsWith('--'));
	const self = basename(fileURLToPath(import.meta.url));
	const files = (await readdir(dir))
		.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && f !== self)
		.filter((f) => filters.length === 0 || filters.some((w) => f.includes(w)))
		.sort();
	if (files.length === 0) {
		console.error(
			`bench: no section found in ${dir}${filters.length ? ` matching ${filters.join(', ')}` : ''}`
		);
		return 1;
	}

	const out: string[][] = [['section', 'value', 'unit', 'target', 'result', 'measure']];
	const failures: string[] = [];
	let over = 0;
	for (const file of files) {
		const section = file.replace(/\.ts$/, '');
		const started = performance.now();
		try {
			const mod = (await import(pathToFileURL(`${dir}${file}`).href)) as { run?: unknown };
			if (typeof mod.run !== 'function') throw new Error('exports no run() function');
			const rows: unknown = await (mod.run as () => Promise<unknown>)();
			if (!Array.isArray(rows) || !rows.every(isRow)) {
				throw new Error('run() must resolve to an array of { name, value, unit, target? }');
			}
			for (const r of rows) {
				const verdict = judge(r.value, r.target);
				if (verdict === 'over') over++;
				out.push([section, formatValue(r.value), r.unit, r.target ?? '', verdict, r.name]);
			}
			console.error(`bench: ${section} done in ${Math.round(performance.now() - started)} ms`);
		} catch (err) {
			const message = err instanceof Error ? (err.stack ?? err.message) : String(err);
			failures.push(section);
			console.error(`bench: section ${section} FAILED: ${message}`);
			const first = (err instanceof Error ? err.message : String(err)).split('\n')[0] ?? '';
			out.push([section, '-', '', '', 'FAILED', first]);
		}
	}

	console.log(`\nÔn bài bench (Node ${process.version}, ${process.platform} ${process.arch})\n`);
	console.log(table(out));
	console.log('');
	if (failures.length) console.log(`${failures.length} section(s) failed: ${failures.join(', ')}`);
	if (over) console.log(`${over} figure(s) over target${strict ? '' : ' (not fatal without --strict)'}`);
	if (!failures.length && !over) console.log('every figure within its target');
	return failures.length > 0 || (strict && over > 0) ? 1 : 0;
}

// Only run when executed (tsx bench/run.ts), so `judge` can be imported by a unit test.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
	main().then(
		(code) => {
			process.exitCode = code;
		},
		(err: unknown) => {
			console.error(err);
			process.exitCode = 1;
		}
	);
}
