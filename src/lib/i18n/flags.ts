/** Strings of "Báo câu hỏi sai": the report dialog and the list of reported questions in settings. */
import type { FlagReason } from '../domain/records';
import { bilingual } from './index';
import { plural } from './plural';

export const flagStrings = bilingual(
	{
		report: 'Báo câu hỏi sai',
		dialogTitle: 'Báo câu hỏi sai',
		dialogIntro:
			'Câu hỏi này sẽ không xuất hiện khi bạn ôn nữa. Bạn có thể khôi phục lại trong phần Cài đặt.',
		reasonLegend: 'Câu hỏi có vấn đề gì?',
		reasons: {
			'wrong-answer': 'Đáp án sai',
			ambiguous: 'Câu hỏi không rõ nghĩa',
			typo: 'Có lỗi chính tả',
			other: 'Lý do khác'
		} satisfies Record<FlagReason, string>,
		comment: 'Ghi chú thêm (không bắt buộc)',
		commentHelp: (left: string) => `Còn ${left} ký tự.`,
		chooseReason: 'Hãy chọn một lý do.',
		submit: 'Báo lỗi',
		cancel: 'Hủy',
		reported: 'Đã ghi nhận. Câu hỏi này sẽ không xuất hiện trong các lần ôn sau.',
		failed: 'Chưa lưu được báo cáo. Vui lòng thử lại.',

		panelTitle: 'Câu hỏi đã báo sai',
		panelHelp:
			'Những câu hỏi này không xuất hiện khi bạn ôn. Khôi phục một câu để ôn lại câu đó. Tệp danh sách giúp người soạn bộ câu hỏi sửa lỗi.',
		none: 'Bạn chưa báo câu hỏi nào trong bộ này.',
		count: (n: number) => plural('vi', n, { other: 'Đã báo # câu hỏi.' }),
		reason: 'Lý do',
		note: 'Ghi chú',
		answer: 'Đáp án',
		quote: 'Trích từ bài viết',
		reportedOn: (date: string) => `Báo ngày ${date}`,
		gone: 'Câu hỏi này không còn trong bộ câu hỏi.',
		restore: 'Khôi phục',
		restoreLabel: (prompt: string) => `Khôi phục câu hỏi: ${prompt}`,
		restored: 'Đã khôi phục câu hỏi.',
		restoreFailed: 'Chưa khôi phục được câu hỏi. Vui lòng thử lại.',
		exportList: 'Tải danh sách đã báo',
		exported: 'Đã tạo tệp danh sách.',
		loading: 'Đang tải…',

		acceptedTitle: 'Đáp án bạn đã tính là đúng',
		acceptedHelp:
			'Khi bạn chọn “Tính là đúng”, lần sau gõ y như vậy sẽ được chấm đúng. Xóa một đáp án để được chấm như thường.',
		acceptedGiven: 'Bạn đã gõ',
		forget: 'Xóa',
		forgetLabel: (answer: string, prompt: string) => `Xóa đáp án «${answer}» của câu hỏi: ${prompt}`,
		forgotten: (answer: string) => `Đã xóa đáp án «${answer}».`,
		forgetFailed: 'Chưa xóa được đáp án. Vui lòng thử lại.'
	},
	{
		report: 'Report this question',
		dialogTitle: 'Report this question',
		dialogIntro: 'This question will no longer come up when you study. You can restore it in Settings.',
		reasonLegend: 'What is wrong with it?',
		reasons: {
			'wrong-answer': 'The answer is wrong',
			ambiguous: 'The question is unclear',
			typo: 'There is a typo',
			other: 'Something else'
		},
		comment: 'Comment (optional)',
		commentHelp: (left: string) => `${left} characters left.`,
		chooseReason: 'Please choose a reason.',
		submit: 'Report',
		cancel: 'Cancel',
		reported: 'Reported. This question will not come up in your next sessions.',
		failed: 'The report could not be saved. Please try again.',

		panelTitle: 'Reported questions',
		panelHelp:
			'These questions do not come up when you study. Restore one to study it again. The list file helps the deck’s author fix them.',
		none: 'You have not reported any question in this deck.',
		count: (n: number) => plural('en', n, { one: '# question reported.', other: '# questions reported.' }),
		reason: 'Reason',
		note: 'Comment',
		answer: 'Answer',
		quote: 'From the article',
		reportedOn: (date: string) => `Reported on ${date}`,
		gone: 'This question is no longer in the deck.',
		restore: 'Restore',
		restoreLabel: (prompt: string) => `Restore the question: ${prompt}`,
		restored: 'Question restored.',
		restoreFailed: 'The question could not be restored. Please try again.',
		exportList: 'Download the list',
		exported: 'The list file is ready.',
		loading: 'Loading…',

		acceptedTitle: 'Answers you counted as right',
		acceptedHelp:
			'After “Count it as right”, typing exactly the same again is marked right. Remove one to have it marked as usual.',
		acceptedGiven: 'You typed',
		forget: 'Remove',
		forgetLabel: (answer: string, prompt: string) => `Remove the answer “${answer}” to: ${prompt}`,
		forgotten: (answer: string) => `Removed “${answer}”.`,
		forgetFailed: 'The answer could not be removed. Please try again.'
	}
);

export type FlagStrings = (typeof flagStrings)['vi'];
