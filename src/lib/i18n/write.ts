/**
 * What a failed write tells the learner (components/WriteNotice.svelte): what happened, that what was saved
 * before is intact, and what to do. Loaded with the notice, the first time a write fails.
 */
import type { WriteFailure } from '../storage/errors';
import { bilingual } from './index';

export const writeStrings = bilingual(
	{
		failure: {
			full: 'Bộ nhớ của máy đã đầy nên thay đổi vừa rồi chưa được lưu. Những gì đã lưu trước đó vẫn còn nguyên. Hãy xóa bớt ảnh, video hoặc ứng dụng không dùng đến rồi thử lại, và nên tải tệp sao lưu để giữ tiến độ.',
			closed:
				'Ứng dụng vừa được cập nhật ở một tab khác nên thay đổi vừa rồi chưa được lưu. Hãy tải lại trang.',
			conflict: 'Một tab khác vừa thay đổi dữ liệu này. Hãy tải lại trang.',
			failed:
				'Thay đổi vừa rồi chưa được lưu. Hãy thử lại; nếu vẫn không được, hãy tải tệp sao lưu để giữ tiến độ.'
		} satisfies Record<WriteFailure, string>,
		readOnly:
			'Bộ nhớ của máy đã đầy nên Ôn bài mở ở chế độ chỉ xem: tiến độ mới sẽ chưa được lưu. Hãy giải phóng bớt bộ nhớ rồi tải lại trang. Bạn vẫn tải được tệp sao lưu.',
		backup: 'Tải tệp sao lưu',
		backingUp: 'Đang tạo tệp…',
		backedUp: 'Đã tạo tệp sao lưu.',
		backupFailed: 'Chưa tạo được tệp sao lưu. Hãy thử lại.',
		close: 'Đóng'
	},
	{
		failure: {
			full: 'Your device storage is full, so the last change was not saved. Everything saved before is intact. Delete photos, videos or apps you no longer use, then try again; downloading a backup keeps your progress safe.',
			closed:
				'The app was just updated in another tab, so the last change was not saved. Please reload the page.',
			conflict: 'Another tab just changed this data. Please reload the page.',
			failed:
				'The last change was not saved. Please try again; if it keeps failing, download a backup to keep your progress.'
		},
		readOnly:
			'Your device storage is full, so Ôn bài opened read-only: new progress will not be saved. Free up some space, then reload the page. You can still download a backup.',
		backup: 'Download a backup',
		backingUp: 'Preparing the file…',
		backedUp: 'Backup file ready.',
		backupFailed: 'The backup could not be made. Please try again.',
		close: 'Close'
	}
);
