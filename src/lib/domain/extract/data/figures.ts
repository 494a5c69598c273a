/** Word lists for figures: qualifiers, scales, currencies, the nouns that name money, words that end a unit. */
// Qualifiers as the text writes them, longest first; "hơn" and "trên" floors, "dưới" a ceiling: one list for
// the extractor, the validator and the answer checker.
export { QUALIFIERS } from '../../types';

/** Scale words and their factor. "ngàn" is the southern "nghìn". */
export const SCALES: Readonly<Record<string, number>> = {
	nghìn: 1e3,
	ngàn: 1e3,
	triệu: 1e6,
	tỉ: 1e9,
	tỷ: 1e9
};

/** Currencies: the two the fact types know, and others kept as counts ("2 triệu euro"). */
export const CURRENCIES: Readonly<Record<string, 'đồng' | 'USD' | null>> = {
	đồng: 'đồng',
	'Việt Nam đồng': 'đồng',
	VNĐ: 'đồng',
	VND: 'đồng',
	USD: 'USD',
	'đô la Mỹ': 'USD',
	'đô la': 'USD',
	'đô-la': 'USD',
	euro: null,
	Euro: null,
	EUR: null,
	yên: null,
	kíp: null,
	'nhân dân tệ': null,
	bảng: null
};

/** Nouns that name an amount of money, searched before the figure for its subject ("tổng kinh phí ..."). */
export const MONEY_NOUNS: readonly string[] = [
	'tổng kinh phí',
	'kinh phí',
	'tổng vốn',
	'vốn',
	'nguồn vốn',
	'ngân sách',
	'tổng trị giá',
	'trị giá',
	'giá trị',
	'tổng số tiền',
	'số tiền',
	'kim ngạch',
	'doanh thu',
	'tổng mức đầu tư',
	'viện trợ',
	'tổng giá trị',
	'học bổng',
	'tiền',
	'quà',
	'nguồn',
	'khoản',
	'thu nhập',
	'lợi nhuận',
	'chi phí',
	'vốn đầu tư'
];

/** Words after a number that are not what it counts ("2 bên biên giới", "1 số"). */
export const NOT_UNITS: readonly string[] = [
	'bên',
	'phía',
	'chiều',
	'mặt',
	'số',
	'trong',
	'phần',
	'giờ',
	'h'
];

/**
 * Function words: a unit phrase ends before one ("1.797 hội viên với ...", "10 dự án do ..."). Also the
 * words of time that follow a figure ("năm", "tháng").
 */
export const UNIT_STOPS: readonly string[] = [
	'và',
	'của',
	'với',
	'trong',
	'tại',
	'đã',
	'được',
	'cho',
	'để',
	'do',
	'từ',
	'đến',
	'là',
	'có',
	'ở',
	'trên',
	'hơn',
	'gần',
	'khoảng',
	'này',
	'đó',
	'nào',
	'theo',
	'về',
	'như',
	'thì',
	'mà',
	'bởi',
	'vào',
	'ra',
	'năm',
	'tháng',
	'ngày',
	'so',
	'bằng',
	'tương',
	'đương',
	'gồm',
	'hiện',
	'nay',
	'đều',
	'cùng',
	'sẽ',
	'đang',
	'vừa',
	'tới',
	'qua',
	'khi',
	'nhưng',
	'hoặc',
	'hay',
	'nhằm',
	'trị',
	'giá',
	'tổng',
	'thuộc',
	'đạt',
	'lên',
	'xuống',
	'tăng',
	'giảm',
	'riêng',
	'trừ',
	'ngoài',
	'sau',
	'trước',
	'chỉ',
	'mỗi',
	'các',
	'những'
];

/** Compounds holding a word that is a unit stop elsewhere ("ngoài ra"): "nước ngoài" (foreign), "ngoài công lập". */
export const UNIT_COMPOUNDS: readonly string[] = ['nước ngoài', 'ngoài nước', 'ngoài công lập'];

/** Words that introduce parts of a whole: "10 dự án, trong đó 08 ... và 02 ...". */
export const PART_MARKERS: readonly string[] = ['trong đó', 'gồm', 'bao gồm', 'gồm có'];
