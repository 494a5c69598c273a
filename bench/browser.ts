/**
 * Bench section: timings taken in the browser, not in Node. Drives the built app in Debian's Chromium at
 * 390x844 with the CPU slowed 4x (as Lighthouse's mobile preset does) and prints medians and p95 over
 * repeated runs:
 *
 * - a tap on a quiz answer until its feedback shows, and until its review is committed in IndexedDB;
 * - the flashcard screen's next card after a grade;
 * - home ready (`<main data-ready>`) from a cold start, online and offline (service worker);
 * - the stats screen and home's figures over 10,000 reviews (home listing five decks);
 * - the longest main-thread task seen during each of those.
 *
 * The pages are instrumented with an init script (performance marks in the page's own clock), so the
 * figures do not include Playwright's round trips. Figures, not assertions: machine load moves them.
 *
 *   npm run bench -- browser          this section only
 *   BENCH_RUNS=5 npm run bench -- browser
 */
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { ensureBuild } from './budget';
import { serveStatic, type StaticServer } from '../tests/e2e/pwa-server';
import type { Bank } from '../src/lib/domain/types';
import { DB_NAME } from '../src/lib/storage/schema';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const CPU_SLOWDOWN = 4;
const PORT = Number(process.env.BENCH_PORT ?? 4319);
const ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--no-first-run'
];

/** Runs in every page before its scripts: marks the moments the bench reads, in the page's own clock. */
function instrument() {
	const w = window as unknown as { __bench: Record<string, number[]>; __longest: number };
	w.__bench = {};
	w.__longest = 0;
	const mark = (name: string) => (w.__bench[name] ??= []).push(performance.now());
	try {
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
		}).observe({ type: 'longtask', buffered: true });
	} catch {
		// No long-task timing in this browser: the figure stays 0.
	}
	// A tap on an answer (pointerdown is when the learner's finger lands).
	addEventListener(
		'pointerdown',
		(e) => {
			const t = e.target as Element | null;
			if (t?.closest('section.question button, [data-testid^="grade-"]')) mark('tap');
		},
		true
	);
	// A review committed: the transaction that added it completed.
	const add = IDBObjectStore.prototype.add;
	IDBObjectStore.prototype.add = function (this: IDBObjectStore, ...args: Parameters<typeof add>) {
		if (this.name === 'reviews') this.transaction.addEventListener('complete', () => mark('commit'));
		return add.apply(this, args);
	};
	new MutationObserver(() => {
		const main = document.querySelector('main[data-ready="true"]');
		if (main && !w.__bench.ready) mark('ready');
		const fb = document.querySelector('[data-testid="feedback"]');
		if (fb && fb.getAttribute('data-bench') !== 'seen') {
			fb.setAttribute('data-bench', 'seen');
			mark('feedback');
		}
		const card = document.querySelector('[data-testid="flashcard"]');
		const id = card?.getAttribute('data-question-id') ?? null;
		if (card && id !== (w as unknown as { __card?: string }).__card) {
			(w as unknown as { __card?: string }).__card = id ?? '';
			mark('card');
		}
		if (document.querySelector('[data-testid="streak"]') && !w.__bench.stats) mark('stats');
		const homeStreak = document.querySelector('[data-testid="home-streak"]');
		if (homeStreak && homeStreak.textContent !== '–' && !w.__bench.home) mark('home');
	}).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
}

async function newPage(
	browser: Browser,
	opts: { sw?: boolean } = {}
): Promise<{ ctx: BrowserContext; page: Page }> {
	const ctx = await browser.newContext({
		viewport: { width: 390, height: 844 },
		locale: 'vi-VN',
		serviceWorkers: opts.sw ? 'allow' : 'block'
	});
	// tsx (esbuild) wraps named functions in a `__name` helper that the page does not have: define it there.
	await ctx.addInitScript({ content: `var __name = (f) => f; (${instrument.toString()})();` });
	const page = await ctx.newPage();
	const cdp = await ctx.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
	return { ctx, page };
}

const marks = (page: Page) =>
	page.evaluate(() => (window as unknown as { __bench: Record<string, number[]> }).__bench);
const longest = (page: Page) => page.evaluate(() => (window as unknown as { __longest: number }).__longest);
const resetLongest = (page: Page) =>
	page.evaluate(() => ((window as unknown as { __longest: number }).__longest = 0));

function stats(values: number[]): { median: number; p95: number } {
	const s = [...values].sort((a, b) => a - b);
	const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] ?? NaN;
	return { median: at(0.5), p95: at(0.95) };
}

/** Answers quiz choice questions one after another; each tap's feedback and commit time. */
async function quizTimings(browser: Browser, url: string, bank: Bank) {
	const { ctx, page } = await newPage(browser);
	const byId = new Map(bank.questions.map((q) => [q.id, q]));
	const feedback: number[] = [];
	const commit: number[] = [];
	await page.goto(`${url}/quiz`);
	await page.getByRole('checkbox', { name: 'Trắc nghiệm', exact: true }).check();
	await page.getByRole('radio', { name: 'Tất cả' }).check();
	await page.getByRole('button', { name: /Bắt đầu/ }).click();
	await resetLongest(page);
	for (let i = 0; i < RUNS; i++) {
		const view = page.locator('section.question');
		await view.waitFor();
		const q = byId.get((await view.getAttribute('data-qid')) ?? '');
		if (!q || q.type !== 'choice') break;
		const before = await marks(page);
		const n = before.tap?.length ?? 0;
		await view.getByRole('button', { name: String(q.answer), exact: true }).click();
		await page.getByTestId('feedback').waitFor();
		await page.waitForFunction(
			(k) => ((window as unknown as { __bench: Record<string, number[]> }).__bench.commit?.length ?? 0) > k,
			n
		);
		const m = await marks(page);
		const tap = m.tap![n]!;
		feedback.push(m.feedback![m.feedback!.length - 1]! - tap);
		commit.push(m.commit![n]! - tap);
		await page
			.getByTestId('feedback')
			.getByRole('button', { name: /Câu tiếp|Xem kết quả/ })
			.click();
	}
	const long = await longest(page);
	await ctx.close();
	return { feedback, commit, long };
}

/** Grades flashcards one after another; the time from the tap on a grade to the next card. */
async function flashcardTimings(browser: Browser, url: string) {
	const { ctx, page } = await newPage(browser);
	const next: number[] = [];
	await page.goto(`${url}/study`);
	await page.getByTestId('flashcard').waitFor();
	await resetLongest(page);
	for (let i = 0; i < RUNS; i++) {
		await page.getByTestId('flip').click();
		const n = (await marks(page)).card?.length ?? 0;
		await page.getByTestId('grade-3').click();
		await page.waitForFunction(
			(k) => ((window as unknown as { __bench: Record<string, number[]> }).__bench.card?.length ?? 0) > k,
			n
		);
		const m = await marks(page);
		next.push(m.card![n]! - m.tap![m.tap!.length - 1]!);
	}
	const long = await longest(page);
	await ctx.close();
	return { next, long };
}

/** Home from a cold start: a fresh profile each run (online), or an installed app with the server stopped. */
async function homeTimings(
	browser: Browser,
	url: string,
	offline: boolean,
	server: () => Promise<StaticServer>
) {
	const ready: number[] = [];
	const long: number[] = [];
	let srv = await server();
	for (let i = 0; i < RUNS; i++) {
		const { ctx, page } = await newPage(browser, { sw: offline });
		if (offline) {
			await page.goto(`${url}/`);
			await page.evaluate(() => navigator.serviceWorker.ready);
			// Precached and in control (the "ready offline" notice itself waits for a navigation).
			await page
				.locator('[data-testid="pwa-status"][data-sw-controlled="true"]')
				.waitFor({ state: 'attached' });
			await srv.stop();
			await page.reload();
		} else {
			await page.goto(`${url}/`);
		}
		await page.locator('main[data-ready="true"]').waitFor();
		const m = await marks(page);
		ready.push(m.ready![0]!);
		long.push(await longest(page));
		await ctx.close();
		if (offline) srv = await server();
	}
	await srv.stop();
	return { ready, long };
}

/**
 * Writes `n` flashcard reviews of the deck over the last 120 days straight into IndexedDB, as a learner with
 * a long history would have them (one in five wrong).
 */
async function seedReviews(page: Page, bank: Bank, n: number) {
	await page.evaluate(
		async ({ name, deckId, ids, n }) => {
			const DAY = 86_400_000;
			const now = Date.now();
			const db = await new Promise<IDBDatabase>((ok, fail) => {
				const r = indexedDB.open(name);
				r.onsuccess = () => ok(r.result);
				r.onerror = () => fail(r.error);
			});
			await new Promise<void>((ok, fail) => {
				const tx = db.transaction('reviews', 'readwrite');
				for (let i = 0; i < n; i++) {
					const at = now - Math.floor((i / n) * 120 * DAY);
					const questionId = ids[i % ids.length]!;
					tx.objectStore('reviews').put({
						id: `${at}-${questionId}-${i}`,
						questionId,
						deckId,
						mode: 'flashcards',
						given: null,
						rating: i % 5 ? 3 : 1,
						correct: i % 5 !== 0,
						ms: 4000,
						at
					});
				}
				tx.oncomplete = () => ok();
				tx.onerror = () => fail(tx.error);
			});
			db.close();
		},
		{ name: DB_NAME, deckId: bank.deck.id, ids: bank.questions.map((q) => q.id), n }
	);
}

/**
 * Files `n` more decks as the importer would (each a copy of the built-in bank under other ids, with an
 * article of about 40 KB and `reviews` reviews each), so home lists five decks with their counts.
 */
async function seedDecks(page: Page, bank: Bank, n: number, reviews: number) {
	const article = readFileSync(new URL('../questions/sources/vufo-quang-ninh.txt', import.meta.url), 'utf8');
	for (let d = 1; d <= n; d++) {
		const id = `bench-deck-${d}`;
		const copy: Bank = {
			...bank,
			deck: { ...bank.deck, id, title: `Bài ${d}` },
			questions: bank.questions.map((q) => ({ ...q, id: `${id}:${q.id}` }))
		};
		await page.evaluate(
			async ({ name, record }) => {
				const db = await new Promise<IDBDatabase>((ok, fail) => {
					const r = indexedDB.open(name);
					r.onsuccess = () => ok(r.result);
					r.onerror = () => fail(r.error);
				});
				await new Promise<void>((ok, fail) => {
					const tx = db.transaction('decks', 'readwrite');
					tx.objectStore('decks').put(record);
					tx.oncomplete = () => ok();
					tx.onerror = () => fail(tx.error);
				});
				db.close();
			},
			{
				name: DB_NAME,
				record: {
					id,
					title: copy.deck.title,
					source: copy.deck.source,
					kind: 'imported',
					createdAt: Date.now() - d * 1000,
					bank: copy,
					text: article.repeat(Math.max(1, Math.round(40_000 / article.length)))
				}
			}
		);
		await seedReviews(page, copy, reviews);
	}
}

/**
 * The stats screen, then home, over 10,000 reviews written into the database first; home lists five decks
 * (the "learner with 10,000 reviews and 5 decks": four imported ones of 500 reviews each besides).
 */
async function historyTimings(browser: Browser, url: string, bank: Bank) {
	const { ctx, page } = await newPage(browser);
	await page.goto(`${url}/`);
	await page.locator('main[data-ready="true"]').waitFor();
	await seedReviews(page, bank, 10_000);
	await seedDecks(page, bank, 4, 500);
	const shown: number[] = [];
	const long: number[] = [];
	const homeShown: number[] = [];
	const homeLong: number[] = [];
	for (let i = 0; i < Math.min(RUNS, 8); i++) {
		await page.goto(`${url}/stats`);
		await page.getByTestId('streak').waitFor();
		const m = await marks(page);
		shown.push(m.stats![0]!);
		long.push(await longest(page));
		// Home's figures (due, new left, streak) are in once the streak tile holds a value.
		await page.goto(`${url}/`);
		await page.waitForFunction(() => (window as unknown as { __bench: { home?: number[] } }).__bench.home);
		homeShown.push((await marks(page)).home![0]!);
		homeLong.push(await longest(page));
	}
	await ctx.close();
	return { shown, long, homeShown, homeLong };
}

export async function run(): Promise<{ name: string; value: number; unit: string; target?: string }[]> {
	const dir = ensureBuild();
	const bank = JSON.parse(readFileSync(new URL('../questions/bank.json', import.meta.url), 'utf8')) as Bank;
	const start = () => serveStatic(dir, PORT);
	const url = `http://localhost:${PORT}`;
	const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
	const rows: { name: string; value: number; unit: string; target?: string }[] = [];
	const add = (name: string, values: number[], target?: { median?: string; p95?: string }) => {
		const s = stats(values);
		rows.push({ name: `${name}, median`, value: s.median, unit: 'ms', target: target?.median });
		rows.push({ name: `${name}, p95`, value: s.p95, unit: 'ms', target: target?.p95 });
	};
	try {
		const server = await start();
		try {
			const quiz = await quizTimings(browser, url, bank);
			add('browser 4x: quiz tap to feedback', quiz.feedback, { p95: '< 16 ms' });
			add('browser 4x: quiz tap to review committed', quiz.commit, { p95: '< 50 ms' });
			rows.push({ name: 'browser 4x: quiz, longest task', value: quiz.long, unit: 'ms', target: '< 50 ms' });
			const flash = await flashcardTimings(browser, url);
			add('browser 4x: flashcard grade to next card', flash.next);
			rows.push({
				name: 'browser 4x: flashcards, longest task',
				value: flash.long,
				unit: 'ms',
				target: '< 50 ms'
			});
			const st = await historyTimings(browser, url, bank);
			add('browser 4x: stats over 10,000 reviews shown', st.shown);
			rows.push({ name: 'browser 4x: stats, longest task', value: Math.max(...st.long), unit: 'ms' });
			add('browser 4x: home figures over 10,000 reviews and 5 decks shown', st.homeShown);
			rows.push({
				name: 'browser 4x: home over 10,000 reviews and 5 decks, longest task',
				value: Math.max(...st.homeLong),
				unit: 'ms',
				target: '< 50 ms'
			});
		} finally {
			await server.stop();
		}
		const online = await homeTimings(browser, url, false, start);
		add('browser 4x: home ready, cold, online', online.ready);
		rows.push({
			name: 'browser 4x: home cold, longest task',
			value: Math.max(...online.long),
			unit: 'ms',
			target: '< 50 ms'
		});
		const offline = await homeTimings(browser, url, true, start);
		add('browser 4x: home ready, cold, offline (SW)', offline.ready);
	} finally {
		await browser.close();
	}
	return rows;
}

// `npx tsx bench/browser.ts` runs this section alone.
if (process.argv[1]?.endsWith('browser.ts')) {
	for (const r of await run())
		console.log(`${r.name.padEnd(50)} ${r.value.toFixed(1).padStart(8)} ${r.unit}  ${r.target ?? ''}`);
}
