/** The long form of an abbreviation ("(UBNNVNONN)") is the words before it that its initials spell. */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../../src/lib/domain/extract';

describe('the long form of an abbreviation is the words it spells', () => {
	const orgs = (sentence: string) => {
		const r = extractFacts(`Tin\n\n${sentence}`);
		if (!r.ok && r.reason === 'no-facts') return [];
		if (!r.ok) throw new Error(r.reason);
		return r.facts.flatMap((f) => (f.kind === 'org' ? [`${f.name} = ${f.value}`] : []));
	};

	it('all the words, with up to two words its initials leave out', () => {
		expect(orgs('Đại diện Ủy ban Nhà nước về người Việt Nam ở nước ngoài (UBNNVNONN) phát biểu.')).toEqual([
			'UBNNVNONN = Ủy ban Nhà nước về người Việt Nam ở nước ngoài'
		]);
		expect(orgs('Hội nghị về các tổ chức phi chính phủ nước ngoài (PCPNN) đã diễn ra.')).toEqual([
			'PCPNN = phi chính phủ nước ngoài'
		]);
	});

	it('a body named before a foreign abbreviation starts at its first word, never at the "ban" of "Ủy ban"', () => {
		expect(orgs('Đại diện Ủy ban Olympic quốc tế (IOC) phát biểu.')).toEqual([
			'IOC = Ủy ban Olympic quốc tế'
		]);
		// Eleven words: "Ủy" is beyond the ten looked back at, so no long form rather than "Ban Bảo vệ ...".
		expect(orgs('Đại diện Ủy ban Bảo vệ quyền lợi người tiêu dùng châu Á (CPA) phát biểu.')).toEqual([]);
	});
});
