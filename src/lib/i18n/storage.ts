/** Strings of the storage, backup and reset panels in settings. */
import type { BackupErrorCode } from '../domain/backup';
import { bilingual } from './index';
import { plural } from './plural';

export const storageStrings = bilingual(
	{
		storageTitle: 'Bộ nhớ trên máy',
		persisted: 'Dữ liệu được lưu lâu dài: trình duyệt sẽ không tự xóa.',
		notPersisted: 'Trình duyệt có thể tự xóa dữ liệu khi máy sắp hết bộ nhớ.',
		askPersist: 'Yêu cầu lưu lâu dài',
		persistRefused: 'Trình duyệt chưa đồng ý. Cài ứng dụng lên màn hình chính thường sẽ được chấp nhận.',
		notSaved:
			'Không lưu được tiến độ trên trình duyệt này (ví dụ khi duyệt ẩn danh). Kết quả chỉ giữ đến khi đóng trang.',
		notSavedBlocked:
			'Một tab khác của trình duyệt đang mở Ôn bài bản cũ nên chưa lưu được tiến độ. Hãy đóng tab đó rồi tải lại trang này.',
		notSavedOutdated:
			'Ứng dụng vừa được cập nhật ở một tab khác nên tab này chưa lưu được tiến độ. Hãy tải lại trang.',
		usage: (used: string, quota: string) => `Đã dùng ${used} trên ${quota} cho phép`,
		usageOnly: (used: string) => `Đã dùng ${used}`,
		usageUnknown: 'Trình duyệt không cho biết dung lượng đã dùng.',
		repair: 'Kiểm tra và sửa dữ liệu',
		repairHelp: 'Tính lại lịch ôn của từng câu hỏi từ lịch sử trả lời, như khi dữ liệu bị lỗi.',
		repairing: 'Đang kiểm tra…',
		repairNone: 'Đã kiểm tra xong, dữ liệu không có lỗi.',
		repairFixed: (n: number) => plural('vi', n, { other: 'Đã kiểm tra xong và sửa lịch ôn của # câu hỏi.' }),
		failed: (why: string) => `Không thực hiện được: ${why}`,
		full: 'Bộ nhớ của máy đã đầy. Dữ liệu lưu trước đó vẫn còn nguyên; hãy giải phóng bớt bộ nhớ rồi thử lại.',
		closed: 'Ứng dụng vừa được cập nhật ở một tab khác. Hãy tải lại trang.',

		backupTitle: 'Sao lưu và khôi phục',
		backupHelp: 'Lưu toàn bộ tiến độ vào một tệp để cất giữ hoặc chuyển sang máy khác.',
		exportBackup: 'Tải tệp sao lưu',
		exporting: 'Đang tạo tệp…',
		exported: 'Đã tạo tệp sao lưu.',
		importLabel: 'Khôi phục từ tệp sao lưu',
		importHelp: 'Tệp được gộp với dữ liệu đang có; câu trả lời đã có sẽ không bị nhân đôi.',
		importing: 'Đang khôi phục…',
		imported: (added: number, skipped: number) =>
			`Đã khôi phục: thêm ${plural('vi', added, { other: '# câu trả lời' })}, bỏ qua ${plural('vi', skipped, { other: '# câu trả lời đã có' })}.`,
		importedNothing: (skipped: number) =>
			plural('vi', skipped, { other: 'Tệp không có gì mới: cả # câu trả lời đều đã có trên máy.' }),
		unchanged: 'Dữ liệu trên máy không thay đổi.',
		backupErrors: {
			'not-json': 'Tệp bị hỏng hoặc không phải tệp sao lưu (không đọc được nội dung).',
			foreign: 'Đây không phải tệp sao lưu của Ôn bài.',
			'newer-format': 'Tệp được tạo bởi phiên bản Ôn bài mới hơn. Hãy cập nhật ứng dụng rồi thử lại.',
			damaged: 'Tệp sao lưu bị hỏng: thiếu hoặc sai một phần dữ liệu.',
			checksum: 'Tệp sao lưu đã bị sửa hoặc hỏng sau khi tạo (mã kiểm tra không khớp).'
		} satisfies Record<BackupErrorCode, string>,
		deckExportTitle: 'Xuất bộ câu hỏi',
		deckExportHelp: 'Dùng bộ câu hỏi này trong Anki hoặc các ứng dụng thẻ ghi nhớ như Quizlet.',
		exportAnki: 'Tải cho Anki (.txt)',
		exportCsv: 'Tải tệp CSV',
		deckExported: 'Đã tạo tệp bộ câu hỏi.',

		resetTitle: 'Xóa tiến độ',
		resetHelp: 'Xóa lịch sử trả lời, lịch ôn và các bài kiểm tra. Cài đặt vẫn được giữ.',
		scope: 'Xóa tiến độ của',
		scopeDeck: 'Bộ câu hỏi này',
		scopeAll: 'Tất cả bộ câu hỏi',
		reset: 'Xóa tiến độ…',
		confirmDeck: 'Xóa toàn bộ tiến độ của bộ câu hỏi này? Không thể hoàn tác.',
		confirmAll: 'Xóa toàn bộ tiến độ của tất cả bộ câu hỏi? Không thể hoàn tác.',
		confirmHint: 'Nên tải tệp sao lưu trước khi xóa.',
		confirmYes: 'Xóa',
		cancel: 'Hủy',
		resetDone: 'Đã xóa tiến độ.'
	},
	{
		storageTitle: 'Storage on this device',
		persisted: 'Storage is persistent: the browser will not clear it on its own.',
		notPersisted: 'The browser may clear your data when the device runs low on space.',
		askPersist: 'Ask to keep my data',
		persistRefused:
			'The browser said no for now. Installing the app on your home screen usually gets it accepted.',
		notSaved:
			'Progress cannot be saved in this browser (in private browsing, for example). Your results last only until you close the page.',
		notSavedBlocked:
			'Another tab has an older version of Ôn bài open, so progress cannot be saved yet. Close that tab, then reload this page.',
		notSavedOutdated:
			'The app was updated in another tab, so this tab cannot save progress. Please reload the page.',
		usage: (used: string, quota: string) => `${used} used of ${quota} available`,
		usageOnly: (used: string) => `${used} used`,
		usageUnknown: 'The browser does not say how much space is used.',
		repair: 'Check and repair data',
		repairHelp:
			"Rebuilds each question's review schedule from your answer history, in case the data was damaged.",
		repairing: 'Checking…',
		repairNone: 'Check complete: no problems found.',
		repairFixed: (n: number) =>
			plural('en', n, {
				one: 'Check complete: the schedule of # question repaired.',
				other: 'Check complete: the schedules of # questions repaired.'
			}),
		failed: (why: string) => `That did not work: ${why}`,
		full: 'The device storage is full. Everything saved before is intact; free up some space and try again.',
		closed: 'The app was just updated in another tab. Please reload the page.',

		backupTitle: 'Backup and restore',
		backupHelp: 'Save all your progress to one file, to keep it safe or move it to another device.',
		exportBackup: 'Download a backup',
		exporting: 'Preparing the file…',
		exported: 'Backup file ready.',
		importLabel: 'Restore from a backup file',
		importHelp: 'The file is merged with what is already here; answers you already have are not duplicated.',
		importing: 'Restoring…',
		imported: (added: number, skipped: number) =>
			`Restored: ${plural('en', added, { one: '# answer', other: '# answers' })} added, ${plural('en', skipped, { one: '# already here', other: '# already here' })} skipped.`,
		importedNothing: (skipped: number) =>
			plural('en', skipped, {
				one: 'Nothing new in this file: its one answer is already here.',
				other: 'Nothing new in this file: all # answers are already here.'
			}),
		unchanged: 'Nothing on this device was changed.',
		backupErrors: {
			'not-json': 'The file is damaged or is not a backup (its content cannot be read).',
			foreign: 'This is not an Ôn bài backup file.',
			'newer-format': 'This file comes from a newer version of Ôn bài. Update the app and try again.',
			damaged: 'The backup file is damaged: some of its data is missing or wrong.',
			checksum: 'The backup file was changed or damaged after it was made (its checksum does not match).'
		},
		deckExportTitle: 'Export the deck',
		deckExportHelp: 'Use this deck in Anki, or in flashcard apps such as Quizlet.',
		exportAnki: 'Download for Anki (.txt)',
		exportCsv: 'Download CSV',
		deckExported: 'Deck file ready.',

		resetTitle: 'Reset progress',
		resetHelp: 'Deletes your answers, review schedule and quizzes. Settings are kept.',
		scope: 'Reset progress for',
		scopeDeck: 'This deck',
		scopeAll: 'All decks',
		reset: 'Reset progress…',
		confirmDeck: 'Delete all progress in this deck? This cannot be undone.',
		confirmAll: 'Delete all progress in every deck? This cannot be undone.',
		confirmHint: 'Consider downloading a backup first.',
		confirmYes: 'Delete',
		cancel: 'Cancel',
		resetDone: 'Progress deleted.'
	}
);

/**
 * The sentence to show for an error from the progress store: a backup problem by its code, a full disk,
 * a connection closed by another tab, or else the error's own message.
 */
export function describeStorageError(lang: 'vi' | 'en', e: unknown): string {
	const s = storageStrings[lang];
	const err = e as { name?: string; code?: string; message?: string } | null;
	if (err?.name === 'BackupError' && err.code && err.code in s.backupErrors) {
		return `${s.backupErrors[err.code as BackupErrorCode]} ${s.unchanged}`;
	}
	if (err?.name === 'StorageFullError') return s.full;
	if (err?.name === 'StorageClosedError') return s.closed;
	return s.failed(err?.message ?? String(e));
}
