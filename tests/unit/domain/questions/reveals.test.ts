/**
 * The `reveals` relation the generator stores: when a question's shown text states another question's answer.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../../../questions/generate';
import { computeReveals, createRevealer, shownText } from '../../../../src/lib/domain/questions/reveals';
import type { Bank, Fact, Question } from '../../../../src/lib/domain/types';
import { ROOT } from '../facts/load';

const deck = readInputs(ROOT).decks[0]!;
const facts = deck.facts.facts.filter((f) => f.damaged === undefined);
const fact = (id: string): Fact => facts.find((f) => f.id === id)!;
const committed = JSON.parse(readFileSync(join(ROOT, 'questions/bank.json'), 'utf8')) as Bank;
const question = (id: string): Question => committed.questions.find((q) => q.id === id)!;
const revealer = createRevealer(facts);
const states = (text: string, factId: string, q: Question = question(`${factId}:flashcard:forward`)) =>
	revealer.statesFact(text, fact(factId), q);

describe('a text states a fact', () => {
	it('when it holds the figure with its unit and the words that tie it to the fact', () => {
		const period = question('laos-training-period:choice').prompt;
		expect(period).toContain('trên 74 tỷ đồng');
		expect(states(period, 'laos-training-funds')).toBe(true);
		// The same figure elsewhere states nothing about the training funds.
		expect(states('Quảng Ninh có trên 74 tỉ đồng tiền gửi ngân hàng.', 'laos-training-funds')).toBe(false);
		// The number without its unit is another figure.
		expect(states('Tổng kinh phí đào tạo cấp cho 3 tỉnh Bắc Lào là 74 dự án.', 'laos-training-funds')).toBe(
			false
		);
	});

	it('not when it merely names a short answer used all over the article', () => {
		expect(states('Ông Nguyễn Văn Doanh, Phó Chủ tịch VUFO, phát biểu.', 'proposal-4-addressee')).toBe(false);
		expect(
			states(
				'Tỉnh Quảng Ninh thể hiện chủ trương đa dạng hóa trong công tác đối ngoại nhân dân.',
				'session-topic'
			)
		).toBe(false);
		expect(states('Đề xuất thứ tư đề nghị VUFO kết nối các tổ chức PCPNN.', 'proposal-4-addressee')).toBe(
			true
		);
	});

	it('a person with the post, an abbreviation with its long form', () => {
		expect(states('Theo Phó Chủ tịch VUFO Nguyễn Văn Doanh, ...', 'doanh-pho-chu-tich-vufo')).toBe(true);
		expect(states('Ông Nguyễn Văn Doanh phát biểu.', 'doanh-pho-chu-tich-vufo')).toBe(false);
		expect(states('Phó Trưởng ban Điều phối viện trợ nhân dân (PACCOM)', 'paccom-name')).toBe(true);
		expect(states('PACCOM có đại diện dự buổi làm việc.', 'paccom-name')).toBe(false);
	});

	it('a list: the item a question asks, in the list’s own context', () => {
		const choiceQ = question('laos-northern-provinces:multi');
		const sentence =
			'Hàng năm, tỉnh Quảng Ninh đã triển khai chương trình học bổng dành cho sinh viên các tỉnh Hủa Phăn, Luông Pha Băng; Xay Nhạ By Ly (Lào)';
		expect(states(sentence, 'laos-northern-provinces', choiceQ)).toBe(true);
		expect(
			states(
				'Tháng 6/2020, Quảng Ninh đã trao tặng Luông Pha Băng vật tư y tế.',
				'laos-northern-provinces',
				choiceQ
			)
		).toBe(false);
	});
});

describe('shown text', () => {
	it('is the prompt and the correct answer, never a wrong option; the filled sentence of a cloze', () => {
		const c = question('laos-training-period:choice');
		const text = shownText(c);
		expect(text).toContain(c.prompt);
		expect(text).toContain(String(c.answer));
		for (const wrong of (c.choices ?? []).filter((x) => x !== c.answer)) expect(text).not.toContain(wrong);
		const cloze = committed.questions.find((q) => q.type === 'cloze')!;
		expect(shownText(cloze)).toBe(cloze.cloze!.replace('____', String(cloze.answer)));
	});
});

describe('computeReveals', () => {
	it('lists other facts’ questions only, never a question’s own siblings', () => {
		const reveals = computeReveals(committed.questions, facts);
		const byId = new Map(committed.questions.map((q) => [q.id, q]));
		for (const [x, ys] of reveals) {
			const qx = byId.get(x)!;
			for (const y of ys) {
				const qy = byId.get(y)!;
				expect([...qy.factIds].sort().join() === [...qx.factIds].sort().join(), `${x} -> ${y}`).toBe(false);
			}
		}
	});

	it('a false statement’s swapped-in value states nothing (the caller masks it)', () => {
		const base: Question = {
			id: 'a:truefalse:false',
			type: 'truefalse',
			prompt:
				'Tỉnh Quảng Ninh đã cấp cho 3 tỉnh Bắc Lào trên 74 tỉ đồng kinh phí đào tạo trong giai đoạn 2011 - 2020.',
			answer: false,
			factIds: ['ngo-registered-2019'],
			topic: 'laos',
			source: { quote: '' }
		};
		const target = question('laos-training-period:choice');
		const plain = computeReveals([base, target], facts);
		expect(plain.get(base.id)).toEqual([target.id]);
		const masked = computeReveals([base, target], facts, (q) =>
			q === base ? base.prompt.replace('2011 - 2020', '…') : shownText(q)
		);
		expect(masked.get(base.id)).toBeUndefined();
	});
});
