/**
 * One regression per fixed review finding on the generator (round 2): qualified figures, units written twice,
 * long list items, ambiguous match rounds, and per-pair proofs in match rounds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../../../questions/generate';
import { hasTruncatedYear } from '../../../../src/lib/domain/facts/validate';
import { createContext } from '../../../../src/lib/domain/questions/context';
import { candidateQuestions, generateBank } from '../../../../src/lib/domain/questions/generate';
import { dropRepeatedTruths } from '../../../../src/lib/domain/questions/dedupe';
import { fitsAnOption } from '../../../../src/lib/domain/questions/lists';
import { endsWithWords, startsWithWords } from '../../../../src/lib/domain/questions/phrasing';
import type { Bank, CountFact, Fact, FactsFile, Question } from '../../../../src/lib/domain/types';
import { ROOT, articleText, fixture, fixturePools } from '../facts/load';
import { auditBank, cloneBank } from './audit';

const committed = JSON.parse(readFileSync(join(ROOT, 'questions/bank.json'), 'utf8')) as Bank;
const inputs = readInputs(ROOT);
const deck = inputs.decks[0]!;
// Match rounds of single facts; a series in its order (connected.ts) quotes each rank's sentence instead.
const rounds = committed.questions.filter((q) => q.type === 'match' && q.connects === undefined);

describe('units are never written twice', () => {
	it('startsWithWords / endsWithWords ignore punctuation after or between the words', () => {
		expect(startsWithWords(' hội hữu nghị.', 'hội hữu nghị')).toBe(true);
		expect(startsWithWords(' Việt kiều, đây sẽ là nguồn lực', 'Việt kiều')).toBe(true);
		expect(startsWithWords(' tổ chức PCPNN).', 'tổ chức PCPNN')).toBe(true);
		expect(startsWithWords(' tỷ đồng;', 'tỉ đồng')).toBe(true); // tỉ = tỷ
		expect(startsWithWords(' hội viên', 'hội hữu nghị')).toBe(false);
		expect(startsWithWords(' hội hữu nghịa', 'hội hữu nghị')).toBe(false); // whole words only
		expect(startsWithWords(' tổ chức.', 'tổ chức PCPNN')).toBe(false);
		expect(endsWithWords('là trên, ', 'trên')).toBe(true);
		expect(endsWithWords('là bên trên', 'trên')).toBe(true);
		expect(endsWithWords('là hơn', 'trên')).toBe(false);
	});

	it('fills statements whose unit is followed by punctuation without repeating the unit', () => {
		const source = articleText();
		const file: FactsFile = fixture();
		const set = (id: string, statement: string) => {
			const fact = file.facts.find((f) => f.id === id)!;
			fact.statement = statement;
		};
		set('friendship-associations', 'Liên hiệp Quảng Ninh hiện có {value} hội hữu nghị.');
		set('overseas-vietnamese', 'Quảng Ninh có {value} Việt kiều, đây sẽ là nguồn lực lớn.');
		set('laos-scholarships', 'Quảng Ninh đã cấp học bổng cho {value} lượt lưu học sinh; đó là con số lớn.');
		set('laos-medical-gift', 'Quà tặng Luông Pha Băng trị giá {value} triệu đồng.');
		const bank = generateBank({ facts: file, source, pools: fixturePools(), generatedBy: 'test' });
		// Every statement the builders make: the bank keeps at most one per fact.
		const all = candidateQuestions(createContext(file, source, fixturePools()));
		const prompts = (id: string) =>
			all.filter((q) => q.factIds[0] === id && q.type === 'truefalse').map((q) => q.prompt);
		expect(prompts('friendship-associations')).toContain('Liên hiệp Quảng Ninh hiện có 06 hội hữu nghị.');
		expect(prompts('overseas-vietnamese')).toContain(
			'Quảng Ninh có hơn 15.000 Việt kiều, đây sẽ là nguồn lực lớn.'
		);
		expect(prompts('laos-scholarships')).toContain(
			'Quảng Ninh đã cấp học bổng cho 407 lượt lưu học sinh; đó là con số lớn.'
		);
		expect(prompts('laos-medical-gift')).toContain('Quà tặng Luông Pha Băng trị giá 200 triệu đồng.');
		for (const q of bank.questions) {
			const text = `${q.prompt} ${typeof q.answer === 'string' ? q.answer : ''}`;
			expect(text, q.id).not.toMatch(/(hội hữu nghị|Việt kiều|lượt lưu học sinh|triệu đồng)[\s\p{P}]+\1/u);
		}
	});

	it('the committed facts spell their units in the statements, and the bank never doubles one', () => {
		const unitFacts = deck.facts.facts.filter((f): f is CountFact => f.kind === 'count');
		for (const f of unitFacts) {
			if (f.statement === undefined) continue;
			const [, after = ''] = f.statement.split('{value}');
			expect(startsWithWords(after, f.unit), `${f.id}: "${f.statement}"`).toBe(true);
		}
		for (const q of committed.questions) {
			const text = `${q.prompt} ${typeof q.answer === 'string' ? q.answer : ''}`;
			for (const f of unitFacts) expect(text, q.id).not.toContain(`${f.unit} ${f.unit}`);
		}
	});
});

describe('list items of up to about a dozen words get select-all questions', () => {
	it('fitsAnOption takes a full body name and refuses a whole clause', () => {
		expect(fitsAnOption('Sở Kế hoạch và Đầu tư')).toBe(true);
		expect(fitsAnOption('Ủy ban công tác về người Việt Nam ở nước ngoài')).toBe(true);
		expect(
			fitsAnOption(
				'đầu tư xây dựng cơ sở hạ tầng thiết yếu để phục vụ phát triển kinh tế - xã hội của các địa phương biên giới'
			)
		).toBe(false);
	});

	it('asks both delegations and the bodies of proposals 1 and 2 as multi questions', () => {
		for (const id of [
			'session-quang-ninh-units',
			'session-vufo-units',
			'proposal-1-bodies',
			'proposal-2-bodies'
		]) {
			const fact = factById(id);
			if (fact.kind !== 'list') throw new Error(`${id} is not a list fact`);
			const q = committed.questions.find((x) => x.id === `${id}:multi`);
			expect(q, id).toBeDefined();
			expect([...(q!.answer as string[])].sort()).toEqual([...fact.items].sort());
			expect(q!.choices!.length - fact.items.length).toBeGreaterThanOrEqual(2);
		}
	});
});

describe('match rounds of the committed bank', () => {
	it('hold unique left and right items, and no figure that fits another pair', () => {
		expect(rounds.length).toBeGreaterThan(0);
		for (const r of rounds) {
			const lefts = r.pairs!.map((p) => p[0].normalize('NFC').toLocaleLowerCase('vi'));
			const rights = r.pairs!.map((p) => p[1].normalize('NFC').toLocaleLowerCase('vi'));
			expect(new Set(lefts).size, r.id).toBe(lefts.length);
			expect(new Set(rights).size, r.id).toBe(rights.length);
			// Figures: no two pairs of a round show the same number ("08" pairs and "08" projects).
			const facts = r.factIds.map(factById);
			const numbers = facts
				.filter((f) => f.kind === 'count' || f.kind === 'amount')
				.map((f) => (f as CountFact).value);
			expect(new Set(numbers).size, r.id).toBe(numbers.length);
		}
		const together = (a: string, b: string) =>
			rounds.some((r) => r.factIds.includes(a) && r.factIds.includes(b));
		expect(together('twinning-pairs-total', 'ngo-projects-province-approved')).toBe(false);
		expect(together('ngo-projects-count', 'ngo-projects-organisations')).toBe(false);
	});

	it('ask every figure of the article in some round', () => {
		const figures = deck.facts.facts.filter(
			(f) => (f.kind === 'count' || f.kind === 'amount') && f.damaged === undefined
		);
		const inRounds = new Set(rounds.flatMap((r) => r.factIds));
		for (const f of figures) expect(inRounds.has(f.id), f.id).toBe(true);
	});

	it('the audit flags a round where one figure fits two pairs', () => {
		const copy = cloneBank(committed);
		// Put the "08" projects into the round that holds the "08" twinning pairs.
		const twinning = copy.questions.find(
			(q) => q.factIds.includes('twinning-pairs-total') && q.type === 'match'
		)!;
		const projects = copy.questions.find(
			(q) => q.factIds.includes('ngo-projects-province-approved') && q.type === 'match'
		)!;
		expect(twinning.id).not.toBe(projects.id);
		const k = projects.factIds.indexOf('ngo-projects-province-approved');
		const target = twinning;
		const slot = target.factIds.findIndex((id) => id !== 'twinning-pairs-total');
		target.factIds[slot] = projects.factIds[k]!;
		target.pairs![slot] = projects.pairs![k]!;
		target.source.quotes![slot] = projects.source.quotes![k]!;
		const problems = auditBank(copy, deck.facts, deck.source);
		expect(problems.some((p) => p.startsWith(target.id) && p.includes('"08" also fits'))).toBe(true);
	});
});

describe('match proofs: one quote per pair, and a short clean round quote', () => {
	it('every round carries one verbatim, clean quote per pair that states that pair', () => {
		for (const r of rounds) {
			const quotes = r.source.quotes!;
			expect(quotes, r.id).toHaveLength(r.pairs!.length);
			r.factIds.forEach((id, i) => {
				const fact = factById(id);
				expect(quotes[i]).toBe(fact.quote);
				expect(deck.source.includes(quotes[i]!)).toBe(true);
				expect(hasTruncatedYear(quotes[i]!)).toBe(false);
			});
			expect(deck.source.includes(r.source.quote), r.id).toBe(true);
			expect(hasTruncatedYear(r.source.quote), r.id).toBe(false);
			// Short: no longer a page of the article (it was ~4,200 characters).
			expect(r.source.quote.length, r.id).toBeLessThanOrEqual(800);
		}
		// No other question carries per-pair quotes, but those that connect facts (one quote per fact joined).
		for (const q of committed.questions.filter((x: Question) => x.type !== 'match' && !x.connects))
			expect(q.source.quotes).toBeUndefined();
	});

	it('asks Phạm Văn Thành in the officials rounds, now that his pairs have their own clean quotes', () => {
		const officials = rounds.filter((r) => r.id.includes(':match:officials'));
		expect(officials.some((r) => r.pairs!.some(([left]) => left === 'Phạm Văn Thành'))).toBe(true);
		const allPosts = new Set(officials.flatMap((r) => r.factIds));
		const postFacts = deck.facts.facts.filter((f) => f.kind === 'person-post');
		for (const f of postFacts) expect(allPosts.has(f.id), f.id).toBe(true);
	});

	it('the audit flags a pair quote that does not state its pair, and a missing quotes list', () => {
		const copy = cloneBank(committed);
		const [a, b] = copy.questions.filter((q) => q.type === 'match');
		a!.source.quotes![0] = a!.source.quotes![1]!;
		delete b!.source.quotes;
		const problems = auditBank(copy, deck.facts, deck.source);
		expect(problems.some((p) => p.startsWith(`${a!.id}: pair 1`))).toBe(true);
		expect(problems.some((p) => p.startsWith(`${b!.id}: match needs one quote per pair`))).toBe(true);
	});
});

function factById(id: string): Fact {
	const f = deck.facts.facts.find((x) => x.id === id);
	if (!f) throw new Error(`no fact ${id}`);
	return f;
}

describe('near-duplicates in the committed bank', () => {
	it("drops a true statement that repeats another fact's, and keeps facts that only share a number", () => {
		const all = candidateQuestions(createContext(deck.facts, deck.source, inputs.pools));
		const kept = new Set(dropRepeatedTruths(all, deck.facts.facts).map((q) => q.id));
		const has = (id: string) => kept.has(id);
		// "Hoàng Đức Hạnh đưa ra 05 đề xuất ..." was asked true twice: for the speaker and for the count.
		expect(has('proposals-count:truefalse:true')).toBe(true);
		expect(has('speaker-proposals:truefalse:true')).toBe(false);
		expect(has('laos-public-works-budget:truefalse:true')).toBe(true);
		expect(has('laos-public-works-since:truefalse:true')).toBe(false);
		// 10 projects and 10 organisations are two facts, even though both read "10".
		expect(has('ngo-projects-count:truefalse:true')).toBe(true);
		expect(has('ngo-projects-organisations:truefalse:true')).toBe(true);
		// The false statements stay: each changes a different value.
		expect(has('speaker-proposals:truefalse:false')).toBe(true);
		// Nothing the committed bank asks was dropped as a repeat.
		for (const q of committed.questions)
			expect(all.some((c) => c.id === q.id) && !has(q.id), q.id).toBe(false);
	});

	it('asks no list sentence more than twice as a cloze, and keeps true/false items under 200', () => {
		for (const f of deck.facts.facts.filter((x) => x.kind === 'list'))
			expect(committed.questions.filter((q) => q.id.startsWith(`${f.id}:cloze`)).length).toBeLessThanOrEqual(
				2
			);
		const tf = committed.questions.filter((q) => q.type === 'truefalse');
		expect(tf.length).toBeLessThanOrEqual(200);
		expect(committed.questions.length).toBeGreaterThanOrEqual(150);
	});
});
