import { bilingual } from './index';
import { plural } from './plural';

export const learnStrings = bilingual(
	{
		title: 'Học',
		intro:
			'Mỗi lượt học vài ý trong bài. Ý mới được hỏi dạng trắc nghiệm, sau đó bạn tự gõ đáp án. Đúng một lần là quen, đúng hai lần là thuộc.',
		loading: 'Đang tải…',
		empty: 'Bộ câu hỏi chưa có câu hỏi nào dùng được cho chế độ Học.',
		progress: (done: string, total: string) => `Đã thuộc ${done}/${total} ý`,
		fresh: 'Chưa học',
		familiar: 'Đã quen',
		mastered: 'Đã thuộc',
		recognition: 'Chọn đáp án',
		recall: 'Tự nhớ lại',
		next: 'Tiếp tục',
		doneTitle: 'Xong một lượt!',
		doneBody: (facts: number, asked: number) =>
			`Bạn đã thuộc ${plural('vi', facts, { other: '# ý' })} sau ${plural('vi', asked, { other: '# câu hỏi' })}.`,
		firstTry: (n: number) => plural('vi', n, { other: '# ý đúng ngay lần đầu.' }),
		toReview: 'Nên ôn lại',
		again: 'Học tiếp',
		saveError: 'Chưa lưu được câu trả lời.'
	},
	{
		title: 'Learn',
		intro:
			'Each round takes a few facts from the article. New ones come as multiple choice, then you type the answer. One right answer and a fact is familiar, two and it is mastered.',
		loading: 'Loading…',
		empty: 'The deck has no question that learn mode can use yet.',
		progress: (done: string, total: string) => `${done} of ${total} facts mastered`,
		fresh: 'Not yet',
		familiar: 'Familiar',
		mastered: 'Mastered',
		recognition: 'Pick the answer',
		recall: 'Recall it',
		next: 'Continue',
		doneTitle: 'Round complete!',
		doneBody: (facts: number, asked: number) =>
			`You learnt ${plural('en', facts, { one: '# fact', other: '# facts' })} in ${plural('en', asked, { one: '# question', other: '# questions' })}.`,
		firstTry: (n: number) =>
			plural('en', n, { one: '# fact right on the first try.', other: '# facts right on the first try.' }),
		toReview: 'Worth another look',
		again: 'Keep learning',
		saveError: 'Your answer could not be saved.'
	}
);

export type LearnStrings = (typeof learnStrings)['vi'];
