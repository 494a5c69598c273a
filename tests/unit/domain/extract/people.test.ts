/** Where a post ends: "và" joins two bodies of one post, or two people. */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../../src/lib/domain/extract';

const posts = (sentence: string) => {
	const r = extractFacts(`Tin\n\n${sentence}`);
	if (!r.ok) throw new Error(r.reason);
	return r.facts.flatMap((f) => (f.kind === 'person-post' ? [`${f.person} → ${f.post}`] : []));
};

describe('a post ends where the next person begins', () => {
	it('at "và" before an abbreviated title: "và TS. Diệp Thu Hằng" is a second person', () => {
		expect(
			posts(
				'Ông Khúc Minh Đạt, Thứ trưởng Bộ Giáo dục và Đào tạo và TS. Diệp Thu Hằng, Phó Chủ tịch VUFO đồng chủ trì buổi gặp mặt.'
			)
		).toEqual(['Khúc Minh Đạt → Thứ trưởng Bộ Giáo dục và Đào tạo', 'Diệp Thu Hằng → Phó Chủ tịch VUFO']);
		expect(
			posts(
				'Ông Khúc Minh Đạt, Thứ trưởng Bộ Giáo dục và Đào tạo và PGS.TS. Diệp Thu Hằng, Phó Chủ tịch VUFO dự lễ.'
			)
		).toEqual(['Khúc Minh Đạt → Thứ trưởng Bộ Giáo dục và Đào tạo', 'Diệp Thu Hằng → Phó Chủ tịch VUFO']);
	});

	it('not at "và" between the capitalised words of one body', () => {
		expect(
			posts('Bà Nguyễn Thị Lan, Giám đốc Sở Kế hoạch và Đầu tư tỉnh Quảng Ninh, phát biểu tại hội nghị.')
		).toEqual(['Nguyễn Thị Lan → Giám đốc Sở Kế hoạch và Đầu tư tỉnh Quảng Ninh']);
	});
});
