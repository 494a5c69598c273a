/** Patterns of the lines around an article that carry no facts: related links, photo credits, bylines. */

/** Lines that link elsewhere: kept out of the facts. */
export const RELATED_PREFIXES: readonly string[] = [
	'xem thêm',
	'tin liên quan',
	'bài liên quan',
	'đọc thêm',
	'tin cùng chuyên mục',
	'tin khác',
	'có thể bạn quan tâm',
	'>>',
	'>',
	'»',
	'link',
	'video:',
	'clip:'
];

/** Lines that credit a photo or a source. */
export const CREDIT_PREFIXES: readonly string[] = [
	'ảnh:',
	'ảnh :',
	'nguồn:',
	'ảnh minh họa',
	'ảnh minh hoạ',
	'video:'
];

/** News agencies and papers often named in a byline ("Minh Anh (TTXVN)", "N.Nghiêm/Thời đại"). */
export const PUBLISHERS: readonly string[] = [
	'TTXVN',
	'VNA',
	'Thời đại',
	'Thời Đại',
	'VOV',
	'VTV',
	'Nhân Dân',
	'Báo Nhân Dân',
	'Quân đội nhân dân',
	'Tuổi Trẻ',
	'Thanh Niên',
	'VnExpress',
	'Dân trí',
	'Vietnamplus',
	'VietnamPlus',
	'Tiền Phong',
	'Lao Động',
	'Pháp luật',
	'Cổng TTĐT',
	'baoquocte.vn',
	'Báo Quốc tế',
	'Báo Ảnh Việt Nam',
	'Đảng Cộng sản',
	'CTV',
	'PV',
	'Theo'
];
