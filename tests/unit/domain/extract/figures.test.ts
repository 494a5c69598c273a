/** Where a counted figure's unit ends. */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../../src/lib/domain/extract';

const counts = (sentence: string) => {
	const r = extractFacts(`Tin\n\n${sentence}`);
	if (!r.ok) throw new Error(r.reason);
	return r.facts.flatMap((f) => (f.kind === 'count' ? [`${f.written} ${f.unit}`] : []));
};

describe('the unit of a count', () => {
	it('keeps a compound whose word ends a unit elsewhere: "nước ngoài", "ngoài công lập"', () => {
		expect(counts('Năm 2021, tỉnh thu hút 9 dự án đầu tư nước ngoài.')).toEqual([
			'9 dự án đầu tư nước ngoài'
		]);
		expect(counts('Thành phố có 12 trường ngoài công lập.')).toEqual(['12 trường ngoài công lập']);
	});

	it('still ends at that word when it starts a new phrase ("ngoài ra")', () => {
		expect(counts('Tỉnh có 30 chuyên gia ngoài ra còn 5 tình nguyện viên.')).toEqual([
			'30 chuyên gia',
			'5 tình nguyện viên'
		]);
	});
});
