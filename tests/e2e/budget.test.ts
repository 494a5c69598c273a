import { expect, test } from '@playwright/test';
import { BUDGET, measureHomeBudget, unexpectedHomeModules } from '../../bench/budget';

// Reads the build that `npm test` made just before the e2e run (the same build/ the preview serves), so a
// change that pushes the home screen over its budget fails the gate, not only the bench table.
test.describe('budget', () => {
	test(`home JS is at most ${BUDGET.homeJsKB} KB and the whole first visit at most ${BUDGET.firstVisitKB} KB gzip`, async () => {
		const report = await measureHomeBudget('build');
		const list = report.files
			.filter((f) => f.kind === 'js')
			.sort((a, b) => b.gzip - a.gzip)
			.map((f) => `${(f.gzip / 1024).toFixed(1)} KB ${f.path}`)
			.join('\n');
		// The files are found from index.html: an empty list would mean the parser broke, not a tiny app.
		expect(report.files.some((f) => f.path.includes('/entry/start.'))).toBe(true);
		// Home counts from its prerendered index and IndexedDB: the bank is for study screens only.
		expect(report.files.filter((f) => f.kind === 'bank').map((f) => f.path)).toEqual([]);
		expect(report.gzip.js / 1024, `home JS (gzip), largest first:\n${list}`).toBeLessThanOrEqual(
			BUDGET.homeJsKB
		);
		expect(report.gzip.total / 1024, 'home first visit (gzip)').toBeLessThanOrEqual(BUDGET.firstVisitKB);
	});

	test("home loads one chunk of allowed modules, and SvelteKit's entry files", async () => {
		expect(unexpectedHomeModules(), 'modules on home that HOME_MAY_LOAD does not allow').toEqual([]);
		const report = await measureHomeBudget('build');
		const js = report.files.filter((f) => f.kind === 'js').map((f) => f.path.replace(/\.[\w-]+\.js$/, ''));
		// One shared chunk; the entries and route nodes are thin files that import from it.
		expect(js.filter((p) => p.startsWith('/_app/immutable/chunks/'))).toHaveLength(1);
		expect(js.filter((p) => !p.startsWith('/_app/immutable/chunks/')).sort()).toEqual([
			'/_app/immutable/entry/app',
			'/_app/immutable/entry/start',
			'/_app/immutable/nodes/0',
			'/_app/immutable/nodes/1',
			'/_app/immutable/nodes/2'
		]);
	});
});
