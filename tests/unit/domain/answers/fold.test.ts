import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	fold,
	foldCase,
	foldTones,
	foldVariants,
	hasDiacritics,
	isMissingMarksOnly,
	normalizeText,
	stripDiacritics,
	variantSpans
} from '../../../../src/lib/domain/answers/fold';

describe('normalizeText', () => {
	it.each([
		['  Nguyễn   Văn\tDoanh \n', 'Nguyễn Văn Doanh'],
		['Hủa\u00A0Phăn', 'Hủa Phăn'],
		['\u201Cchủ động\u201D', '"chủ động"'],
		['\u2018VUFO\u2019', "'VUFO'"],
		['Bản \u2013 Bản', 'Bản - Bản'],
		['2011 \u2014 2020', '2011 - 2020'],
		['kỹ năng\u2026', 'kỹ năng...'],
		// NFD input (as some keyboards and copy-paste produce) becomes NFC.
		['Hu\u0309a Pha\u0306n', 'Hủa Phăn']
	])('%j -> %j', (input, want) => {
		expect(normalizeText(input)).toBe(want);
	});
});

describe('foldTones: one tone placement for old and new style', () => {
	it.each([
		['Uỷ', 'Ủy'],
		['uỷ viên', 'ủy viên'],
		['hoà', 'hòa'],
		['thuý', 'thúy'],
		['khoẻ', 'khỏe'],
		['loè', 'lòe'],
		['Thuỵ', 'Thụy'],
		['đa dạng hoá', 'đa dạng hóa']
	])('%s = %s', (a, b) => {
		expect(foldTones(a)).toBe(foldTones(b));
	});

	it.each([
		// New style is the canonical one.
		['Ủy', 'Uỷ'],
		['hòa', 'hoà'],
		['thúy', 'thuý'],
		// Modifier vowels carry the tone whatever was typed.
		['ngươì', 'người'],
		['thửơng', 'thưởng'],
		// Closed syllables put the tone on the last vowel; qu and gi are onsets.
		['hòan', 'hoàn'],
		['quý', 'quý'],
		['qúy', 'quý'],
		['gía', 'giá'],
		['giữ', 'giữ'],
		['gìn', 'gìn'],
		// Triphthongs: the middle vowel.
		['ngóai', 'ngoái'],
		['khủyu', 'khuỷu'],
		// Pairs other than oa/oe/uy keep the tone on the first vowel.
		['máy', 'máy'],
		['múa', 'múa'],
		['mía', 'mía'],
		['Hủa', 'Hủa']
	])('%s -> %s', (input, want) => {
		expect(foldTones(input)).toBe(want);
	});

	it('never makes two different words equal', () => {
		const distinct = [
			'mà',
			'má',
			'mả',
			'mã',
			'mạ',
			'ma',
			'Mỹ',
			'mì',
			'tay',
			'tai',
			'hòa',
			'hỏa',
			'Hủa',
			'Húa'
		];
		const folded = distinct.map((w) => foldTones(w));
		expect(new Set(folded).size).toBe(distinct.length);
	});

	it('leaves words that are not one Vietnamese syllable as they are', () => {
		expect(foldTones('Covid-19 PACCOM')).toBe('Covid-19 PACCOM');
		expect(foldTones('Houaphanh')).toBe('Houaphanh');
	});

	it('keeps punctuation and spacing around words', () => {
		expect(foldTones('Uỷ viên Đảng đoàn, Phó Chủ tịch VUFO.')).toBe('Uỷ viên Đảng đoàn, Phó Chủ tịch VUFO.');
		expect(foldTones('(Ủy viên)')).toBe('(Uỷ viên)');
	});
});

describe('foldCase', () => {
	it('lower-cases Vietnamese capitals', () => {
		expect(foldCase('ĐẢNG ĐOÀN ỦY VIÊN')).toBe('đảng đoàn ủy viên');
	});

	it("equals toLocaleLowerCase('vi') on the whole BMP (so the faster toLowerCase is safe)", () => {
		const differs: number[] = [];
		for (let c = 0; c < 0x10000; c++) {
			if (c >= 0xd800 && c <= 0xdfff) continue;
			const ch = String.fromCharCode(c);
			if (foldCase(ch) !== ch.toLocaleLowerCase('vi')) differs.push(c);
		}
		expect(differs).toEqual([]);
	});
});

describe('stripDiacritics', () => {
	it.each([
		['Hủa Phăn', 'Hua Phan'],
		['Luông Pha Băng', 'Luong Pha Bang'],
		['Xay Nhạ By Ly', 'Xay Nha By Ly'],
		['Đảng đoàn', 'Dang doan'],
		['Ủy ban công tác về người Việt Nam ở nước ngoài', 'Uy ban cong tac ve nguoi Viet Nam o nuoc ngoai']
	])('%s -> %s', (input, want) => {
		expect(stripDiacritics(input)).toBe(want);
	});
});

describe('foldVariants: i/y only in known same-word syllables', () => {
	it.each([
		['tỉ', 'tỷ'],
		['kĩ năng', 'kỹ năng'],
		['lí do', 'lý do'],
		['Mĩ', 'Mỹ'],
		['đăng kí', 'đăng ký'],
		['bác sĩ', 'bác sỹ'],
		['quí', 'quý'],
		['hi vọng', 'hy vọng']
	])('%s = %s', (a, b) => {
		expect(fold(a)).toBe(fold(b));
	});

	it.each([
		['Mỹ', 'mì'],
		['tay', 'tai'],
		['By', 'Bi'],
		['Uỷ', 'Ủi'],
		['mày', 'mài'],
		['kỹ', 'kĩa']
	])('%s stays apart from %s', (a, b) => {
		expect(fold(a)).not.toBe(fold(b));
	});

	it('changes only whole syllables', () => {
		expect(foldVariants('tỷ lệ, ty, kỳ, tây, thy')).toBe('tỉ lệ, ti, kì, tây, thy');
	});

	it('folds "hàng" before a unit of time that is itself an i/y variant ("quý")', () => {
		expect(fold('hàng quý')).toBe(fold('hằng quý'));
		expect(fold('hàng quý')).toBe(fold('hằng quí'));
	});

	it('says where each variant sits, with the spelling foldVariants gives it', () => {
		const s = 'trên 74 tỷ đồng hàng năm, kỳ họp';
		const spans = variantSpans(s);
		expect(spans.map((v) => [s.slice(v.start, v.end), v.spelled])).toEqual([
			['tỷ', 'tỉ'],
			['hàng', 'hằng'],
			['kỳ', 'kì']
		]);
		// The same rule as foldVariants: respelling the spans gives its output.
		let out = s;
		for (const v of [...spans].reverse()) out = out.slice(0, v.start) + v.spelled + out.slice(v.end);
		expect(out).toBe(foldVariants(s));
	});
});

describe('fold', () => {
	it.each([
		['Uỷ viên Đảng đoàn', 'Ủy viên Đảng đoàn'],
		['UỶ VIÊN ĐẢNG ĐOÀN', 'ủy viên đảng đoàn'],
		['74 tỉ đồng', '74  tỷ  đồng'],
		['Tỉnh uỷ viên', 'Tỉnh ủy viên'],
		['Hu\u0309a Pha\u0306n', 'Hủa Phăn']
	])('%j = %j', (a, b) => {
		expect(fold(a)).toBe(fold(b));
	});
});

describe('hasDiacritics', () => {
	it.each([
		['Hua Phan', false],
		['Hủa Phăn', true],
		['dang doan', false],
		['đang', true],
		['1.797', false]
	] as const)('%s -> %s', (s, want) => {
		expect(hasDiacritics(s)).toBe(want);
	});
});

describe('isMissingMarksOnly (inputs folded)', () => {
	it.each([
		['hua phan', 'hủa phăn', true],
		['hủa phan', 'hủa phăn', true],
		['hua phăn', 'hủa phăn', true],
		['dang doan', 'đảng đoàn', true],
		['luong pha bang', 'luông pha băng', true],
		// The tone typed on the "wrong" vowel because the horn was left out is still the right tone.
		['nguòi', 'người', true],
		['húa phăn', 'hủa phăn', false],
		['hủa phân', 'hủa phăn', false],
		['đang doan', 'dang doan', false],
		['hua phang', 'hủa phăn', false],
		['hua', 'hủa phăn', false]
	] as const)('%s for %s -> %s', (given, expected, want) => {
		expect(isMissingMarksOnly(given, expected)).toBe(want);
	});
});

describe('fold over the whole article', () => {
	const text = readFileSync(
		new URL('../../../../questions/sources/vufo-quang-ninh.txt', import.meta.url),
		'utf8'
	);
	const words = [...new Set(text.toLowerCase().match(/[\p{L}\p{M}]+/gu) ?? [])];

	it('merges only the article’s own double spellings (uỷ/ủy, tỉ/tỷ, kí/ký)', () => {
		const groups = new Map<string, string[]>();
		for (const w of words) groups.set(fold(w), [...(groups.get(fold(w)) ?? []), w]);
		const merged = [...groups.values()].filter((g) => g.length > 1).map((g) => g.sort().join('='));
		expect(merged.sort()).toEqual(['kí=ký', 'tỉ=tỷ', 'uỷ=ủy']);
	});

	it('is idempotent on every word', () => {
		expect(words.filter((w) => fold(fold(w)) !== fold(w))).toEqual([]);
	});
});
