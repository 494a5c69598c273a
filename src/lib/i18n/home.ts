import { bilingual } from './index';

export const homeStrings = bilingual(
	{
		appName: 'Ôn bài',
		tagline: 'Học thuộc bài báo, cả khi không có mạng.',
		builtInDeck: 'Bộ câu hỏi có sẵn',
		questions: (n: string) => `${n} câu hỏi`,
		byType: 'Theo dạng câu hỏi',
		byTopic: 'Theo chủ đề'
	},
	{
		appName: 'Ôn bài',
		tagline: 'Learn an article by heart, even offline.',
		builtInDeck: 'Built-in deck',
		questions: (n: string) => `${n} questions`,
		byType: 'By question type',
		byTopic: 'By topic'
	}
);
