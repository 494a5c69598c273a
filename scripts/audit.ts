/**
 * `npm run audit`: Lighthouse 12 with its default mobile settings (Moto G Power-class phone, simulated slow
 * 4G), against the built app served like a static host (tests/e2e/pwa-server.ts: gzip, immutable caching),
 * in Debian's Chromium. Builds first when build/ is missing. Five runs, each in a fresh browser; prints
 * every run and the median of every category and metric, and exits non-zero when one misses its target,
 * listing what to fix. Run it on an otherwise idle machine: Lighthouse simulates a slow phone from the
 * timings it observes, so a busy CPU costs points.
 *
 *   npm run audit              5 runs against build/
 *   npm run audit -- 9         9 runs
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { ensureBuild } from '../bench/budget';
import { serveStatic } from '../tests/e2e/pwa-server';

const TARGETS = { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 } as const;
/** Upper bounds of the medians (ms, or unitless for CLS): a slow phone on 3G never waits on a long task. */
const METRIC_TARGETS: Record<string, number> = {
	'total-blocking-time': 50,
	'largest-contentful-paint': 1500,
	'cumulative-layout-shift': 0.02
};
type Category = keyof typeof TARGETS;
const CATEGORIES = Object.keys(TARGETS) as Category[];

const CHROME_FLAGS = [
	'--headless=new',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--no-first-run'
];

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

interface RunResult {
	scores: Record<Category, number>;
	/** Audits that lost points, per category: "id: title". */
	failing: Record<Category, string[]>;
	metrics: Record<string, number>;
}

async function audit(url: string): Promise<RunResult> {
	const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: CHROME_FLAGS });
	try {
		const result = await lighthouse(url, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: CATEGORIES
		});
		if (!result) throw new Error('Lighthouse returned no result');
		const { lhr } = result;
		if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
		const scores = {} as Record<Category, number>;
		const failing = {} as Record<Category, string[]>;
		for (const c of CATEGORIES) {
			const cat = lhr.categories[c]!;
			scores[c] = Math.round((cat.score ?? 0) * 100);
			failing[c] = cat.auditRefs
				.filter((r) => r.weight > 0)
				.map((r) => lhr.audits[r.id]!)
				.filter((a) => a.score !== null && a.score < 1)
				.map((a) => `${a.id}: ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}`);
		}
		const metrics: Record<string, number> = {};
		for (const id of [
			'first-contentful-paint',
			'largest-contentful-paint',
			'total-blocking-time',
			'cumulative-layout-shift',
			'speed-index'
		]) {
			metrics[id] = lhr.audits[id]?.numericValue ?? NaN;
		}
		return { scores, failing, metrics };
	} finally {
		await chrome.kill();
	}
}

async function main(): Promise<number> {
	const runs = Number(process.argv[2] ?? 5);
	const started = performance.now();
	const server = await serveStatic(ensureBuild(), Number(process.env.PWA_PORT ?? 4318));
	const results: RunResult[] = [];
	try {
		for (let i = 0; i < runs; i += 1) {
			const r = await audit(`${server.url}/`);
			results.push(r);
			const m = r.metrics;
			console.log(
				`run ${i + 1}/${runs}: ${CATEGORIES.map((c) => `${c} ${r.scores[c]}`).join(', ')}; ` +
					`TBT ${Math.round(m['total-blocking-time']!)} ms, LCP ${Math.round(m['largest-contentful-paint']!)} ms, ` +
					`CLS ${m['cumulative-layout-shift']!.toFixed(3)}`
			);
		}
	} finally {
		await server.stop();
	}
	let ok = true;
	console.log('\ncategory         median  target');
	for (const c of CATEGORIES) {
		const m = median(results.map((r) => r.scores[c]));
		const pass = m >= TARGETS[c];
		ok &&= pass;
		console.log(`${c.padEnd(16)} ${String(m).padStart(6)}  >= ${TARGETS[c]}  ${pass ? 'PASS' : 'FAIL'}`);
	}
	console.log('\nmetric (median)');
	for (const id of Object.keys(results[0]!.metrics)) {
		const m = median(results.map((r) => r.metrics[id]!));
		const show = (v: number) => (id === 'cumulative-layout-shift' ? v.toFixed(3) : `${Math.round(v)} ms`);
		const target = METRIC_TARGETS[id];
		const pass = target === undefined || m <= target;
		ok &&= pass;
		const verdict = target === undefined ? '' : `  <= ${show(target)}  ${pass ? 'PASS' : 'FAIL'}`;
		console.log(`${id.padEnd(26)} ${show(m).padStart(8)}${verdict}`);
	}
	const lost = new Set(
		results.flatMap((r) => CATEGORIES.flatMap((c) => r.failing[c].map((f) => `[${c}] ${f}`)))
	);
	if (lost.size > 0) {
		console.log('\naudits that lost points (any run):');
		for (const l of lost) console.log(`  ${l}`);
	}
	console.log(`\n${runs} runs in ${((performance.now() - started) / 1000).toFixed(1)} s`);
	return ok ? 0 : 1;
}

process.exitCode = await main();
