/** Where a post ends: "và" joins two bodies of one post, or two people; a body is whole or doubtful. */
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

describe('a post is only what the text states of that person', () => {
	it('a body named earlier ends before "do ông NAME": the post never holds the person', () => {
		expect(
			posts(
				'Bà Lê Thị Hoa tiếp đoàn của Hội hữu nghị Việt Nam - Cuba do ông Trần Văn Lợi, Phó Chủ tịch Hội dẫn đầu.'
			)
		).toContain('Trần Văn Lợi → Phó Chủ tịch Hội hữu nghị Việt Nam - Cuba');
	});

	it('the delegation a person leads keeps its whole bracket, from its head noun', () => {
		expect(
			posts(
				'Ông Lê Văn An tiếp Đoàn đại biểu tỉnh Chăm-pa-xắc (Lào) do ông Vi-lay Xu-li-vông, Phó Tỉnh trưởng làm Trưởng đoàn.'
			)
		).toContain('Vi-lay Xu-li-vông → Trưởng đoàn đại biểu tỉnh Chăm-pa-xắc (Lào)');
		expect(
			posts(
				'Ngày 30/6, đoàn công tác tỉnh Kiên Giang do ông Lâm Minh Thành, Chủ tịch UBND tỉnh làm Trưởng đoàn đã trao quà.'
			)
		).toContain('Lâm Minh Thành → Trưởng đoàn công tác tỉnh Kiên Giang');
	});

	it('a name written after a province starts after the province, not on its last word', () => {
		expect(posts('Chủ tịch UBND tỉnh Kiên Giang Quách Văn Sang trao quà cho tỉnh bạn.')).toEqual([
			'Quách Văn Sang → Chủ tịch UBND tỉnh Kiên Giang'
		]);
	});
});

describe('one post per title, as written', () => {
	it("an organ written with its organisation keeps it and never takes the next post's body", () => {
		expect(
			posts(
				'Về phía tỉnh có ông Hoàng Văn Hiếu, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh Nghệ An dự lễ.'
			)
		).toEqual([
			// The article's province completes "Tỉnh ủy", as it does "UBND tỉnh".
			'Hoàng Văn Hiếu → Ủy viên Ban Thường vụ Tỉnh ủy Nghệ An',
			'Hoàng Văn Hiếu → Phó Chủ tịch UBND tỉnh Nghệ An'
		]);
		expect(
			posts('Ông Hồ Sỹ Toàn - Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng ban Tuyên giáo Tỉnh ủy dự lễ.')
		).toEqual(['Hồ Sỹ Toàn → Ủy viên Ban Thường vụ Tỉnh ủy', 'Hồ Sỹ Toàn → Trưởng ban Tuyên giáo Tỉnh ủy']);
	});

	it('"Tỉnh ủy viên" is not given a province the text does not write after it', () => {
		expect(posts('Đồng chí Lương Văn Khải, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh Lạng Sơn dự lễ.')).toEqual([
			'Lương Văn Khải → Tỉnh ủy viên',
			'Lương Văn Khải → Phó Chủ tịch UBND tỉnh Lạng Sơn'
		]);
	});
});

describe('a body is taken whole, or the post is doubtful', () => {
	const doubtful = (sentence: string) => {
		const r = extractFacts(`Tin\n\n${sentence}`);
		if (!r.ok) throw new Error(r.reason);
		return r.facts.flatMap((f) =>
			f.kind === 'person-post' && f.doubtful !== undefined ? [`${f.person} → ${f.post}`] : []
		);
	};

	it('past a dash inside the name of a body', () => {
		expect(
			posts(
				'Dự lễ có bà Mai Thu Phương - Giám đốc Sở Lao động - Thương binh và Xã hội; ông Lê Văn Ba - Chủ tịch Hội Nông dân.'
			)
		).toEqual([
			'Mai Thu Phương → Giám đốc Sở Lao động - Thương binh và Xã hội',
			'Lê Văn Ba → Chủ tịch Hội Nông dân'
		]);
	});

	it('past the commas of "X, Y và Z", before a mark or a verb', () => {
		expect(
			posts('Dự lễ có ông Đinh Quốc Khánh - Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch; bà Lê Thị Hoa.')
		).toEqual(['Đinh Quốc Khánh → Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch']);
		expect(posts('Ông Đinh Quốc Khánh, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch dự lễ.')).toEqual([
			'Đinh Quốc Khánh → Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch'
		]);
	});

	it('past a stop word when the abbreviation after the body spells it', () => {
		expect(
			posts(
				'Dự lễ có ông Lê Quang Vinh, Chủ nhiệm Ủy ban Nhà nước về người Việt Nam ở nước ngoài (UBNNVNONN).'
			)
		).toEqual(['Lê Quang Vinh → Chủ nhiệm Ủy ban Nhà nước về người Việt Nam ở nước ngoài (UBNNVNONN)']);
	});

	it('a bare "Ủy ban" or an uncapitalised body is doubtful, a named body is not', () => {
		expect(doubtful('Thứ trưởng Bộ Ngoại giao Lâm Quốc Thịnh, Chủ nhiệm Ủy ban chủ trì hội nghị.')).toEqual([
			'Lâm Quốc Thịnh → Chủ nhiệm Ủy ban'
		]);
		expect(doubtful('Bà Ca-rơ-lin Uých - Giám đốc quốc gia của CHS tại Việt Nam phát biểu.')).toEqual([
			'Ca-rơ-lin Uých → Giám đốc quốc gia'
		]);
		expect(doubtful('Ông Lâm Quốc Thịnh, Chủ nhiệm Ủy ban Dân tộc chủ trì hội nghị.')).toEqual([]);
	});
});

describe('the body a person leads or heads is read from the sentence, or the post is doubtful', () => {
	const marked = (sentence: string) => {
		const r = extractFacts(`Tin\n\n${sentence}`);
		if (!r.ok) throw new Error(r.reason);
		return r.facts.flatMap((f) =>
			f.kind === 'person-post' ? [`${f.person} → ${f.post}${f.doubtful === undefined ? '' : ' (?)'}`] : []
		);
	};

	it('"Chủ nhiệm Ủy ban" is the "Ủy ban ..." named earlier in the sentence', () => {
		expect(
			marked(
				'Ông Lê Văn Ba dự lễ ra mắt Ủy ban Dân tộc và Tôn giáo tỉnh do ông Trần Văn Hai, Chủ nhiệm Ủy ban dẫn đầu.'
			)
		).toContain('Trần Văn Hai → Chủ nhiệm Ủy ban Dân tộc và Tôn giáo tỉnh');
	});

	it('"làm Trưởng ban" with no "ban" before "do" (the "ban" of "Ủy ban" is not one) is doubtful', () => {
		expect(
			marked(
				'Ông Lê Văn Ba dự lễ ra mắt Ủy ban Dân tộc và Tôn giáo tỉnh do ông Trần Văn Hai, Chủ nhiệm Ủy ban làm Trưởng ban.'
			)
		).toContain('Trần Văn Hai → Trưởng ban Ủy ban Dân tộc và Tôn giáo tỉnh (?)');
	});
});

describe("a diplomat's post says where", () => {
	it("\"tại\" + a place stays in an ambassador's or consul's post, not in another's", () => {
		expect(posts('Ông Park Ji Hoon, Đại sứ Hàn Quốc tại Việt Nam, phát biểu tại buổi lễ.')).toEqual([
			'Park Ji Hoon → Đại sứ Hàn Quốc tại Việt Nam'
		]);
		expect(posts('Dự có ông Khăm Xay - Tổng Lãnh sự Lào tại Vinh; bà Lê Thị Hoa.')).toEqual([
			'Khăm Xay → Tổng Lãnh sự Lào tại Vinh'
		]);
		expect(posts('Ông Lê Văn Ba, Phó Chủ tịch UBND tỉnh Nghệ An tại Hà Nội, phát biểu.')).toEqual([
			'Lê Văn Ba → Phó Chủ tịch UBND tỉnh Nghệ An'
		]);
	});
});
