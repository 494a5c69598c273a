/** Strings of the storage, backup and reset panels in settings. */
import type { BackupErrorCode, BackupProblem } from '../domain/backup';
import type { RepairReport } from '../domain/repair';
import { bilingual, formatNumber } from './index';
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
		repairHelp:
			'Tìm và sửa dữ liệu lỗi: tính lại lịch ôn của từng thẻ từ lịch sử trả lời, sửa bài kiểm tra cho khớp, bỏ câu trả lời không hợp lệ và đưa cài đặt sai về mặc định.',
		repairing: 'Đang kiểm tra…',
		repairNone: 'Đã kiểm tra xong, dữ liệu không có lỗi.',
		repairFixed: (n: string) => `Đã kiểm tra xong và sửa ${n} thẻ.`,
		repairDid: (parts: string) => `Đã kiểm tra xong và sửa: ${parts}.`,
		repairParts: {
			cardsRebuilt: (n: string) => `tính lại ${n} thẻ từ lịch sử trả lời`,
			cardsReset: (n: string) => `đặt lại ${n} thẻ có giá trị không thể có`,
			cardsRemoved: (n: string) => `xóa ${n} thẻ không thuộc bộ câu hỏi nào`,
			reviewsFixed: (n: string) => `sửa ${n} câu trả lời có thời gian hoặc nội dung vượt giới hạn`,
			reviewsRemoved: (n: string) => `xóa ${n} câu trả lời không hợp lệ`,
			attemptsFixed: (n: string) => `sửa ${n} bài kiểm tra cho khớp với lịch sử trả lời`,
			attemptsRemoved: (n: string) => `xóa ${n} bài kiểm tra không hợp lệ`,
			flagsFixed: (n: string) => `sửa ${n} báo cáo câu hỏi có giá trị sai`,
			flagsRemoved: (n: string) =>
				`xóa ${n} báo cáo câu hỏi không hợp lệ hoặc của câu hỏi không còn trong bộ nào`,
			acceptedFixed: (n: string) => `sửa ${n} đáp án được tính là đúng có giá trị sai`,
			acceptedRemoved: (n: string) => `xóa ${n} đáp án được tính là đúng không hợp lệ hoặc thừa`,
			settingsReset: (fields: string) => `đưa ${fields} về mặc định`
		},
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
			checksum: 'Tệp sao lưu đã bị sửa hoặc hỏng sau khi tạo (mã kiểm tra không khớp).',
			'too-large': 'Tệp quá lớn, không thể là tệp sao lưu của Ôn bài (tối đa 50 MB).',
			'too-deep': 'Tệp có dữ liệu lồng nhau quá sâu, Ôn bài không bao giờ tạo ra tệp như vậy.',
			'forbidden-key':
				'Tệp chứa khóa “__proto__”, “constructor” hoặc “prototype”, Ôn bài không bao giờ tạo ra khóa như vậy.',
			invalid: 'Tệp sao lưu có dữ liệu mà Ôn bài không thể tạo ra.',
			failed: 'Không gộp được tệp sao lưu này vào dữ liệu trên máy.'
		} satisfies Record<BackupErrorCode, string>,
		refused: (where: string, problem: string) => `Tệp sao lưu bị từ chối: ${where} ${problem}.`,
		refusedAt: (what: string, where: string) => `${what} (ở ${where})`,
		item: {
			cards: (n: string) => `thẻ thứ ${n}`,
			reviews: (n: string) => `câu trả lời thứ ${n}`,
			attempts: (n: string) => `bài kiểm tra thứ ${n}`,
			decks: (n: string) => `bộ câu hỏi thứ ${n}`,
			flags: (n: string) => `câu hỏi đã báo sai thứ ${n}`,
			accepted: (n: string) => `đáp án được tính là đúng thứ ${n}`
		} as Record<string, (n: string) => string>,
		settingsPart: 'phần cài đặt',
		fieldNamed: (name: string, label: string) => (label ? `trường “${name}” (${label})` : `trường “${name}”`),
		fieldLabels: {
			ms: 'thời gian trả lời',
			at: 'thời điểm trả lời',
			given: 'câu trả lời đã nhập',
			id: 'mã',
			questionId: 'mã câu hỏi',
			questionIds: 'danh sách câu hỏi',
			deckId: 'mã bộ câu hỏi',
			attemptId: 'mã bài kiểm tra',
			mode: 'chế độ học',
			grade: 'kết quả chấm',
			correct: 'đúng hay sai',
			rating: 'mức tự đánh giá',
			overruled: 'đánh dấu “Tôi đã đúng”',
			topic: 'chủ đề',
			topics: 'chủ đề',
			type: 'dạng câu hỏi',
			types: 'dạng câu hỏi',
			due: 'ngày đến hạn ôn',
			stability: 'độ bền trí nhớ',
			difficulty: 'độ khó',
			reps: 'số lần ôn',
			lapses: 'số lần quên',
			state: 'trạng thái thẻ',
			lastReview: 'lần ôn gần nhất',
			elapsedDays: 'số ngày từ lần ôn trước',
			scheduledDays: 'số ngày đến lần ôn sau',
			learningSteps: 'bước học',
			startedAt: 'lúc bắt đầu',
			finishedAt: 'lúc kết thúc',
			score: 'điểm',
			answers: 'các câu trả lời',
			length: 'số câu hỏi',
			timeLimit: 'giới hạn thời gian',
			title: 'tên',
			source: 'nguồn',
			kind: 'loại',
			createdAt: 'ngày tạo',
			exportedAt: 'thời điểm tạo tệp',
			lang: 'ngôn ngữ',
			theme: 'giao diện',
			dailyGoal: 'số thẻ mới mỗi ngày',
			desiredRetention: 'mức ghi nhớ mong muốn',
			dayStartHour: 'giờ bắt đầu ngày học',
			matchBest: 'thời gian ghép cặp tốt nhất',
			persistAsked: 'đã hỏi lưu lâu dài',
			vibrate: 'rung khi trả lời sai',
			celebrate: 'chúc mừng khi làm tốt',
			reason: 'lý do báo sai',
			comment: 'ghi chú',
			answer: 'đáp án'
		} as Record<string, string>,
		problems: {
			missing: 'bị thiếu',
			'wrong-type': 'sai kiểu dữ liệu',
			empty: 'bị để trống',
			'too-long': 'dài quá giới hạn',
			'not-integer': 'phải là số nguyên',
			'out-of-range': 'nằm ngoài giới hạn cho phép',
			'unknown-value': 'có giá trị mà ứng dụng không dùng',
			'before-2020': 'là một thời điểm trước năm 2020',
			'after-export': 'là một thời điểm sau lúc tạo tệp',
			'in-future': 'là một thời điểm trong tương lai so với đồng hồ của máy này',
			inconsistent: 'mâu thuẫn với các trường khác của chính nó',
			duplicate: 'bị lặp lại',
			'unknown-deck': 'trỏ tới một bộ câu hỏi không có trong tệp lẫn trên máy',
			setting: 'nằm ngoài giới hạn của cài đặt này'
		} satisfies Record<BackupProblem, string>,
		importedFlags: (n: number) => plural('vi', n, { other: 'Đã thêm # câu hỏi bạn báo sai.' }),
		importedNotes: 'Đã khôi phục các đáp án bạn tính là đúng.',
		importedUnknown: (n: string) =>
			`${n} câu hỏi không thuộc bộ câu hỏi nào trên máy: câu trả lời được giữ lại cho thống kê nhưng không được xếp lịch ôn.`,
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
			"Finds and fixes damaged data: rebuilds each card's schedule from your answer history, makes quizzes agree with it, drops invalid answers and puts settings out of range back to their defaults.",
		repairing: 'Checking…',
		repairNone: 'Check complete: no problems found.',
		repairFixed: (n: string) => `Check complete: ${n === '1' ? '1 card' : `${n} cards`} repaired.`,
		repairDid: (parts: string) => `Check complete: ${parts}.`,
		repairParts: {
			cardsRebuilt: (n: string) => `${n === '1' ? '1 card' : `${n} cards`} rebuilt from your answers`,
			cardsReset: (n: string) => `${n === '1' ? '1 card' : `${n} cards`} with impossible values reset`,
			cardsRemoved: (n: string) => `${n === '1' ? '1 card' : `${n} cards`} of no deck removed`,
			reviewsFixed: (n: string) =>
				`${n === '1' ? '1 answer' : `${n} answers`} with an out-of-bounds time or text fixed`,
			reviewsRemoved: (n: string) => `${n === '1' ? '1 invalid answer' : `${n} invalid answers`} removed`,
			attemptsFixed: (n: string) =>
				`${n === '1' ? '1 quiz' : `${n} quizzes`} made to agree with your answer history`,
			attemptsRemoved: (n: string) => `${n === '1' ? '1 invalid quiz' : `${n} invalid quizzes`} removed`,
			flagsFixed: (n: string) =>
				`${n === '1' ? '1 question report' : `${n} question reports`} with wrong values fixed`,
			flagsRemoved: (n: string) =>
				`${n === '1' ? '1 report' : `${n} reports`} of questions no deck asks, or unreadable, removed`,
			acceptedFixed: (n: string) =>
				`${n === '1' ? '1 answer counted as right' : `${n} answers counted as right`} with wrong values fixed`,
			acceptedRemoved: (n: string) =>
				`${n === '1' ? '1 answer counted as right' : `${n} answers counted as right`} that were invalid or repeated removed`,
			settingsReset: (fields: string) => `${fields} put back to the default`
		},
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
			checksum: 'The backup file was changed or damaged after it was made (its checksum does not match).',
			'too-large': 'The file is too large to be an Ôn bài backup (50 MB at most).',
			'too-deep': 'The file nests its data too deeply; Ôn bài never makes such a file.',
			'forbidden-key':
				'The file holds a “__proto__”, “constructor” or “prototype” key; Ôn bài never writes such a key.',
			invalid: 'The backup holds data Ôn bài could not have written.',
			failed: 'This backup could not be merged with the data on this device.'
		},
		refused: (where: string, problem: string) => `The backup was refused: ${where} ${problem}.`,
		refusedAt: (what: string, where: string) => `${what} (at ${where})`,
		item: {
			cards: (n: string) => `card ${n}`,
			reviews: (n: string) => `answer ${n}`,
			attempts: (n: string) => `quiz ${n}`,
			decks: (n: string) => `deck ${n}`,
			flags: (n: string) => `reported question ${n}`,
			accepted: (n: string) => `accepted answer ${n}`
		},
		settingsPart: 'the settings',
		fieldNamed: (name: string, label: string) => (label ? `field “${name}” (${label})` : `field “${name}”`),
		fieldLabels: {
			ms: 'answer time',
			at: 'time answered',
			given: 'answer given',
			id: 'id',
			questionId: 'question id',
			questionIds: 'list of questions',
			deckId: 'deck id',
			attemptId: 'quiz id',
			mode: 'study mode',
			grade: 'grade',
			correct: 'right or wrong',
			rating: 'rating',
			overruled: '“I was right” mark',
			topic: 'topic',
			topics: 'topics',
			type: 'question type',
			types: 'question types',
			due: 'due date',
			stability: 'memory stability',
			difficulty: 'difficulty',
			reps: 'number of reviews',
			lapses: 'number of lapses',
			state: 'card state',
			lastReview: 'last review',
			elapsedDays: 'days since the last review',
			scheduledDays: 'days to the next review',
			learningSteps: 'learning step',
			startedAt: 'start time',
			finishedAt: 'finish time',
			score: 'score',
			answers: 'answers',
			length: 'number of questions',
			timeLimit: 'time limit',
			title: 'title',
			source: 'source',
			kind: 'kind',
			createdAt: 'creation date',
			exportedAt: 'time the file was made',
			lang: 'language',
			theme: 'theme',
			dailyGoal: 'new cards per day',
			desiredRetention: 'desired retention',
			dayStartHour: 'hour the study day starts',
			matchBest: 'best match times',
			persistAsked: 'persistent storage asked',
			vibrate: 'vibrate on a wrong answer',
			celebrate: 'celebrate a good result',
			reason: 'reason for the report',
			comment: 'comment',
			answer: 'answer'
		},
		problems: {
			missing: 'is missing',
			'wrong-type': 'has the wrong type',
			empty: 'is empty',
			'too-long': 'is too long',
			'not-integer': 'must be a whole number',
			'out-of-range': 'is outside the allowed range',
			'unknown-value': 'has a value the app does not use',
			'before-2020': 'is a time before 2020',
			'after-export': 'is a time after the file was made',
			'in-future': "is a time in this device's future",
			inconsistent: 'contradicts the record’s other fields',
			duplicate: 'is repeated',
			'unknown-deck': 'points to a deck that is neither in the file nor on this device',
			setting: 'is outside the bounds of this setting'
		},
		importedFlags: (n: number) =>
			plural('en', n, { one: '# reported question added.', other: '# reported questions added.' }),
		importedNotes: 'The answers you counted as right were restored.',
		importedUnknown: (n: string) =>
			`${n === '1' ? '1 question belongs' : `${n} questions belong`} to no deck on this device: the answers are kept for the statistics but not scheduled.`,
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

/** What "check and repair" did, as one sentence: each kind of fix with its count, settings by name. */
export function describeRepair(lang: 'vi' | 'en', report: RepairReport): string {
	const s = storageStrings[lang];
	const n = (x: number) => formatNumber(lang, x);
	const parts: string[] = [];
	for (const key of COUNTED) if (report[key] > 0) parts.push(s.repairParts[key](n(report[key])));
	if (report.settingsReset.length) {
		const names = report.settingsReset.map((f) => `“${s.fieldLabels[f] ?? f}”`).join(', ');
		parts.push(s.repairParts.settingsReset(names));
	}
	return parts.length ? s.repairDid(parts.join('; ')) : s.repairNone;
}

const COUNTED = [
	'cardsRebuilt',
	'cardsReset',
	'cardsRemoved',
	'reviewsFixed',
	'reviewsRemoved',
	'attemptsFixed',
	'attemptsRemoved',
	'flagsFixed',
	'flagsRemoved',
	'acceptedFixed',
	'acceptedRemoved'
] as const;

/** `data.reviews[3].ms` -> "answer 4, field “ms” (answer time)": the record by its place, the field by its name. */
function describeField(lang: 'vi' | 'en', path: string): string {
	const s = storageStrings[lang];
	const m = /^data\.(cards|reviews|attempts|decks|flags|accepted)\[(\d+)\](?:\.(.+))?$/.exec(path);
	const named = (rest: string) => {
		const last = /([A-Za-z]+)(?:\[\d+\])*$/.exec(rest)?.[1] ?? rest;
		return s.fieldNamed(rest, s.fieldLabels[last] ?? '');
	};
	if (m) {
		const item = s.item[m[1]!]!(String(Number(m[2]) + 1));
		return m[3] ? `${item}, ${named(m[3])}` : item;
	}
	if (path.startsWith('data.settings')) {
		const rest = path.slice('data.settings.'.length);
		return rest ? `${s.settingsPart}, ${named(rest)}` : s.settingsPart;
	}
	return named(path.replace(/^data\./, ''));
}

/**
 * The sentence for a refused backup: the record and field it names and what is wrong with it, or the
 * code's sentence when the problem is the whole file; always followed by "nothing on the phone changed".
 */
function describeBackupError(
	lang: 'vi' | 'en',
	code: BackupErrorCode,
	field?: string,
	problem?: string
): string {
	const s = storageStrings[lang];
	let text = s.backupErrors[code];
	if (code === 'invalid' && field && problem && problem in s.problems) {
		text = s.refused(describeField(lang, field), s.problems[problem as BackupProblem]);
	} else if ((code === 'forbidden-key' || code === 'too-deep') && field) {
		text = s.refusedAt(text.replace(/\.$/, ''), field) + '.';
	}
	return `${text} ${s.unchanged}`;
}

/**
 * The sentence to show for an error from the progress store: a backup problem by its code, a full disk,
 * a connection closed by another tab, or else the error's own message.
 */
export function describeStorageError(lang: 'vi' | 'en', e: unknown): string {
	const s = storageStrings[lang];
	const err = e as {
		name?: string;
		code?: string;
		message?: string;
		field?: string;
		problem?: string;
	} | null;
	if (err?.name === 'BackupError' && err.code && err.code in s.backupErrors) {
		return describeBackupError(lang, err.code as BackupErrorCode, err.field, err.problem);
	}
	if (err?.name === 'StorageFullError') return s.full;
	if (err?.name === 'StorageClosedError') return s.closed;
	return s.failed(err?.message ?? String(e));
}
