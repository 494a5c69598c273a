import { bilingual, formatNumber, formatterCache, type Lang } from './index';

/** Strings of the statistics screen. Numbers and dates are formatted by the caller with Intl. */
export const statsStrings = bilingual(
	{
		title: 'Thống kê',
		loading: 'Đang tải số liệu…',
		loadError: 'Không tải được số liệu.',
		today: 'Hôm nay',
		reviewed: 'Đã ôn',
		accuracy: 'Tỉ lệ đúng',
		dueNow: 'Đến hạn',
		newLeft: 'Thẻ mới',
		newLeftHint: (total: string) => `còn ${total} thẻ chưa học`,
		noAnswerYet: 'chưa có',
		streak: 'Chuỗi ngày học',
		streakDays: (n: string) => `${n} ngày`,
		streakLongest: (n: string) => `Dài nhất: ${n} ngày`,
		streakKeep: 'Ôn một câu hôm nay để giữ chuỗi.',
		emptyTitle: 'Chưa có số liệu',
		emptyText: 'Bạn chưa ôn câu nào. Hãy bắt đầu với vài thẻ ghi nhớ: biểu đồ sẽ hiện ở đây.',
		emptyAction: 'Bắt đầu ôn',
		questionsInDeck: (n: string) => `Bộ câu hỏi có ${n} câu.`,
		showTable: 'Xem bảng số liệu',
		// Heatmap
		heatmapTitle: 'Lịch học',
		heatmapSummary: (answers: string, days: string, weeks: string) =>
			`${weeks} tuần qua: ${answers} câu trả lời, ${days} ngày có học`,
		heatmapLegendLess: 'Ít',
		heatmapLegendMore: 'Nhiều',
		/** Monday, Wednesday, Friday: the rows the heatmap labels. */
		weekdayLabels: ['T2', 'T4', 'T6'],
		colDate: 'Ngày',
		colAnswers: 'Số câu',
		// Accuracy
		accuracyTitle: 'Tỉ lệ đúng theo ngày',
		accuracySummary: (days: string, overall: string) => `${days} ngày qua: đúng ${overall}`,
		accuracyNone: 'Chưa có câu trả lời nào trong 30 ngày qua.',
		colCorrect: 'Đúng',
		colAccuracy: 'Tỉ lệ đúng',
		// Mastery
		masteryTitle: 'Mức thuộc theo chủ đề',
		masterySummary: (mastered: string, total: string) => `Đã thuộc ${mastered} trên ${total} câu`,
		mastered: 'Đã thuộc',
		learning: 'Đang học',
		unseen: 'Chưa học',
		colTopic: 'Chủ đề',
		colTotal: 'Tổng',
		masteryNote: 'Đã thuộc: FSRS dự đoán bạn nhớ câu này ít nhất ba tuần.',
		// Forecast
		forecastTitle: 'Dự báo 14 ngày tới',
		forecastSummary: (n: string, days: string) => `${n} lượt ôn đến hạn trong ${days} ngày tới`,
		forecastToday: 'Hôm nay',
		colDue: 'Đến hạn'
	},
	{
		title: 'Statistics',
		loading: 'Loading your figures…',
		loadError: 'Could not load your figures.',
		today: 'Today',
		reviewed: 'Reviewed',
		accuracy: 'Correct',
		dueNow: 'Due now',
		newLeft: 'New',
		newLeftHint: (total: string) => `${total} cards not started yet`,
		noAnswerYet: 'none yet',
		streak: 'Study streak',
		streakDays: (n: string) => (n === '1' ? '1 day' : `${n} days`),
		streakLongest: (n: string) => (n === '1' ? 'Longest: 1 day' : `Longest: ${n} days`),
		streakKeep: 'Review one card today to keep your streak.',
		emptyTitle: 'No figures yet',
		emptyText:
			'You have not answered anything yet. Start with a few flashcards and your charts will appear here.',
		emptyAction: 'Start studying',
		questionsInDeck: (n: string) => `The deck has ${n} questions.`,
		showTable: 'Show the figures as a table',
		heatmapTitle: 'Study calendar',
		heatmapSummary: (answers: string, days: string, weeks: string) =>
			`Last ${weeks} weeks: ${answers} answers on ${days} study days`,
		heatmapLegendLess: 'Less',
		heatmapLegendMore: 'More',
		weekdayLabels: ['Mon', 'Wed', 'Fri'],
		colDate: 'Date',
		colAnswers: 'Answers',
		accuracyTitle: 'Daily accuracy',
		accuracySummary: (days: string, overall: string) => `Last ${days} days: ${overall} correct`,
		accuracyNone: 'No answers in the last 30 days.',
		colCorrect: 'Correct',
		colAccuracy: 'Accuracy',
		masteryTitle: 'Mastery by topic',
		masterySummary: (mastered: string, total: string) => `${mastered} of ${total} questions mastered`,
		mastered: 'Mastered',
		learning: 'Learning',
		unseen: 'Not started',
		colTopic: 'Topic',
		colTotal: 'Total',
		masteryNote: 'Mastered: FSRS expects you to remember it for at least three weeks.',
		forecastTitle: 'Next 14 days',
		forecastSummary: (n: string, days: string) => `${n} reviews due over the next ${days} days`,
		forecastToday: 'Today',
		colDue: 'Due'
	}
);

/**
 * Formats a calendar date given as ISO "YYYY-MM-DD". The date is read and printed in UTC so that the day
 * the stats module computed (already in the learner's zone) is printed as it is, never shifted.
 */
export function formatDay(lang: Lang, iso: string, options: Intl.DateTimeFormatOptions): string {
	return dayFormat(lang, options).format(new Date(`${iso}T00:00:00Z`));
}

const dayFormat = formatterCache(
	(tag, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(tag, { ...options, timeZone: 'UTC' })
);

/** A share 0..1 as a whole percentage ("75 %" in Vietnamese, "75%" in English, as Intl writes them). */
export function formatShare(lang: Lang, share: number): string {
	return formatNumber(lang, share, { style: 'percent', maximumFractionDigits: 0 });
}
