/**
 * Vietnamese family names, used as evidence that a run of capitalised syllables is a person's name. Written
 * for Ôn bài (the common family names of Vietnam, most frequent first); no list was copied. Names that are also
 * words of posts or places ("Phó", "Hà" of Hà Nội, "Ninh" of Quảng Ninh) are still listed: the extractor checks
 * places and posts before names.
 */
export const FAMILY_NAMES: readonly string[] = [
	'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô',
	'Dương', 'Lý', 'Đinh', 'Đào', 'Trương', 'Lương', 'Mai', 'Trịnh', 'Đoàn', 'Lâm', 'Tạ', 'Hà', 'Vương', 'Cao',
	'Quách', 'Tô', 'Chu', 'Châu', 'Lưu', 'Kiều', 'Thái', 'Tăng', 'Từ', 'La', 'Phùng', 'Triệu', 'Hứa', 'Mạc',
	'Khúc', 'Nông', 'Lò', 'Thân', 'Giang', 'Tống', 'Kim', 'Âu', 'Bế', 'Cù', 'Diệp', 'Doãn', 'Hầu', 'Khổng',
	'Lã', 'Lạc', 'Lại', 'Lục', 'Mẫn', 'Nghiêm', 'Ninh', 'Phí', 'Quan', 'Sầm', 'Thạch', 'Tôn', 'Trình', 'Ung',
	'Viên', 'Vi', 'Đàm', 'Đồng', 'Đường', 'Hàn', 'Nhữ', 'Cấn', 'Chế', 'Lèo', 'Mè', 'Hoàng', 'Quang', 'Lường',
	'Trang', 'Ma', 'Sùng', 'Thào', 'Giàng', 'Vàng', 'Hạ', 'Khương', 'Bạch', 'Tiêu'
];

/** Words said before a name: "ông Phạm Văn Thành", "đồng chí Lê Minh Hưng", "TS. Trần Văn A". */
export const HONORIFICS: readonly string[] = [
	'ông', 'bà', 'đồng chí', 'anh', 'chị', 'ngài', 'Ngài', 'Ông', 'Bà', 'Đồng chí',
	'Thượng tướng', 'Trung tướng', 'Thiếu tướng', 'Đại tướng', 'Đại tá', 'Thượng tá', 'Trung tá',
	'Giáo sư', 'Phó Giáo sư', 'Tiến sĩ', 'Thạc sĩ', 'nhà báo', 'Nhà báo', 'Nghệ sĩ Nhân dân', 'NSND', 'NSƯT',
	'Nhà giáo Nhân dân', 'NGND', 'NGƯT'
];

/** Academic and other abbreviations that end with a full stop and are followed by a name, not a new sentence. */
export const ABBREVIATIONS: readonly string[] = [
	'TP', 'TS', 'PGS', 'GS', 'ThS', 'Th.S', 'BS', 'KS', 'CN', 'NXB', 'TT', 'Q', 'P', 'TX', 'H', 'St', 'Mr',
	'Mrs', 'Ms', 'Dr', 'Prof', 'v.v', 'vv', 'Tp', 'tp', 'ĐH', 'PGS.TS', 'GS.TS', 'TS.BS', 'BS.CKII', 'BSCKII',
	'CKI', 'CKII', 'Nxb', 'tr', 'Tr', 'No', 'Co', 'Ltd', 'Inc', 'Corp', 'TTg', 'QĐ', 'NĐ', 'CP', 'Thông tư'
];
