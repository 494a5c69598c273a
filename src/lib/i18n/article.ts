import { bilingual } from './index';
import { plural } from './plural';

export const articleStrings = bilingual(
	{
		title: 'Bài báo',
		pageTitle: 'Bài báo – Ôn bài',
		intro: 'Phần được tô màu là tên, con số và ý có câu hỏi. Chạm vào để xem câu hỏi và mức độ bạn đã thuộc.',
		practise: 'Luyện các câu này',
		source: 'Nguồn:',
		factCount: (n: number) => plural('vi', n, { other: '# ý chính' }),
		openFacts: (n: number) => plural('vi', n, { other: 'Xem # ý chính trong đoạn này' }),
		panelTitle: 'Ý chính trong đoạn này',
		close: 'Đóng',
		questions: 'Câu hỏi',
		answer: 'Đáp án',
		noQuestions: 'Chưa có câu hỏi cho ý này.',
		damaged: 'Câu gốc trong bài bị lỗi nên không dùng để hỏi.',
		stateNew: 'Chưa học',
		stateLearning: 'Đang học',
		stateMastered: 'Đã thuộc',
		dueOn: (d: string) => `ôn lại ngày ${d}`,
		dueToday: 'ôn lại hôm nay',
		/** How a due date is written: "2/12". */
		dueDate: { day: 'numeric', month: 'numeric' } as Intl.DateTimeFormatOptions,
		mastery: (a: string, b: string) => `Đã thuộc ${a}/${b} câu hỏi`
	},
	{
		title: 'Article',
		pageTitle: 'Article – Ôn bài',
		intro:
			'Highlighted names, figures and phrases have questions. Tap one to see its questions and how well you know them.',
		practise: 'Practise these questions',
		source: 'Source:',
		factCount: (n: number) => plural('en', n, { one: '# key fact', other: '# key facts' }),
		openFacts: (n: number) =>
			plural('en', n, {
				one: 'Show the key fact in this passage',
				other: 'Show the # key facts in this passage'
			}),
		panelTitle: 'Key facts in this passage',
		close: 'Close',
		questions: 'Questions',
		answer: 'Answer',
		noQuestions: 'No questions for this fact yet.',
		damaged: 'The original sentence is damaged, so it is never asked.',
		stateNew: 'Not studied',
		stateLearning: 'Learning',
		stateMastered: 'Mastered',
		dueOn: (d: string) => `review on ${d}`,
		dueToday: 'review today',
		dueDate: { day: 'numeric', month: 'short' } as Intl.DateTimeFormatOptions,
		mastery: (a: string, b: string) => `${a} of ${b} mastered`
	}
);
