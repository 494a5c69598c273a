/**
 * The provinces and centrally-run cities of Vietnam (as most reports still name them, before and after the
 * 2025 merger), written for Ôn bài from public knowledge. Used to find the text's province ("UBND tỉnh" is
 * "UBND tỉnh Quảng Ninh" in a report about Quảng Ninh) and to keep place names from being read as people.
 */
export const PROVINCES: readonly string[] = [
	'An Giang', 'Bà Rịa - Vũng Tàu', 'Bạc Liêu', 'Bắc Giang', 'Bắc Kạn', 'Bắc Ninh', 'Bến Tre', 'Bình Dương',
	'Bình Định', 'Bình Phước', 'Bình Thuận', 'Cà Mau', 'Cao Bằng', 'Cần Thơ', 'Đà Nẵng', 'Đắk Lắk', 'Đắk Nông',
	'Điện Biên', 'Đồng Nai', 'Đồng Tháp', 'Gia Lai', 'Hà Giang', 'Hà Nam', 'Hà Nội', 'Hà Tĩnh', 'Hải Dương',
	'Hải Phòng', 'Hậu Giang', 'Hòa Bình', 'Hưng Yên', 'Khánh Hòa', 'Kiên Giang', 'Kon Tum', 'Lai Châu',
	'Lạng Sơn', 'Lào Cai', 'Lâm Đồng', 'Long An', 'Nam Định', 'Nghệ An', 'Ninh Bình', 'Ninh Thuận', 'Phú Thọ',
	'Phú Yên', 'Quảng Bình', 'Quảng Nam', 'Quảng Ngãi', 'Quảng Ninh', 'Quảng Trị', 'Sóc Trăng', 'Sơn La',
	'Tây Ninh', 'Thái Bình', 'Thái Nguyên', 'Thanh Hóa', 'Thừa Thiên Huế', 'Huế', 'Tiền Giang', 'Hồ Chí Minh',
	'Trà Vinh', 'Tuyên Quang', 'Vĩnh Long', 'Vĩnh Phúc', 'Yên Bái'
];

/** Cities whose bodies say "thành phố" (UBND thành phố, Thành ủy) rather than "tỉnh". */
export const CITIES: readonly string[] = ['Hà Nội', 'Hồ Chí Minh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Huế'];

/** Countries and regions often named in these reports: never people. */
export const COUNTRIES: readonly string[] = [
	'Việt Nam', 'Lào', 'Campuchia', 'Trung Quốc', 'Nhật Bản', 'Hàn Quốc', 'Thái Lan', 'Ấn Độ', 'Nga', 'Mỹ',
	'Hoa Kỳ', 'Pháp', 'Đức', 'Anh', 'Ý', 'Cuba', 'Australia', 'Ô-xtrây-li-a', 'Canada', 'Singapore',
	'Indonesia', 'Malaysia', 'Philippines', 'Myanmar', 'Mông Cổ', 'Tây Âu', 'Bắc Lào', 'Hà Lan', 'Bỉ',
	'Thụy Điển', 'Na Uy', 'Đan Mạch', 'Phần Lan', 'Ba Lan', 'Séc', 'Hungary', 'Ukraine', 'Belarus',
	'Kazakhstan', 'Triều Tiên', 'Đài Loan', 'Israel', 'Ai Cập', 'Nam Phi', 'Brazil', 'Argentina', 'Chile',
	'Mexico', 'Venezuela', 'Thụy Sĩ', 'Áo', 'Tây Ban Nha', 'Bồ Đào Nha', 'Hy Lạp', 'New Zealand', 'Quảng Tây',
	'Vân Nam', 'Quảng Đông', 'Châu Mỹ', 'Châu Âu', 'Châu Á', 'Châu Phi', 'Châu Đại Dương',
	'Đông Nam Á', 'Mỹ La-tinh', 'Hoàng Sa', 'Trường Sa', 'Tây Nguyên', 'Nam Bộ', 'Bắc Bộ', 'Trung Bộ'
];
