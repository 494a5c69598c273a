/** Test helpers: the real article and the fixture facts under tests/unit/fixtures/facts. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FactsFile } from '../../../../src/lib/domain/types';

export const ROOT = resolve(import.meta.dirname, '../../../..');
export const FIXTURES = join(ROOT, 'tests/unit/fixtures/facts');

export function articleText(): string {
	return readFileSync(join(ROOT, 'questions/sources/vufo-quang-ninh.txt'), 'utf8');
}

/** A fixture facts file, freshly parsed (tests may mutate it). */
export function fixture(name = 'mini.json'): FactsFile {
	return JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as FactsFile;
}

export function fixturePools(): Record<string, string[]> {
	const pools: Record<string, string[]> = {};
	for (const name of readdirSync(join(FIXTURES, 'pools'))) {
		pools[name.replace(/\.json$/, '')] = (
			JSON.parse(readFileSync(join(FIXTURES, 'pools', name), 'utf8')) as { items: string[] }
		).items;
	}
	return pools;
}
