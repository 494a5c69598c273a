import { lazyBilingual } from './lazy.svelte';

const layoutStringsVi = {
	skip: 'Chuyển đến nội dung chính',
	nav: 'Điều hướng chính',
	home: 'Trang chủ',
	study: 'Ôn thẻ',
	quiz: 'Kiểm tra',
	stats: 'Thống kê',
	settings: 'Cài đặt',
	notSaved: 'Không lưu được tiến độ trên trình duyệt này. Kết quả chỉ giữ đến khi đóng trang.',
	versionChange: 'Ứng dụng vừa được cập nhật ở một tab khác. Hãy tải lại trang.',
	reload: 'Tải lại',
	loadError: 'Không tải được bộ câu hỏi. Hãy kiểm tra kết nối mạng rồi thử lại.',
	loadStorageError: 'Không đọc được tiến độ đã lưu trên máy này. Hãy thử lại hoặc tải lại trang.',
	retry: 'Thử lại',
	loading: 'Đang tải…'
};

export type LayoutStrings = typeof layoutStringsVi;

export const layoutStrings = lazyBilingual(layoutStringsVi, () =>
	import('./layout.en').then((m) => m.layoutStringsEn)
);
