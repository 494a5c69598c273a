/**
 * Posts are built from a head (the title: "Phó Chủ tịch", "Trưởng ban") and a body ("UBND tỉnh", "VUFO").
 * Heads are matched longest first, each optionally after "Phó" and before "Thường trực"; written here in the
 * new spelling ("Ủy"), compared folded so "Uỷ viên" matches too.
 */
export const POST_HEADS: readonly string[] = [
	'Chủ tịch', 'Bí thư', 'Tổng Bí thư', 'Trưởng ban', 'Trưởng đoàn', 'Trưởng phòng', 'Trưởng khoa',
	'Giám đốc', 'Tổng Giám đốc', 'Ủy viên', 'Tổng Thư ký', 'Thư ký', 'Chủ nhiệm', 'Đại sứ', 'Tổng Lãnh sự',
	'Lãnh sự', 'Bộ trưởng', 'Thứ trưởng', 'Thủ tướng', 'Chánh Văn phòng', 'Chánh Thanh tra', 'Chánh án',
	'Viện trưởng', 'Cục trưởng', 'Vụ trưởng', 'Tổng cục trưởng', 'Hiệu trưởng', 'Trưởng Đại diện',
	'Tham tán', 'Tùy viên', 'Người phát ngôn', 'Thành viên', 'Tỉnh ủy viên', 'Thành ủy viên', 'Huyện ủy viên',
	'Chủ tịch nước', 'Đại biểu Quốc hội', 'Chủ tọa', 'Trưởng Ban', 'Trưởng Đoàn', 'Hội trưởng', 'Tổng Biên tập',
	'Tư lệnh', 'Chính ủy', 'Chỉ huy trưởng', 'Giám đốc Sở', 'Trưởng Công an', 'Đoàn trưởng', 'Điều phối viên',
	'Chuyên viên', 'Trưởng Văn phòng', 'Bí thư Thứ nhất', 'Trợ lý', 'Cố vấn', 'Thứ trưởng Thường trực',
	'Tỉnh trưởng', 'Thống đốc', 'Tổng thống', 'Thị trưởng', 'Phó Tổng Thư ký'
];

/**
 * Party organs that name no organisation of their own: "Ủy viên Đảng đoàn, Phó Chủ tịch VUFO" is a member of
 * VUFO's Đảng đoàn. A post in one of them is titled with the organ and takes its body from the next post.
 */
export const PARTY_ORGANS: readonly string[] = [
	'Đảng đoàn', 'Ban Thường vụ', 'Ban Chấp hành', 'Ban cán sự đảng', 'Ban Chấp hành Trung ương Đảng',
	'Ban Thường vụ Tỉnh ủy', 'Thường trực'
];

/** First words of bodies, to split "Ban Châu Mỹ và Tạp chí Thời Đại" into two and find a list's items. */
export const BODY_HEADS: readonly string[] = [
	'Ban', 'Bộ', 'Sở', 'Hội', 'Ủy ban', 'UBND', 'HĐND', 'UBMTTQ', 'MTTQ', 'Mặt trận', 'Liên hiệp', 'Tỉnh ủy',
	'Thành ủy', 'Huyện ủy', 'Đảng ủy', 'Tạp chí', 'Báo', 'Đài', 'Trung tâm', 'Viện', 'Trường', 'Cục', 'Vụ',
	'Tổng cục', 'Văn phòng', 'Học viện', 'Đại học', 'Tổng công ty', 'Công ty', 'Quỹ', 'Đoàn', 'Đại sứ quán',
	'Tổng Lãnh sự quán', 'Tổ chức', 'Chính phủ', 'Quốc hội', 'Tòa án', 'Viện kiểm sát', 'Công an', 'Bộ Chỉ huy',
	'Tỉnh đoàn', 'Thành đoàn', 'Liên đoàn', 'Hiệp hội', 'Câu lạc bộ', 'Ngân hàng', 'Bệnh viện', 'Thông tấn xã'
];

/**
 * Words that end a post in running text: what the person does next ("... Phó Chủ tịch VUFO nhấn mạnh").
 * Multi-word entries are matched as whole words.
 */
export const POST_STOPPERS: readonly string[] = [
	'cho biết', 'phát biểu', 'nhấn mạnh', 'đề xuất', 'đưa ra', 'làm', 'mong muốn', 'đã', 'đang', 'sẽ', 'trao',
	'trao đổi', 'khẳng định', 'chủ trì', 'đồng chủ trì', 'tham dự', 'dự', 'cùng', 'tại', 'trong', 'với',
	'thông tin', 'chúc mừng', 'báo cáo', 'giới thiệu', 'chia sẻ', 'bày tỏ', 'đánh giá', 'cảm ơn', 'tiếp',
	'gặp', 'đề nghị', 'yêu cầu', 'cho rằng', 'nêu', 'ghi nhận', 'trình bày', 'là', 'được', 'kiêm', 'nói',
	'cam kết', 'hoan nghênh', 'chỉ đạo', 'kết luận', 'lưu ý', 'nhận định', 'thăm', 'tặng', 'ký', 'dẫn đầu',
	'hy vọng', 'mong', 'đề cập', 'điều hành', 'tiếp nhận', 'bàn giao', 'tham gia', 'phụ trách', 'cũng',
	'nhấn', 'khai mạc', 'bế mạc', 'chào mừng', 'đón', 'tiễn', 'và', 'hứa', 'lắng nghe', 'trả lời', 'gửi',
	'điểm lại', 'thay mặt', 'đọc', 'công bố', 'chứng kiến', 'về', 'của', 'có', 'mời', 'cùng với', 'vừa',
	'đại diện', 'nhằm', 'để', 'khi', 'sau', 'trước', 'theo'
];

/** Words that say "representing" or list attendees: they end a chain of posts, not start one. */
export const NOT_POSTS: readonly string[] = ['đại diện', 'cùng', 'và', 'các', 'cán bộ', 'lãnh đạo'];
