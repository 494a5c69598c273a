import { bilingual } from './index';

export const layoutStrings = bilingual(
	{
		skip: 'Chuyển đến nội dung chính',
		nav: 'Điều hướng chính',
		home: 'Trang chủ',
		study: 'Ôn thẻ',
		quiz: 'Kiểm tra',
		stats: 'Thống kê',
		settings: 'Cài đặt',
		notSaved: 'Không lưu được tiến độ trên trình duyệt này. Kết quả chỉ giữ đến khi đóng trang.',
		versionChange: 'Ứng dụng vừa được cập nhật ở thẻ khác. Hãy tải lại trang.',
		reload: 'Tải lại',
		loadError: 'Không tải được bộ câu hỏi.',
		retry: 'Thử lại',
		loading: 'Đang tải…'
	},
	{
		skip: 'Skip to main content',
		nav: 'Main navigation',
		home: 'Home',
		study: 'Flashcards',
		quiz: 'Quiz',
		stats: 'Stats',
		settings: 'Settings',
		notSaved: 'Progress cannot be saved in this browser. Your results last only until you close the page.',
		versionChange: 'The app was just updated in another tab. Please reload the page.',
		reload: 'Reload',
		loadError: 'The question deck could not be loaded.',
		retry: 'Try again',
		loading: 'Loading…'
	}
);
