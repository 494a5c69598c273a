/**
 * Bundle budget of the built app (bench section; also used by tests/e2e/budget.test.ts).
 *
 * "First visit" is every file the home screen loads before it is usable, as Chromium really requests them:
 * the prerendered index.html, its CSS and JS (modulepreloads and the chunks loaded lazily at start, such as
 * storage and the service-worker registration), fonts, and data. Home shows counts from its prerendered page
 * and IndexedDB and never fetches the question bank (a `bank` total above 0 is a regression). Icons, the
 * manifest and other routes' code are left out. Sizes are gzip at zlib's default level, as static hosts
 * commonly serve them.
 */
import { execFileSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { serveStatic } from '../tests/e2e/pwa-server';
import { HOME_MODULES_FILE } from '../scripts/home-chunk';

export const BUDGET = { firstVisitKB: 60, homeJsKB: 48 } as const;

/**
 * What the home screen may load: every module of its chunk (listed by scripts/home-chunk.ts at build time)
 * must match one of these. A new static import that reaches home (the importer, charts, backup, FSRS, the
 * bank, English strings) fails the budget test by name, before it shows up as kilobytes. Add a line here
 * only for code the home screen really needs on its first visit.
 */
export const HOME_MAY_LOAD: readonly RegExp[] = [
	// Frameworks and their helpers.
	/^node_modules\/(svelte|@sveltejs\/kit|devalue|esm-env|clsx|idb)\//,
	/^\.svelte-kit\/generated\/(root\.(js|svelte)|client-optimized\/matchers\.js)$/,
	/^\0vite\/preload-helper\.js$/,
	// The shell: layout, home, their components and styles.
	/^src\/app\.css$/,
	/^src\/routes\/\+(layout|page)\.(svelte|ts)$/,
	/^src\/lib\/components\/(NavIcon|StatTile|TabBar|pwa\/PwaStatus)\.svelte$/,
	// Home's figures: settings, the study day, today's counts, mastery and streak from IndexedDB (each card
	// read is checked against the record rules, so a damaged one cannot break the screen).
	/^src\/lib\/state\/(study|locale|pwa)\.svelte\.ts$/,
	// Reported questions are left out of the counts (domain/flags.ts: the rule and nothing else).
	/^src\/lib\/domain\/(records|settings|card-record|record-rules|study-day|stats-summary|flashcard-counts|due|forgetting-curve|flags)\.ts$/,
	/^src\/lib\/storage\/(index|idb-store|open|schema|migrations|events|errors)\.ts$/,
	/^src\/lib\/bank\/summary\.ts$/,
	/^src\/lib\/pwa\/platform\.ts$/,
	// Vietnamese strings of the shell and home (English loads on demand).
	/^src\/lib\/i18n\/(index|lazy\.svelte|layout|home|common)\.ts$/
];

/** Modules of the home chunk that HOME_MAY_LOAD does not allow, from the last client build. */
export function unexpectedHomeModules(file = join(root, HOME_MODULES_FILE)): string[] {
	const ids = JSON.parse(readFileSync(file, 'utf8')) as string[];
	if (ids.length === 0) throw new Error(`${file} lists no module: the home chunk was not built`);
	return [...new Set(ids)].filter((id) => !HOME_MAY_LOAD.some((re) => re.test(id)));
}

export interface BudgetFile {
	path: string;
	kind: 'html' | 'css' | 'js' | 'font' | 'bank';
	bytes: number;
	gzip: number;
}

export interface BudgetReport {
	files: BudgetFile[];
	/** gzip bytes per kind and in total. */
	gzip: Record<BudgetFile['kind'] | 'total', number>;
}

const root = fileURLToPath(new URL('..', import.meta.url));

/** Newest modification time (ms) of the files under `dir`. */
function newestUnder(dir: string): number {
	let newest = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
		if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
	}
	return newest;
}

/**
 * Builds the app into build/ when there is no build yet or when the sources changed since (a stale build
 * would measure code that no longer exists).
 */
export function ensureBuild(dir = join(root, 'build')): string {
	const index = join(dir, 'index.html');
	const stale =
		!existsSync(index) ||
		Math.max(newestUnder(join(root, 'src')), statSync(join(root, 'questions', 'bank.json')).mtimeMs) >
			statSync(index).mtimeMs;
	if (stale) execFileSync('npx', ['vite', 'build'], { cwd: root, stdio: 'inherit' });
	return dir;
}

/** Kind of a same-origin file for the budget, or null when it does not count (icons, manifest, images). */
function kindOf(path: string): BudgetFile['kind'] | null {
	if (/\/bank\.[\w-]+\.json$/.test(path)) return 'bank';
	if (path.endsWith('.js')) return 'js';
	if (path.endsWith('.css')) return 'css';
	if (/\.(woff2?|ttf|otf)$/.test(path)) return 'font';
	if (path.endsWith('.html')) return 'html';
	return null;
}

/** The file in the build folder a site path is served from (`/` -> index.html, `/quiz` -> quiz.html). */
function fileFor(dir: string, path: string): string {
	if (path === '/') return join(dir, 'index.html');
	const direct = join(dir, path);
	return existsSync(direct) && !direct.endsWith('/') ? direct : `${direct}.html`;
}

/**
 * Measures the home screen's first visit from a built folder by loading it in Chromium (service worker
 * blocked: its precaching is background work, not what the screen needs) until the app is ready and the
 * network is idle, then gzipping each same-origin file it requested. A real browser is the
 * only honest judge of which lazy chunks a screen loads.
 */
export async function measureHomeBudget(
	buildDir: string,
	port = Number(process.env.PWA_PORT ?? 4318)
): Promise<BudgetReport> {
	const dir = resolve(buildDir);
	const server = await serveStatic(dir, port);
	const browser = await chromium.launch({
		executablePath: '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run']
	});
	const paths = new Set<string>();
	try {
		const context = await browser.newContext({
			serviceWorkers: 'block',
			viewport: { width: 390, height: 844 }
		});
		const page = await context.newPage();
		page.on('request', (r) => {
			const u = new URL(r.url());
			if (u.origin === server.url) paths.add(u.pathname);
		});
		await page.goto(`${server.url}/`, { waitUntil: 'networkidle' });
		// Ready once storage is open and the figures can be counted; then whatever that started settles.
		await page.locator('main[data-ready="true"]').waitFor({ state: 'attached', timeout: 15_000 });
		await page.waitForLoadState('networkidle');
	} finally {
		await browser.close();
		await server.stop();
	}
	const files: BudgetFile[] = [];
	for (const path of [...paths].sort()) {
		const kind = path === '/' ? 'html' : kindOf(path);
		if (!kind) continue;
		const data = readFileSync(fileFor(dir, path));
		files.push({ path, kind, bytes: data.length, gzip: gzipSync(data).length });
	}
	const gzip = { html: 0, css: 0, js: 0, font: 0, bank: 0, total: 0 };
	for (const f of files) {
		gzip[f.kind] += f.gzip;
		gzip.total += f.gzip;
	}
	return { files, gzip };
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

/** Bench section: first-visit totals for the home screen, against the budget. */
export async function run(): Promise<{ name: string; value: number; unit: string; target?: string }[]> {
	const report = await measureHomeBudget(ensureBuild());
	return [
		{
			name: 'budget: home first visit, all (gzip)',
			value: kb(report.gzip.total),
			unit: 'KB',
			target: `<= ${BUDGET.firstVisitKB}`
		},
		{
			name: 'budget: home JS (gzip)',
			value: kb(report.gzip.js),
			unit: 'KB',
			target: `<= ${BUDGET.homeJsKB}`
		},
		{ name: 'budget: home CSS (gzip)', value: kb(report.gzip.css), unit: 'KB' },
		{ name: 'budget: home HTML (gzip)', value: kb(report.gzip.html), unit: 'KB' },
		{ name: 'budget: question bank (gzip)', value: kb(report.gzip.bank), unit: 'KB' },
		{ name: 'budget: home files', value: report.files.length, unit: 'files' }
	];
}

// `npx tsx bench/budget.ts [buildDir]` prints every file, for finding what grew.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const report = await measureHomeBudget(process.argv[2] ?? ensureBuild());
	for (const f of report.files)
		console.log(`${f.kind.padEnd(5)} ${String(f.gzip).padStart(7)} B gz  ${f.path}`);
	console.log(report.gzip);
}
