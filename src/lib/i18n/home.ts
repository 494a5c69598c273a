import { lazyBilingual } from './lazy.svelte';

const homeStringsVi = {
	pageTitle: 'Ôn bài – Trang chủ',
	builtInDeck: 'Bộ câu hỏi có sẵn',
	ownDeck: 'Bộ thẻ bạn thêm',
	decks: 'Bộ thẻ',
	studyDeck: 'Học bộ này',
	deckCounts: (due: string, fresh: string) => `${due} thẻ đến hạn · ${fresh} thẻ mới`,
	addDeck: 'Thêm bài báo của bạn',
	source: 'Nguồn:',
	questions: (n: string) => `${n} câu hỏi`,
	deckDetails: 'Xem chi tiết bộ câu hỏi',
	byType: 'Theo dạng câu hỏi',
	byTopic: 'Theo chủ đề',
	today: 'Hôm nay',
	due: 'Đến hạn',
	newLeft: 'Thẻ mới còn lại',
	learned: 'Đã học',
	mastery: 'Đã thuộc',
	progressMeaning:
		'Đã học: câu hỏi bạn đã trả lời ít nhất một lần. Đã thuộc: câu hỏi bạn nhớ vững, khoảng ba tuần nữa mới cần ôn.',
	streak: 'Chuỗi ngày học',
	streakDays: (n: string) => `${n} ngày`,
	continue: 'Học tiếp',
	continueDue: (n: string) => `${n} thẻ đến hạn`,
	continueNew: (n: string) => `${n} thẻ mới hôm nay`,
	continueQuiz: 'Bài kiểm tra đang làm dở',
	continueLearn: 'Luyện thêm với chế độ Học',
	resumeQuiz: 'Làm tiếp bài kiểm tra',
	modes: 'Chế độ học',
	modeFlashcards: 'Thẻ ghi nhớ',
	modeQuiz: 'Kiểm tra',
	modeLearn: 'Học',
	modeMatch: 'Ghép cặp',
	modeArticle: 'Bài báo',
	modeStats: 'Thống kê',
	emptyBank: 'Bộ câu hỏi đang được soạn. Hãy quay lại sau nhé.'
};

export type HomeStrings = typeof homeStringsVi;

export const homeStrings = lazyBilingual(homeStringsVi, () =>
	import('./home.en').then((m) => m.homeStringsEn)
);
