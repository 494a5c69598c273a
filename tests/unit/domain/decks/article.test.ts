import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleData } from '../../../../src/lib/domain/decks/article';
import { extractFacts, type ExtractSuccess } from '../../../../src/lib/domain/extract';
import { ROOT } from '../facts/load';

const ex = extractFacts(
	readFileSync(join(ROOT, 'tests/fixtures/articles/bo-van-hoa.txt'), 'utf8')
) as ExtractSuccess;

describe('the article reader of an imported deck', () => {
	it('marks every kept fact in its text', () => {
		const facts = ex.facts.filter((f) => !f.doubtful);
		const a = articleData({ title: 'T', source: 'S', text: ex.text, facts });
		expect(a.missing).toEqual([]);
		const marked = new Set(a.paragraphs.flatMap((p) => p.segments.flatMap((s) => s.ids ?? [])));
		expect([...marked].sort()).toEqual(facts.map((f) => f.id).sort());
		expect(Object.keys(a.facts).sort()).toEqual(facts.map((f) => f.id).sort());
	});

	it('reads a card list as its cards, one plain paragraph each, both sides apart', () => {
		const a = articleData({ title: 'T', source: 'S', text: 'VUFO\tLiên hiệp\nHuế\tCố đô', facts: [] });
		expect(a.paragraphs).toEqual([
			{ kind: 'text', segments: [{ text: 'VUFO – Liên hiệp', ids: ['card-vufo'] }] },
			{ kind: 'text', segments: [{ text: 'Huế – Cố đô', ids: ['card-hue'] }] }
		]);
		expect(a.facts['card-hue']).toEqual({ id: 'card-hue', subject: 'Huế', topic: 'general' });
	});
});
