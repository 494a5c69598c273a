import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../../../questions/generate';
import {
	buildOwnDeck,
	FACT_GROUPS,
	factLabel,
	groupOf,
	namespaced,
	OwnDeckError,
	ownDeckId,
	poolsFor,
	proposeTitle
} from '../../../../src/lib/domain/decks/own-deck';
import { gradeAnswer, isCorrectGrade } from '../../../../src/lib/domain/answers/grade';
import { extractFacts } from '../../../../src/lib/domain/extract';
import type { ExtractSuccess } from '../../../../src/lib/domain/extract';
import type { Question } from '../../../../src/lib/domain/types';
import { ROOT } from '../facts/load';
import { auditBank } from '../questions/audit';

const pools = readInputs(ROOT).pools;
const raw = readFileSync(join(ROOT, 'tests/fixtures/articles/bo-van-hoa.txt'), 'utf8');
const extracted = extractFacts(raw) as ExtractSuccess;

describe('a deck of ones own from an extracted text', () => {
	const kept = extracted.facts.filter((f) => !f.doubtful);
	const own = buildOwnDeck({
		text: extracted.text,
		facts: kept,
		aliases: extracted.aliases,
		title: proposeTitle(extracted.text),
		source: 'Bài dán vào',
		pools
	});

	it('extracts (the fixture is a real article with facts)', () => {
		expect(extracted.ok).toBe(true);
		expect(kept.length).toBeGreaterThan(3);
	});

	it('puts every question under the deck id, unique, and states each answer in the text', () => {
		expect(own.deck.id).toBe(ownDeckId(extracted.text));
		const ids = own.bank.questions.map((q) => q.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const q of own.bank.questions) {
			expect(q.id.startsWith(`${own.deck.id}/`)).toBe(true);
			expect(extracted.text).toContain(q.source.quote);
		}
		// The audit of the built-in bank, on the ids as the generator made them.
		const prefix = `${own.deck.id}/`;
		const plain = {
			...own.bank,
			questions: own.bank.questions.map((q) => ({ ...q, id: q.id.slice(prefix.length) }))
		};
		expect(auditBank(plain, own.facts, extracted.text)).toEqual([]);
	});

	it('keeps only the facts kept: a rejected fact asks nothing', () => {
		const [dropped, ...rest] = kept;
		const smaller = buildOwnDeck({ text: extracted.text, facts: rest, title: 'x', source: '', pools });
		expect(smaller.bank.questions.some((q) => q.factIds.includes(dropped!.id))).toBe(false);
		expect(own.bank.questions.some((q) => q.factIds.includes(dropped!.id))).toBe(true);
	});

	it('refuses a deck without facts or without a title, naming which', () => {
		const base = { text: extracted.text, source: '', pools };
		expect(() => buildOwnDeck({ ...base, facts: [], title: 'x' })).toThrow(OwnDeckError);
		expect(() => buildOwnDeck({ ...base, facts: kept, title: '  ' })).toThrow(/title/);
	});
});

describe('deck ids, titles, pools and groups', () => {
	it('gives one text one id, and another text another', () => {
		expect(ownDeckId('Một bài báo.')).toBe(ownDeckId('Một bài báo.'));
		// The same text, composed or decomposed, is the same text.
		expect(ownDeckId('Quảng Ninh')).toBe(ownDeckId('Quảng Ninh'.normalize('NFD')));
		expect(ownDeckId('Một bài báo.')).not.toBe(ownDeckId('Một bài báo!'));
		expect(ownDeckId('x')).toMatch(/^own-[0-9a-z]+$/);
	});

	it('labels a figure whole for the review: qualifier, number, unit or scale and currency', () => {
		const at = { id: 'x', topic: 'general', subject: 's', quote: 'q' } as const;
		expect(
			factLabel({
				...at,
				kind: 'amount',
				written: '58.000',
				qualifier: 'khoảng',
				value: 58000,
				scale: 'tỷ',
				currency: 'đồng'
			})
		).toBe('khoảng 58.000 tỷ đồng');
		expect(factLabel({ ...at, kind: 'amount', written: '200', value: 200, scale: '', currency: 'USD' })).toBe(
			'200 USD'
		);
		expect(
			factLabel({ ...at, kind: 'count', written: '6.000', qualifier: 'hơn', value: 6000, unit: 'hội viên' })
		).toBe('hơn 6.000 hội viên');
		// Other kinds: their values, as the quote marks them.
		expect(
			factLabel({
				...at,
				kind: 'person-post',
				person: 'Nguyễn Văn A',
				post: 'Giám đốc Sở Ngoại vụ',
				title: 'Giám đốc'
			})
		).toBe('Nguyễn Văn A – Giám đốc Sở Ngoại vụ');
	});

	it('proposes the first line as the title, cut at a word when long', () => {
		expect(proposeTitle('\n  Tiêu đề bài  \nThân bài')).toBe('Tiêu đề bài');
		// Lines of only spaces or tabs are blank too; a line's inner spaces stay; no text, no title.
		expect(proposeTitle(' \t\n\n\t Hai  từ \r\nThân bài')).toBe('Hai  từ');
		expect(proposeTitle('Một dòng')).toBe('Một dòng');
		expect(proposeTitle(' \n\t\n')).toBe('');
		const long = proposeTitle(`${'Hợp tác hữu nghị '.repeat(12)}\nx`);
		expect(long.length).toBeLessThanOrEqual(121);
		expect(long.endsWith('…')).toBe(true);
		expect(long).not.toMatch(/ …$/);
	});

	it('never offers as a wrong option a pool item the text itself names', () => {
		const text = 'Ông A, Phó Chủ tịch UBND tỉnh, phát biểu.';
		const out = poolsFor(text, { posts: ['Phó Chủ tịch UBND tỉnh', 'Giám đốc Sở Y tế'] });
		expect(out.posts).toEqual(['Giám đốc Sở Y tế']);
	});

	it('namespaces ids and the ids a question reveals', () => {
		const bank = namespaced(
			{
				version: 1,
				deck: { id: 'd', title: 't', source: 's' },
				generatedBy: 'x',
				questions: [
					{
						id: 'f:choice',
						type: 'choice',
						prompt: 'p',
						answer: 'a',
						choices: ['a', 'b'],
						factIds: ['f'],
						topic: 'general',
						source: { quote: 'a' },
						reveals: ['g:typed']
					} as never
				]
			},
			'own-1'
		);
		expect(bank.questions[0]!.id).toBe('own-1/f:choice');
		expect((bank.questions[0] as { reveals?: string[] }).reveals).toEqual(['own-1/g:typed']);
		expect(bank.questions[0]!.factIds).toEqual(['f']);
	});

	it('sorts every kind of fact into a review group', () => {
		for (const f of extracted.facts) expect(FACT_GROUPS).toContain(groupOf(f));
	});
});

// Regression: "khoảng 3,6 triệu lượt khách du lịch" is a count whose unit begins with its scale. Its numeric
// question was graded in "triệu" only: typing the answer shown, or "3,6 triệu", was wrong.
describe('a figure counted in millions is graded in millions', () => {
	const kept = extracted.facts.filter((f) => !f.doubtful);
	const own = buildOwnDeck({ text: extracted.text, facts: kept, title: 'x', source: '', pools });
	const about = (type: string) =>
		own.bank.questions.find((q) => q.type === type && q.factIds.includes('3-6-trieu-luot-khach-du-lich'))!;
	const right = (q: Question, given: string) => isCorrectGrade(gradeAnswer(q, given).grade);

	it('takes the whole figure in any writing, and the number in the unit shown', () => {
		const numeric = about('numeric');
		expect(numeric.numeric).toEqual({ value: 3_600_000, unit: 'triệu lượt khách du lịch', inUnit: 3.6 });
		for (const given of [String(numeric.answer), '3,6 triệu', '3.600.000', '3,6', '3.6'])
			expect(right(numeric, given), given).toBe(true);
		for (const given of ['3,5 triệu', '36', '3600']) expect(right(numeric, given), given).toBe(false);
	});

	it('takes "3,6 triệu" in the blank before "triệu", and no other figure', () => {
		const cloze = about('cloze');
		expect(cloze.cloze).toContain('____ triệu lượt khách');
		for (const given of ['3,6', '3,6 triệu', '3.600.000']) expect(right(cloze, given), given).toBe(true);
		for (const given of ['3,5', '3,5 triệu', '36']) expect(right(cloze, given), given).toBe(false);
	});
});
