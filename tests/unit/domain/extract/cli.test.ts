/** `npm run extract -- FILE` as outside checks run it: a child process printing JSON, or a reason and exit 1. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { FactsFile } from '../../../../src/lib/domain/types';
import { ROOT, articleText } from '../facts/load';

const dir = mkdtempSync(join(tmpdir(), 'onbai-extract-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]) {
	const r = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'questions/extract.ts'), ...args], {
		encoding: 'utf8',
		cwd: ROOT
	});
	return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run extract', () => {
	it(
		'prints {"facts": [...]} with verbatim quotes; a binary file or no file is an error',
		{ timeout: 60_000 },
		() => {
			const ok = run(join(ROOT, 'questions/sources/vufo-quang-ninh.txt'));
			expect(ok.code).toBe(0);
			const out = JSON.parse(ok.stdout) as FactsFile;
			expect(out.facts.length).toBeGreaterThan(30);
			for (const f of out.facts) expect(articleText().includes(f.quote), f.id).toBe(true);
			expect(out.facts.find((f) => f.kind === 'person-post' && f.person === 'Đỗ Thị Kim Dung')).toMatchObject(
				{ title: 'Phó Trưởng ban' }
			);

			const binary = join(dir, 'a.bin');
			writeFileSync(
				binary,
				new Uint8Array(2048).map((_, i) => (i * 53) % 256)
			);
			const bad = run(binary);
			expect(bad.code).toBe(1);
			expect(bad.stderr).toContain('binary');
			expect(run().code).toBe(2);
			expect(run(join(dir, 'missing.txt')).code).toBe(1);
		}
	);
});
