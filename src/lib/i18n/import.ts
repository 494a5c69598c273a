import type { EditableField, FactEditProblem } from '../domain/decks/edit-fact';
import type { FactGroup } from '../domain/decks/own-deck';
import type { ImportProblem } from '../state/import.svelte';
import { bilingual, formatNumber, type Lang } from './index';

/** Strings of the import screen (a lazily loaded route: both languages ship together). */
export const importStrings = bilingual(
	{
		title: 'Thêm bài báo',
		pageTitle: 'Thêm bài báo · Ôn bài',
		intro:
			'Dán một bài báo tiếng Việt hoặc mở tệp .txt, .html, .docx, danh sách thẻ (thuật ngữ, dấu Tab, định nghĩa: như Quizlet, Anki xuất ra), hay tệp bộ thẻ người khác gửi. Ôn bài tìm các dữ kiện ngay trên máy, không gửi bài đi đâu.',
		textLabel: 'Nội dung bài báo',
		openFile: 'Mở tệp',
		find: 'Tìm dữ kiện',
		working: 'Đang đọc bài…',
		saving: 'Đang tạo câu hỏi…',
		cancel: 'Huỷ',
		reviewTitle: 'Kiểm tra dữ kiện',
		cardsTitle: 'Các thẻ trong danh sách',
		cardsIntro:
			'Đây là danh sách thẻ (thuật ngữ và định nghĩa). Bỏ chọn thẻ không cần học, rồi đặt tên cho bộ thẻ. Câu hỏi chọn lấy các định nghĩa khác làm phương án sai.',
		cardsFound: (n: number, lang: Lang) => `Đọc được ${formatNumber(lang, n)} thẻ`,
		reviewIntro:
			'Bỏ chọn dữ kiện sai hoặc không cần học. Câu hỏi chỉ hỏi những gì bài viết, kèm câu trích để đối chiếu.',
		found: (n: number, lang: Lang) => `Tìm thấy ${formatNumber(lang, n)} dữ kiện`,
		keptCount: (kept: number, total: number, lang: Lang) =>
			`Giữ ${formatNumber(lang, kept)}/${formatNumber(lang, total)}`,
		keepAll: 'Chọn cả nhóm',
		dropAll: 'Bỏ cả nhóm',
		doubtful: 'Chưa chắc',
		quote: 'Câu trong bài',
		deckTitle: 'Tên bộ thẻ',
		deckSource: 'Nguồn (không bắt buộc)',
		create: 'Tạo bộ thẻ',
		back: 'Sửa lại bài',
		groups: {
			people: 'Người và chức vụ',
			figures: 'Con số và số tiền',
			dates: 'Ngày tháng',
			lists: 'Danh sách',
			statements: 'Nội dung khác'
		} satisfies Record<FactGroup, string>,
		myDecks: 'Bộ thẻ đã thêm',
		rename: 'Đổi tên',
		save: 'Lưu',
		remove: 'Xoá',
		confirmRemove: (t: string) => `Xoá bộ thẻ “${t}” cùng toàn bộ tiến độ học? Không thể hoàn tác.`,
		removed: 'Đã xoá bộ thẻ.',
		renamed: 'Đã đổi tên.',
		edit: 'Sửa',
		editCancel: 'Thôi',
		fields: {
			person: 'Họ tên',
			post: 'Chức vụ',
			written: 'Con số',
			name: 'Tên gọi',
			value: 'Nội dung'
		} satisfies Record<EditableField, string>,
		editProblem: {
			empty: 'Hãy nhập nội dung.',
			'not-a-number': 'Hãy nhập một con số như trong bài (ví dụ 08, 1.797, 1,6).',
			'not-in-quote': 'Câu trong bài không nêu nội dung này, nên chưa sửa được: mọi đáp án phải có trong bài.'
		} satisfies Record<FactEditProblem, string>,
		edited: 'Đã sửa.',
		reReview: 'Xem lại dữ kiện',
		reReviewTitle: (t: string) => `Xem lại bộ thẻ “${t}”`,
		saveReview: 'Lưu bộ thẻ',
		reviewed: (n: number, lang: Lang) =>
			n > 0
				? `Đã lưu bộ thẻ. Đã xoá tiến độ của ${formatNumber(lang, n)} câu hỏi không còn trong bộ.`
				: 'Đã lưu bộ thẻ. Tiến độ học được giữ nguyên.',
		send: 'Gửi tệp',
		sent: {
			shared: 'Đã gửi tệp bộ thẻ.',
			downloaded: 'Đã tải tệp bộ thẻ về máy. Gửi tệp này cho người khác, họ mở nó trong Ôn bài là có bộ thẻ.',
			cancelled: ''
		},
		sendFailed: 'Bộ thẻ này được tạo trước khi Ôn bài lưu dữ kiện nên chưa gửi được. Hãy thêm lại bài báo.',
		deckAdded: (t: string) => `Đã thêm bộ thẻ “${t}”.`,
		deckThere: (t: string) => `Bộ thẻ “${t}” đã có trên máy. Tiến độ học được giữ nguyên.`,
		problem: (p: ImportProblem, lang: Lang): string => {
			const n = (x: number | undefined) => formatNumber(lang, x ?? 0);
			switch (p.reason) {
				case 'empty':
					return 'Chưa có nội dung. Hãy dán bài báo hoặc mở một tệp.';
				case 'too-long':
					return `Bài quá dài: ${n(p.length)} ký tự, tối đa ${n(p.limit)}. Hãy dán từng phần của bài.`;
				case 'binary':
					return 'Tệp này không phải văn bản (có thể là ảnh hay tệp nén). Hãy mở tệp .txt, .html hoặc .docx.';
				case 'not-vietnamese':
					return 'Bài này không phải tiếng Việt. Ôn bài chỉ đọc được bài báo tiếng Việt.';
				case 'no-facts':
					return 'Không tìm thấy dữ kiện nào. Ôn bài tìm tên người và chức vụ, con số, số tiền, ngày tháng và danh sách.';
				case 'no-cards':
					return 'Danh sách thẻ không có thẻ nào đủ hai mặt. Mỗi dòng cần có thuật ngữ, dấu Tab (hoặc ; ,) rồi định nghĩa.';
				case 'too-many':
					return `Danh sách có quá nhiều thẻ, tối đa ${n(p.limit)}. Hãy chia thành nhiều bộ.`;
				case 'only-link':
					return 'Chỉ nhận được đường liên kết. Ôn bài không tải trang web (ứng dụng chạy không cần mạng): hãy mở bài, sao chép nội dung rồi dán vào đây.';
				case 'no-title':
					return 'Hãy đặt tên cho bộ thẻ.';
				case 'no-kept':
					return 'Hãy giữ lại ít nhất một dữ kiện.';
				case 'no-questions':
					return 'Các dữ kiện đã chọn chưa tạo được câu hỏi nào. Hãy giữ thêm dữ kiện.';
				case 'invalid':
					return 'Có dữ kiện không khớp với bài nên chưa tạo được bộ thẻ.';
				case 'worker':
					return 'Trình duyệt này không chạy được phần đọc bài. Hãy tải lại trang rồi thử lại.';
				case 'save-failed':
					return 'Chưa lưu được bộ thẻ vào máy. Dữ liệu đã có vẫn còn nguyên.';
				case 'no-review':
					return 'Bộ thẻ này được tạo trước khi Ôn bài lưu dữ kiện nên chưa xem lại được. Hãy thêm lại bài báo.';
				case 'deck-file':
					return {
						'not-json': 'Tệp này không phải tệp bộ thẻ của Ôn bài (không đọc được nội dung).',
						'too-large': 'Tệp bộ thẻ quá lớn, Ôn bài không mở được.',
						foreign: 'Tệp này không phải tệp bộ thẻ của Ôn bài. Tệp sao lưu thì mở trong Cài đặt.',
						'newer-format':
							'Tệp bộ thẻ này do phiên bản Ôn bài mới hơn tạo ra. Hãy cập nhật ứng dụng rồi mở lại.',
						damaged: 'Tệp bộ thẻ bị hỏng hoặc thiếu nội dung. Không có gì thay đổi.',
						checksum:
							'Tệp bộ thẻ đã bị sửa hoặc hỏng sau khi gửi (mã kiểm tra không khớp). Không có gì thay đổi.',
						invalid: 'Dữ kiện trong tệp bộ thẻ không khớp với bài báo của nó. Không có gì thay đổi.'
					}[p.problem];
				case 'docx':
					return {
						'not-docx':
							'Tệp này không phải tệp Word .docx (có thể là tệp .doc cũ, bảng tính hay tệp nén khác). Hãy lưu bài thành .docx hoặc .txt rồi mở lại.',
						damaged: 'Tệp Word này bị hỏng, không đọc được nội dung. Không có gì thay đổi.',
						locked:
							'Tệp Word này có mật khẩu nên không đọc được. Hãy bỏ mật khẩu hoặc sao chép nội dung rồi dán vào đây.',
						'too-large':
							'Tệp Word này quá lớn, Ôn bài không mở được. Hãy sao chép từng phần của bài rồi dán vào đây.'
					}[p.problem];
			}
		}
	},
	{
		title: 'Add an article',
		pageTitle: 'Add an article · Ôn bài',
		intro:
			'Paste a Vietnamese news article or open a .txt, .html or .docx file, a list of cards (term, Tab, definition: as Quizlet and Anki export them), or a deck file someone sent you. Ôn bài finds its facts on this phone; the text goes nowhere.',
		textLabel: 'Article text',
		openFile: 'Open a file',
		find: 'Find facts',
		working: 'Reading the article…',
		saving: 'Writing the questions…',
		cancel: 'Cancel',
		reviewTitle: 'Check the facts',
		cardsTitle: 'Cards in the list',
		cardsIntro:
			'This is a list of cards (terms and definitions). Untick the cards not worth learning, then name the deck. Choice questions take the other definitions as wrong options.',
		cardsFound: (n: number, lang: Lang) => `${formatNumber(lang, n)} ${n === 1 ? 'card' : 'cards'} read`,
		reviewIntro:
			'Untick any fact that is wrong or not worth learning. Questions only ask what the article says, with the quote to prove it.',
		found: (n: number, lang: Lang) => `${formatNumber(lang, n)} ${n === 1 ? 'fact' : 'facts'} found`,
		keptCount: (kept: number, total: number, lang: Lang) =>
			`Keeping ${formatNumber(lang, kept)} of ${formatNumber(lang, total)}`,
		keepAll: 'Tick all',
		dropAll: 'Untick all',
		doubtful: 'Unsure',
		quote: 'In the article',
		deckTitle: 'Deck name',
		deckSource: 'Source (optional)',
		create: 'Create the deck',
		back: 'Edit the text',
		groups: {
			people: 'People and posts',
			figures: 'Figures and amounts',
			dates: 'Dates',
			lists: 'Lists',
			statements: 'Other facts'
		},
		myDecks: 'Your decks',
		rename: 'Rename',
		save: 'Save',
		remove: 'Delete',
		confirmRemove: (t: string) => `Delete the deck “${t}” and all its progress? This cannot be undone.`,
		removed: 'Deck deleted.',
		renamed: 'Renamed.',
		edit: 'Edit',
		editCancel: 'Cancel',
		fields: {
			person: 'Name',
			post: 'Post',
			written: 'Figure',
			name: 'Name',
			value: 'Text'
		},
		editProblem: {
			empty: 'Type something first.',
			'not-a-number': 'Type a figure as the article writes it (e.g. 08, 1.797, 1,6).',
			'not-in-quote':
				'The sentence in the article does not say this, so the edit is not kept: every answer must be in the article.'
		},
		edited: 'Edited.',
		reReview: 'Review the facts',
		reReviewTitle: (t: string) => `Reviewing “${t}”`,
		saveReview: 'Save the deck',
		reviewed: (n: number, lang: Lang) =>
			n > 0
				? `Deck saved. The progress of ${formatNumber(lang, n)} ${n === 1 ? 'question' : 'questions'} no longer in it was deleted.`
				: 'Deck saved. Its progress is kept.',
		send: 'Send as a file',
		sent: {
			shared: 'Deck file sent.',
			downloaded:
				'Deck file saved to this device. Send it to someone: opening it in Ôn bài gives them the deck.',
			cancelled: ''
		},
		sendFailed:
			'This deck was made before Ôn bài kept its facts, so it cannot be sent. Add the article again.',
		deckAdded: (t: string) => `Deck “${t}” added.`,
		deckThere: (t: string) => `The deck “${t}” is already on this phone. Its progress is kept.`,
		problem: (p: ImportProblem, lang: Lang): string => {
			const n = (x: number | undefined) => formatNumber(lang, x ?? 0);
			switch (p.reason) {
				case 'empty':
					return 'There is nothing here yet. Paste an article or open a file.';
				case 'too-long':
					return `The text is too long: ${n(p.length)} characters, at most ${n(p.limit)}. Paste it in parts.`;
				case 'binary':
					return 'This file is not text (perhaps an image or an archive). Open a .txt, .html or .docx file.';
				case 'not-vietnamese':
					return 'This text is not in Vietnamese. Ôn bài reads Vietnamese news articles only.';
				case 'no-facts':
					return 'No facts found. Ôn bài looks for people and their posts, figures, amounts of money, dates and lists.';
				case 'no-cards':
					return 'The card list has no card with both sides. Each line needs a term, a Tab (or ; ,), then the definition.';
				case 'too-many':
					return `The list has too many cards, at most ${n(p.limit)}. Split it into several decks.`;
				case 'only-link':
					return 'Only a link arrived. Ôn bài does not download pages (it works offline): open the article, copy its text and paste it here.';
				case 'no-title':
					return 'Give the deck a name.';
				case 'no-kept':
					return 'Keep at least one fact.';
				case 'no-questions':
					return 'The facts you kept make no question yet. Keep a few more.';
				case 'invalid':
					return 'A fact no longer matches the article, so the deck could not be made.';
				case 'worker':
					return 'This browser could not run the article reader. Reload the page and try again.';
				case 'save-failed':
					return 'The deck could not be saved on this phone. What was already saved is untouched.';
				case 'no-review':
					return 'This deck was made before Ôn bài kept its facts, so it cannot be reviewed. Add the article again.';
				case 'deck-file':
					return {
						'not-json': 'This is not an Ôn bài deck file (its content cannot be read).',
						'too-large': 'This deck file is too large for Ôn bài to open.',
						foreign: 'This is not an Ôn bài deck file. A backup is restored in Settings.',
						'newer-format': 'This deck file was made by a newer Ôn bài. Update the app, then open it again.',
						damaged: 'This deck file is damaged or incomplete. Nothing was changed.',
						checksum:
							'This deck file was changed or damaged after it was sent (its checksum does not match). Nothing was changed.',
						invalid: 'The facts in this deck file do not match its article. Nothing was changed.'
					}[p.problem];
				case 'docx':
					return {
						'not-docx':
							'This is not a Word .docx file (perhaps an old .doc, a spreadsheet or another archive). Save the article as .docx or .txt and open it again.',
						damaged: 'This Word file is damaged and its text cannot be read. Nothing was changed.',
						locked:
							'This Word file has a password, so it cannot be read. Remove the password, or copy its text and paste it here.',
						'too-large':
							'This Word file is too large for Ôn bài to open. Copy the article a part at a time and paste it here.'
					}[p.problem];
			}
		}
	}
);
