import { bilingual } from './index';

export const pwaStrings = bilingual(
	{
		offline: 'Không có mạng. Bạn vẫn học được như thường.',
		offlineReady: 'Đã sẵn sàng dùng khi không có mạng.',
		close: 'Đóng',
		updateAvailable: 'Có phiên bản mới',
		updateHint: 'Tiến độ của bạn vẫn được giữ nguyên.',
		update: 'Cập nhật',
		later: 'Để sau',
		install: 'Cài ứng dụng',
		installHint: 'Cài Ôn bài vào máy để mở nhanh và học cả khi không có mạng.',
		iosTitle: 'Cài vào iPhone hoặc iPad',
		iosSteps: 'Chạm vào nút Chia sẻ ở thanh công cụ của Safari, rồi chọn “Thêm vào Màn hình chính”.',
		installed: 'Bạn đang dùng Ôn bài đã cài trên máy.',
		notInstallable:
			'Trình duyệt chưa cho hiện nút cài. Trên Android, mở menu ⋮ của Chrome và chọn “Thêm vào màn hình chính”; trên iPhone, hãy mở trang bằng Safari.',
		version: (v: string) => `Phiên bản ${v}`
	},
	{
		offline: 'You are offline. Studying works as usual.',
		offlineReady: 'Ready to work offline.',
		close: 'Close',
		updateAvailable: 'A new version is available',
		updateHint: 'Your progress is kept.',
		update: 'Update',
		later: 'Later',
		install: 'Install the app',
		installHint: 'Install Ôn bài to open it quickly and study offline.',
		iosTitle: 'Install on iPhone or iPad',
		iosSteps: 'Tap the Share button in the Safari toolbar, then choose “Add to Home Screen”.',
		installed: 'You are using the installed app.',
		notInstallable:
			'Your browser has not offered an install button. On Android, open Chrome’s ⋮ menu and choose “Add to Home screen”; on iPhone, open the page in Safari.',
		version: (v: string) => `Version ${v}`
	}
);
