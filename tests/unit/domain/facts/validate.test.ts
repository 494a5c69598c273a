import { describe, expect, it } from 'vitest';
import { formatIssue, hasErrors, validateFacts, type Issue } from '../../../../src/lib/domain/facts/validate';
import type { CountFact, FactsFile, PersonPostFact, StatementFact } from '../../../../src/lib/domain/types';
import { articleText, fixture, fixturePools } from './load';

const source = articleText();
const pools = fixturePools();

function errorsOf(file: FactsFile, name = 'questions/facts/test.json'): Issue[] {
	return validateFacts(file, source, pools, name).filter((i) => i.level === 'error');
}

function factById<T>(file: FactsFile, id: string): T {
	const fact = file.facts.find((f) => f.id === id);
	if (!fact) throw new Error(`fixture has no fact ${id}`);
	return fact as T;
}

describe('validateFacts on the good fixture', () => {
	it('finds no error, and warns about the damaged fact and only it', () => {
		const issues = validateFacts(fixture(), source, pools, 'mini.json');
		expect(hasErrors(issues)).toBe(false);
		expect(issues).toEqual([
			{
				file: 'mini.json',
				factId: 'laos-agreement-year',
				level: 'warning',
				message: expect.stringContaining('damaged')
			}
		]);
	});
});

describe('validateFacts reports bad input with file, fact id and problem', () => {
	it('a missing required field (fixture file)', () => {
		const errors = errorsOf(fixture('missing-field.json'), 'questions/facts/missing-field.json');
		expect(errors).toHaveLength(1);
		expect(errors[0]).toMatchObject({ file: 'questions/facts/missing-field.json', factId: 'twinning-pairs' });
		expect(errors[0]!.message).toMatch(/missing required field "unit"/);
	});

	it('a duplicate id (fixture file)', () => {
		const errors = errorsOf(fixture('duplicate-id.json'));
		expect(errors).toHaveLength(1);
		expect(errors[0]).toMatchObject({ factId: 'associations', message: 'duplicate id "associations"' });
	});

	it('a quote not in the source (fixture file), naming the article', () => {
		const file = fixture('quote-not-in-source.json');
		const errors = validateFacts(
			file,
			source,
			pools,
			'questions/facts/q.json',
			'questions/sources/vufo-quang-ninh.txt'
		);
		const quoteError = errors.find((e) => e.message.startsWith('quote not found'));
		expect(quoteError).toMatchObject({ level: 'error', factId: 'laos-provinces' });
		expect(formatIssue(quoteError!)).toMatch(
			/^questions\/facts\/q\.json: fact "laos-provinces": quote not found in questions\/sources\/vufo-quang-ninh\.txt/
		);
	});

	it('a value not stated in its quote', () => {
		const file = fixture();
		factById<CountFact>(file, 'twinning-pairs').written = '8';
		expect(errorsOf(file).map((e) => e.message)).toContain('value 8 is not stated in its quote');
		const other = fixture();
		factById<CountFact>(other, 'friendship-members').value = 1897;
		factById<CountFact>(other, 'friendship-members').written = '1.897';
		expect(errorsOf(other).some((e) => e.factId === 'friendship-members' && /1\.897/.test(e.message))).toBe(
			true
		);
	});

	it('accepts Uỷ/Ủy and tỉ/tỷ spelling differences between value and quote', () => {
		// doanh-uy-vien-dang-doan: title "Ủy viên Đảng đoàn", quote "Uỷ viên Đảng đoàn".
		expect(factById<PersonPostFact>(fixture(), 'doanh-uy-vien-dang-doan').title).toBe('Ủy viên Đảng đoàn');
		const file = fixture();
		const gift = factById<{ scale: string }>(file, 'laos-training-funds');
		gift.scale = 'tỷ'; // the quote says "tỉ"
		expect(errorsOf(file)).toEqual([]);
	});

	it('a person or title missing from a post quote', () => {
		const file = fixture();
		factById<PersonPostFact>(file, 'hanh-pho-chu-tich-lien-hiep').title = 'Chủ tịch Hội';
		expect(errorsOf(file).map((e) => e.message)).toContain('title "Chủ tịch Hội" is not stated in its quote');
	});

	it('a statement without exactly one {value}', () => {
		const file = fixture();
		factById<StatementFact>(file, 'quang-ninh-mini-vietnam').statement = 'Quảng Ninh là {value}, {value}.';
		expect(errorsOf(file).map((e) => e.message)).toContain(
			'"statement" must hold exactly one {value}, found 2'
		);
	});

	it('an unknown pool, a wrong type, a non-kebab id, text not in NFC', () => {
		const file = fixture();
		factById<{ pool: string }>(file, 'laos-provinces').pool = 'nowhere';
		factById<{ value: unknown }>(file, 'laos-scholarships').value = '407';
		file.facts[0]!.id = 'Ngan_Pho_Bi_Thu';
		factById<StatementFact>(file, 'lien-hiep-core').subject = 'vai trò của Liên hiệp'.normalize('NFD');
		const messages = errorsOf(file).map((e) => `${e.factId}: ${e.message}`);
		expect(messages).toContain('laos-provinces: unknown pool "nowhere"');
		expect(messages).toContain('laos-scholarships: field "value" must be a number');
		expect(messages).toContain('Ngan_Pho_Bi_Thu: id "Ngan_Pho_Bi_Thu" is not kebab-case');
		expect(messages.some((m) => m.startsWith('lien-hiep-core: text is not in Unicode NFC'))).toBe(true);
	});

	it('a quote holding the truncated year is an error unless the fact is marked damaged', () => {
		const file = fixture();
		const fact = factById<{ damaged?: string }>(file, 'laos-agreement-year');
		delete fact.damaged;
		const errors = errorsOf(file);
		expect(
			errors.some((e) => e.factId === 'laos-agreement-year' && /truncated year "năm 201"/.test(e.message))
		).toBe(true);
		// And the source's truncated year, no longer recorded, is reported as a warning without a fact id.
		const warnings = validateFacts(file, source, pools, 'x.json').filter((i) => i.level === 'warning');
		expect(warnings.some((w) => w.factId === undefined && /năm 201/.test(w.message))).toBe(true);
	});

	it('a pool item that is a true item of the list', () => {
		const withTrue = { ...pools, 'lao-provinces': [...pools['lao-provinces']!, 'Hủa Phăn'] };
		const issues = validateFacts(fixture(), source, withTrue, 'x.json').filter((i) => i.level === 'error');
		expect(issues.map((i) => i.message)).toContain(
			'pool "lao-provinces" holds "Hủa Phăn", a true item of this list'
		);
	});

	it('a wrong value equal to the true one (folded) and a missing deck', () => {
		const file = fixture();
		factById<StatementFact>(file, 'lien-hiep-core').wrong = ['Nòng cốt', 'thành viên', 'đơn vị'];
		expect(errorsOf(file).map((e) => e.message)).toContain('wrong value "Nòng cốt" equals the true value');
		const noDeck = { facts: [] } as unknown as FactsFile;
		expect(errorsOf(noDeck).map((e) => e.message)).toContain('missing "deck" (id, title, source)');
	});

	it('never throws, even on garbage', () => {
		expect(() => validateFacts(null as unknown as FactsFile, source, pools, 'x.json')).not.toThrow();
		expect(() =>
			validateFacts({ deck: 1, facts: [null, 3, {}] } as unknown as FactsFile, source, pools, 'x.json')
		).not.toThrow();
		expect(
			errorsOf({ deck: { id: 'x', title: 't', source: 's' }, facts: [{}] } as unknown as FactsFile).length
		).toBeGreaterThan(0);
	});
});
