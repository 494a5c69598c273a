/**
 * The COMMITTED question bank (questions/bank.json): grounded in the article, unambiguous, fresh, with stable
 * ids. If a test here fails after editing the facts, run `npm run questions` and commit the new bank.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBanks, readInputs, serializeBank } from '../../../../questions/generate';
import { generateBank } from '../../../../src/lib/domain/questions/generate';
import { createRng } from '../../../../src/lib/domain/random';
import type { Bank, QuestionType } from '../../../../src/lib/domain/types';
import { ROOT } from '../facts/load';
import { auditBank, cloneBank } from './audit';

const bankText = readFileSync(join(ROOT, 'questions/bank.json'), 'utf8');
const committed = JSON.parse(bankText) as Bank;
const inputs = readInputs(ROOT);
const deck = inputs.decks[0]!;

describe('the committed bank', () => {
	it('reads from exactly one facts file without problems', () => {
		expect(inputs.issues).toEqual([]);
		expect(inputs.decks).toHaveLength(1);
		expect(committed.deck.id).toBe(deck.facts.deck.id);
	});

	it(
		'is not stale: regenerating from the committed facts gives the same bank (run `npm run questions`)',
		{ timeout: 30_000 },
		() => {
			const { banks, issues } = buildBanks(inputs);
			expect(issues.filter((i) => i.level === 'error')).toEqual([]);
			// Deep equality, so reformatting the file does not matter; any changed question does.
			expect(banks[0]).toEqual(committed);
			expect(JSON.parse(serializeBank(banks[0]!))).toEqual(committed);
		}
	);

	it('passes the audit: grounding, ambiguity, distractors, ids', () => {
		expect(auditBank(committed, deck.facts, deck.source)).toEqual([]);
	});

	it('has 150+ questions of every required type', () => {
		expect(committed.questions.length).toBeGreaterThanOrEqual(150);
		const types = new Set(committed.questions.map((q) => q.type));
		const required: QuestionType[] = [
			'flashcard',
			'choice',
			'multi',
			'truefalse',
			'cloze',
			'typed',
			'numeric',
			'match'
		];
		for (const t of required) expect(types, t).toContain(t);
		const directions = new Set(
			committed.questions.filter((q) => q.type === 'flashcard').map((q) => q.direction)
		);
		expect(directions).toEqual(new Set(['forward', 'reverse']));
		expect(committed.questions.some((q) => q.type === 'truefalse' && q.answer === false)).toBe(true);
		expect(committed.questions.some((q) => q.type === 'truefalse' && q.answer === true)).toBe(true);
	});

	it("asks the article's key facts: the three Lao provinces, the motto, the officials, the figures", () => {
		const multi = committed.questions.filter((q) => q.type === 'multi');
		const hasAnswer = (items: string[]) =>
			multi.some(
				(q) => JSON.stringify([...(q.answer as string[])].sort()) === JSON.stringify([...items].sort())
			);
		expect(hasAnswer(['Hủa Phăn', 'Luông Pha Băng', 'Xay Nhạ By Ly'])).toBe(true);
		expect(hasAnswer(['chủ động', 'linh hoạt', 'sáng tạo', 'hiệu quả'])).toBe(true);
		// Each figure is typed as a number: a numeric, or the article's cloze when the numeric would repeat it.
		const numeric = committed.questions.filter((q) => q.type === 'numeric').map((q) => q.numeric!.value);
		const clozed = committed.questions
			.filter((q) => q.type === 'cloze' && /^[\d.]+$/.test(q.answer as string))
			.map((q) => Number((q.answer as string).replaceAll('.', '')));
		for (const v of [8, 7, 1, 407, 74e9, 56e9, 200e6, 20, 1.6e6, 35e9, 1797, 15000])
			expect(numeric).toContain(v);
		for (const v of [31, 6, 3]) expect(clozed).toContain(v);
		expect(
			committed.questions.some(
				(q) =>
					q.type === 'match' &&
					q.pairs!.some(([l, r]) => l === 'Hoàng Đức Hạnh' && r.startsWith('Phó Chủ tịch'))
			)
		).toBe(true);
	});

	it('never asks the damaged "năm 201" fact', () => {
		const damaged = deck.facts.facts.filter((f) => f.damaged !== undefined).map((f) => f.id);
		expect(damaged.length).toBeGreaterThan(0);
		for (const q of committed.questions) for (const id of damaged) expect(q.factIds).not.toContain(id);
		expect(bankText).not.toMatch(/năm 201(?!\d)/);
	});

	it('ids are unique, stable and derived from fact ids', () => {
		const ids = committed.questions.map((q) => q.id);
		expect(new Set(ids).size).toBe(ids.length);
		const factIds = new Set(deck.facts.facts.map((f) => f.id));
		for (const id of ids) expect(factIds.has(id.split(':')[0]!), id).toBe(true);
	});

	it('keeps every id and question when the facts file is reordered', { timeout: 30_000 }, () => {
		const shuffled = { ...deck.facts, facts: createRng('reorder').shuffle(deck.facts.facts) };
		const again = generateBank({
			facts: shuffled,
			source: deck.source,
			pools: inputs.pools,
			generatedBy: committed.generatedBy
		});
		const byId = (b: Bank) => new Map(b.questions.map((q) => [q.id, q]));
		expect(byId(again)).toEqual(byId(committed));
	});
});

describe('the audit catches broken banks', () => {
	const mutate = (change: (b: Bank) => void) => {
		const copy = cloneBank(committed);
		change(copy);
		return auditBank(copy, deck.facts, deck.source);
	};
	const find = (b: Bank, pred: (q: Bank['questions'][number]) => boolean) => {
		const q = b.questions.find(pred);
		if (!q) throw new Error('no such question in the bank');
		return q;
	};

	it('a quote that is not verbatim', () => {
		const problems = mutate((b) => (b.questions[0]!.source.quote += ' (sửa)'));
		expect(problems.some((p) => p.includes('quote not found verbatim'))).toBe(true);
	});

	it('a choice whose answer is missing from the options', () => {
		const problems = mutate((b) => {
			const q = find(b, (x) => x.type === 'choice');
			q.choices = q.choices!.map((c) => (c === q.answer ? 'khác' : c));
		});
		expect(problems.some((p) => p.includes('not once among the choices'))).toBe(true);
	});

	it('another holder of the post offered as a wrong "who" option', () => {
		const problems = mutate((b) => {
			const q = find(b, (x) => x.id === 'thanh-tinh-uy-vien:choice');
			const wrongIndex = q.choices!.findIndex((c) => c !== q.answer);
			q.choices![wrongIndex] = 'Ngô Hoàng Ngân';
		});
		expect(problems.some((p) => p.includes('Ngô Hoàng Ngân may also hold'))).toBe(true);
	});

	it("a person's other post offered as a wrong option", () => {
		const problems = mutate((b) => {
			const q = find(
				b,
				(x) => x.type === 'choice' && x.id.endsWith(':choice:post') && x.id.startsWith('doanh')
			);
			const wrongIndex = q.choices!.findIndex((c) => c !== q.answer);
			q.choices![wrongIndex] =
				q.answer === 'Phó Chủ tịch VUFO' ? 'Trưởng đoàn công tác của VUFO' : 'Phó Chủ tịch VUFO';
		});
		expect(problems.some((p) => /is a post of Nguyễn Văn Doanh/.test(p))).toBe(true);
	});

	it('a qualified figure asked as a choice or a false statement', () => {
		const problems = mutate((b) => {
			const funds = find(b, (x) => x.id === 'laos-training-funds:numeric');
			b.questions.push({
				...funds,
				id: 'laos-training-funds:truefalse:false',
				type: 'truefalse',
				numeric: undefined,
				prompt: 'Tổng kinh phí đào tạo đã cấp cho 3 tỉnh Bắc Lào giai đoạn 2011 - 2020 là trên 84 tỉ đồng.',
				answer: false
			});
			const card = find(b, (x) => x.id === 'overseas-vietnamese:numeric');
			b.questions.push({
				...card,
				id: 'overseas-vietnamese:choice',
				type: 'choice',
				numeric: undefined,
				choices: [
					'hơn 15.000 Việt kiều',
					'hơn 17.000 Việt kiều',
					'hơn 18.000 Việt kiều',
					'hơn 19.000 Việt kiều'
				]
			});
		});
		expect(problems.some((p) => p.includes('in a false statement'))).toBe(true);
		expect(problems.some((p) => p.includes('asked as a choice'))).toBe(true);
	});

	it('a wrong figure far from the truth or in another unit', () => {
		const problems = mutate((b) => {
			const q = find(b, (x) => x.id === 'associations-members:choice');
			const wrong = q.choices!.filter((c) => c !== q.answer);
			q.choices = q.choices!.map((c) =>
				c === wrong[0] ? '9.000 hội viên' : c === wrong[1] ? '1.897 tỉ đồng' : c
			);
		});
		expect(problems.some((p) => p.includes('is not near'))).toBe(true);
		expect(problems.some((p) => p.includes('another unit'))).toBe(true);
	});

	it('a "Phó Chủ tịch" prompt without its body, a duplicate prompt, a damaged quote', () => {
		const problems = mutate((b) => {
			const typed = find(b, (x) => x.id === 'hanh-pho-chu-tich-lien-hiep:typed');
			typed.prompt = 'Theo bài viết, ai là Phó Chủ tịch?';
			b.questions.push({ ...cloneBank(b).questions[0]!, id: `${b.questions[0]!.id}:copy` });
			find(b, (x) => x.type === 'cloze').source.quote = 'trên cơ sở bản hợp tác đã ký năm 201';
		});
		expect(problems.some((p) => p.includes('without naming the body'))).toBe(true);
		expect(problems.some((p) => p.includes('same type and prompt'))).toBe(true);
		expect(problems.some((p) => p.includes('truncated year'))).toBe(true);
	});
});
