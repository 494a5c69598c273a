/**
 * The extractor on the built-in article, compared with its 99 hand-curated facts (questions/facts): recall
 * and precision per kind are printed; the targets of the issue are asserted (person-post and figures: at
 * least 90% found, at least 90% of what is extracted correct), and every quote is verbatim.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../../src/lib/domain/extract';
import type { FactsFile } from '../../../../src/lib/domain/types';
import { ROOT, articleText } from '../facts/load';
import { rates, score, table, weakestOfTargets } from './measure';

const curated = JSON.parse(
	readFileSync(join(ROOT, 'questions/facts/vufo-quang-ninh.json'), 'utf8')
) as FactsFile;
const source = articleText();
const result = extractFacts(source);
if (!result.ok) throw new Error(`extraction failed: ${result.message}`);

describe('extractor on the built-in article', () => {
	const { scores, missed, extra } = score(result.facts, curated.facts, result.text);
	console.log(table('built-in article vs curated facts', scores));
	console.log(
		'missed (curated, not extracted):',
		missed
			.filter((f) => f.kind !== 'statement')
			.map((f) => f.id)
			.join(', ')
	);
	console.log('extra (extracted, not curated):', extra.map((f) => f.id).join(', '));

	it('cleans the plain text to itself, so every quote is also a quote of the article', () => {
		expect(result.text).toBe(source.trim());
		for (const f of result.facts) {
			expect(result.text.slice(f.span!.start, f.span!.end), f.id).toBe(f.quote);
			expect(source.includes(f.quote), f.id).toBe(true);
		}
	});

	it('finds at least 90% of the curated officials and figures, with at least 90% precision', () => {
		expect(weakestOfTargets(scores)).toBeGreaterThanOrEqual(0.9);
	});

	it('finds the abbreviations, the Lao provinces, the motto and the truncated year (damaged)', () => {
		expect(rates(scores, ['org']).recall).toBe(1);
		const lists = result.facts.filter((f) => f.kind === 'list');
		expect(lists.some((l) => l.items.join('|') === 'Hủa Phăn|Luông Pha Băng|Xay Nhạ By Ly')).toBe(true);
		expect(lists.some((l) => l.ordered && l.items.join('|') === 'chủ động|linh hoạt|sáng tạo|hiệu quả')).toBe(
			true
		);
		const damaged = result.facts.filter((f) => f.damaged !== undefined);
		expect(damaged.map((f) => f.quote)).toEqual([expect.stringContaining('năm 201')]);
	});

	it('keeps the parts within their whole and the qualifiers', () => {
		const byWritten = (w: string, unit: string) =>
			result.facts.find((f) => f.kind === 'count' && f.written === w && f.unit.startsWith(unit));
		const total = byWritten('08', 'cặp')!;
		expect(byWritten('07', 'cặp')).toMatchObject({ partOf: total.id, subject: 'cặp Bản - Bản' });
		expect(byWritten('01', 'cặp')).toMatchObject({ partOf: total.id, subject: 'cặp Xã - Trấn' });
		const projects = byWritten('10', 'chương trình')!;
		expect(byWritten('08', 'dự án')).toMatchObject({ partOf: projects.id });
		expect(byWritten('02', 'dự án')).toMatchObject({ partOf: projects.id });
		expect(result.facts.find((f) => f.kind === 'amount' && f.written === '74')).toMatchObject({
			qualifier: 'trên',
			scale: 'tỉ'
		});
		expect(byWritten('15.000', 'Việt kiều')).toMatchObject({ qualifier: 'hơn' });
	});

	it('gives the same ids when run again (ids come from content)', () => {
		const again = extractFacts(source);
		expect(again.ok && again.facts.map((f) => f.id)).toEqual(result.facts.map((f) => f.id));
		expect(new Set(result.facts.map((f) => f.id)).size).toBe(result.facts.length);
	});

	it('says which side each official sat on when the text says it', () => {
		const sideOf = (name: string) =>
			result.facts.find((f) => f.kind === 'person-post' && f.person === name && 'side' in f) as
				{ side?: string } | undefined;
		expect(sideOf('Ngô Hoàng Ngân')?.side).toBe('Quảng Ninh');
		expect(sideOf('Nguyễn Văn Doanh')?.side).toBe('VUFO');
	});
});
