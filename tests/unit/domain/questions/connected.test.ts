/**
 * Questions that connect facts (issue 10), each with its regression from the article: sides, one body's
 * names, the proposals that name VUFO, what is NOT one of the 05 proposals, how 08 pairs and 10 projects are
 * made up, 31 then 20 organisations, the proposals in order. The same rules pass the audit over every fixture
 * deck (fixtures.test.ts, bank.test.ts); here, what each one asks and why its answer is the article's.
 */
import { describe, expect, it } from 'vitest';
import { containsFolded } from '../../../../src/lib/domain/facts/text';
import { availableKinds, matchQuestions } from '../../../../src/lib/domain/match-game';
import type { Question } from '../../../../src/lib/domain/types';
import { auditBank, cloneBank } from './audit';
import { checkedDecks } from './decks';

const deck = checkedDecks()[0]!;
const bank = deck.bank;
const get = (id: string): Question => {
	const q = bank.questions.find((x) => x.id === id);
	if (!q) throw new Error(`no question ${id}`);
	return q;
};
const wrongOf = (q: Question) => (q.choices ?? []).filter((c) => !(q.answer as string[]).includes(c));

describe('questions that connect facts', () => {
	it('regression: who sat on which side, named in the side passage or through the body of their post', () => {
		const qn = get('hanh-pho-chu-tich-lien-hiep:multi:side-quang-ninh');
		expect(qn.connects).toBe('sides');
		expect([...(qn.answer as string[])].sort()).toEqual([
			'Hoàng Đức Hạnh',
			'Ngô Hoàng Ngân',
			'Phạm Văn Thành'
		]);
		expect(wrongOf(qn).sort()).toEqual(['Nguyễn Văn Doanh', 'Đỗ Thị Kim Dung']);
		expect(qn.source.quote).toMatch(/^Tham dự buổi tiếp, về phía Quảng Ninh có/u);
		// Hạnh is seated through "Liên hiệp Hữu nghị tỉnh", the article's other name of his Liên hiệp.
		expect(qn.source.quotes).toContain('Ông Hoàng Đức Hạnh, Phó Chủ tịch Liên hiệp Hữu nghị Quảng Ninh');
		const vufo = get('doanh-pho-chu-tich-vufo:multi:side-vufo');
		expect([...(vufo.answer as string[])].sort()).toEqual(['Nguyễn Văn Doanh', 'Đỗ Thị Kim Dung']);
		expect(vufo.source.quote).toContain('Ban Điều phối viện trợ nhân dân');
	});

	it("regression: the article's three names of one Liên hiệp, beside other bodies of the article", () => {
		const q = bank.questions.find((x) => x.connects === 'aliases')!;
		expect(q.prompt).toBe(
			'Trong bài, những tên nào sau đây cùng chỉ Liên hiệp Hữu nghị Quảng Ninh? (Chọn tất cả các ý đúng.)'
		);
		expect([...(q.answer as string[])].sort()).toEqual(['Liên hiệp Hữu nghị tỉnh', 'Liên hiệp Quảng Ninh']);
		for (const w of wrongOf(q)) expect(containsFolded(w, 'Liên hiệp'), w).toBe(false);
	});

	it('regression: the proposals that name VUFO (1, 2 and 4), by their sentences', () => {
		const q = get('proposal-1:multi:names-vufo');
		expect(q.prompt).toBe(
			'Những đề xuất nào của ông Hoàng Đức Hạnh nêu đích danh VUFO? (Chọn tất cả các ý đúng.)'
		);
		expect(q.answer).toEqual(['Đề xuất thứ nhất', 'Đề xuất thứ hai', 'Đề xuất thứ tư']);
		expect(wrongOf(q).sort()).toEqual(['Đề xuất thứ ba', 'Đề xuất thứ năm']);
		expect(q.source.quotes).toHaveLength(5);
	});

	it('regression: what is NOT one of the 05 proposals is a wish someone else voiced, the others are proposals', () => {
		const q = bank.questions.find((x) => x.connects === 'not-in-series')!;
		expect(q.prompt).toBe('Nội dung nào sau đây KHÔNG thuộc 05 đề xuất của ông Hoàng Đức Hạnh?');
		expect(deck.source).toContain(String(q.answer));
		// Said by Ngô Hoàng Ngân, in a sentence of his wishes.
		expect(q.source.quote).toContain('Ngô Hoàng Ngân mong muốn');
		const proposals = deck.facts.facts
			.filter((f) => /^proposal-\d$/.test(f.id))
			.map((f) => (f as { value: string }).value);
		for (const c of q.choices!) expect(proposals.includes(c), c).toBe(c !== q.answer);
	});

	it('regression: how 08 pairs and 10 projects are made up; every option adds up, none over its whole', () => {
		const pairs = get('twinning-pairs-total:choice:composition');
		expect(pairs.prompt).toBe('Theo bài viết, 08 cặp kết nghĩa hai bên biên giới gồm những cặp nào?');
		expect(pairs.answer).toBe('07 cặp Bản - Bản và 01 cặp Xã - Trấn');
		const projects = get('ngo-projects-count:choice:composition');
		expect(projects.answer).toBe('08 dự án do UBND tỉnh phê duyệt và 02 dự án có Trung ương phê duyệt');
		for (const [q, whole] of [
			[pairs, 8],
			[projects, 10]
		] as const)
			for (const c of q.choices!) {
				const ns = [...c.matchAll(/\d+/g)].map((m) => Number(m[0]));
				expect(
					ns.reduce((a, b) => a + b, 0),
					c
				).toBe(whole);
			}
	});

	it('regression: 31 organisations in 2019, then 20 in 2020, in turn', () => {
		const q = get('ngo-registered-2019:choice:in-turn');
		expect(q.prompt).toBe(
			'Theo bài viết, số tổ chức PCPNN đăng ký hoạt động năm 2019 và năm 2020 lần lượt là bao nhiêu?'
		);
		expect(q.answer).toBe('31 tổ chức và 20 tổ chức');
		expect(q.choices).toContain('20 tổ chức và 31 tổ chức');
	});

	it('regression: the five proposals in order, a match kept out of the match game', () => {
		const q = get('proposal-1:match:order');
		expect(q.pairs!.map(([l]) => l)).toEqual([
			'Đề xuất thứ nhất',
			'Đề xuất thứ hai',
			'Đề xuất thứ ba',
			'Đề xuất thứ tư',
			'Đề xuất thứ năm'
		]);
		expect(q.pairs![3]![1]).toBe('kết nối các tổ chức PCPNN với Liên hiệp Quảng Ninh');
		for (const [, r] of q.pairs!) expect(r.length).toBeLessThanOrEqual(60);
		expect(availableKinds(bank.questions).length).toBeGreaterThan(0);
		for (const kind of ['people', 'figures'] as const)
			expect(matchQuestions(bank.questions, kind).some((x) => x.connects)).toBe(false);
	});

	it('each is kept apart in sessions from the questions it gives away', () => {
		expect(get('twinning-pairs-total:choice:composition').reveals).toContain('twinning-ban-ban-pairs:choice');
	});

	it('the audit refuses a wrong connection', () => {
		const copy = cloneBank(bank);
		const q = copy.questions.find((x) => x.id === 'proposal-1:multi:names-vufo')!;
		q.answer = ['Đề xuất thứ nhất', 'Đề xuất thứ ba', 'Đề xuất thứ tư'];
		const c = copy.questions.find((x) => x.id === 'twinning-pairs-total:choice:composition')!;
		c.choices = c.choices!.map((x) => (x === c.answer ? x : x.replace(/^0\d/u, '09')));
		const problems = auditBank(copy, deck.facts, deck.source);
		expect(problems.some((p) => p.startsWith('proposal-1:multi:names-vufo'))).toBe(true);
		expect(problems.some((p) => p.startsWith('twinning-pairs-total:choice:composition'))).toBe(true);
	});

	for (const d of checkedDecks())
		it(`${d.name}: connected questions pass the audit`, () => {
			expect(
				auditBank({ ...d.bank, questions: d.bank.questions.filter((q) => q.connects) }, d.facts, d.source)
			).toEqual([]);
		});
});
