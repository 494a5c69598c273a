import { bilingual, formatNumber, formatterCache, type Lang } from './index';
import { plural } from './plural';

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
		newLeftHint: (total: number) => plural('vi', total, { other: 'còn # thẻ chưa học' }),
		noAnswerYet: 'chưa có',
		streak: 'Chuỗi ngày học',
		streakDays: (n: number) => plural('vi', n, { other: '# ngày' }),
		streakLongest: (n: number) => plural('vi', n, { other: 'Dài nhất: # ngày' }),
		streakKeep: 'Học một chút hôm nay để giữ chuỗi.',
		emptyTitle: 'Chưa có số liệu',
		emptyText: 'Bạn chưa trả lời câu hỏi nào. Hãy bắt đầu với vài thẻ ghi nhớ: biểu đồ sẽ hiện ở đây.',
		emptyAction: 'Bắt đầu ôn',
		questionsInDeck: (n: number) => plural('vi', n, { other: 'Bộ câu hỏi có # câu hỏi.' }),
		showTable: 'Xem bảng số liệu',
		// Heatmap
		heatmapTitle: 'Lịch học',
		heatmapSummary: (answers: number, days: number, weeks: number) =>
			`${plural('vi', weeks, { other: '# tuần qua' })}: ${plural('vi', answers, { other: '# câu trả lời' })}, ${plural('vi', days, { other: '# ngày có học' })}`,
		heatmapLegendLess: 'Ít',
		heatmapLegendMore: 'Nhiều',
		/** Monday, Wednesday, Friday: the rows the heatmap labels. */
		weekdayLabels: ['T2', 'T4', 'T6'],
		colDate: 'Ngày',
		colAnswers: 'Số câu trả lời',
		// Accuracy
		accuracyTitle: 'Tỉ lệ đúng theo ngày',
		accuracySummary: (days: number, overall: string) =>
			plural('vi', days, { other: `# ngày qua: đúng ${overall}` }),
		accuracyNone: 'Chưa có câu trả lời nào trong 30 ngày qua.',
		colCorrect: 'Đúng',
		colAccuracy: 'Tỉ lệ đúng',
		// Mastery
		masteryTitle: 'Mức thuộc theo chủ đề',
		masterySummary: (mastered: string, total: number) =>
			plural('vi', total, { other: `Đã thuộc ${mastered} trên # câu hỏi` }),
		mastered: 'Đã thuộc',
		learning: 'Đang học',
		unseen: 'Chưa học',
		colTopic: 'Chủ đề',
		colTotal: 'Tổng',
		masteryNote: 'Đã thuộc: FSRS dự đoán bạn còn nhớ câu hỏi này ít nhất ba tuần nữa.',
		// Forecast
		forecastTitle: 'Dự báo 14 ngày tới',
		forecastSummary: (n: number, days: number) =>
			`${plural('vi', n, { other: '# lượt ôn' })} đến hạn trong ${plural('vi', days, { other: '# ngày tới' })}`,
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
		newLeftHint: (total: number) =>
			plural('en', total, { one: '# card not started yet', other: '# cards not started yet' }),
		noAnswerYet: 'none yet',
		streak: 'Study streak',
		streakDays: (n: number) => plural('en', n, { one: '# day', other: '# days' }),
		streakLongest: (n: number) => plural('en', n, { one: 'Longest: # day', other: 'Longest: # days' }),
		streakKeep: 'Study a little today to keep your streak.',
		emptyTitle: 'No figures yet',
		emptyText:
			'You have not answered anything yet. Start with a few flashcards and your charts will appear here.',
		emptyAction: 'Start studying',
		questionsInDeck: (n: number) =>
			plural('en', n, { one: 'The deck has # question.', other: 'The deck has # questions.' }),
		showTable: 'Show the figures as a table',
		heatmapTitle: 'Study calendar',
		heatmapSummary: (answers: number, days: number, weeks: number) =>
			`${plural('en', weeks, { one: 'Last week', other: 'Last # weeks' })}: ${plural('en', answers, { one: '# answer', other: '# answers' })} on ${plural('en', days, { one: '# study day', other: '# study days' })}`,
		heatmapLegendLess: 'Less',
		heatmapLegendMore: 'More',
		weekdayLabels: ['Mon', 'Wed', 'Fri'],
		colDate: 'Date',
		colAnswers: 'Answers',
		accuracyTitle: 'Daily accuracy',
		accuracySummary: (days: number, overall: string) =>
			plural('en', days, { one: `Today: ${overall} correct`, other: `Last # days: ${overall} correct` }),
		accuracyNone: 'No answers in the last 30 days.',
		colCorrect: 'Correct',
		colAccuracy: 'Accuracy',
		masteryTitle: 'Mastery by topic',
		masterySummary: (mastered: string, total: number) =>
			plural('en', total, {
				one: `${mastered} of # question mastered`,
				other: `${mastered} of # questions mastered`
			}),
		mastered: 'Mastered',
		learning: 'Learning',
		unseen: 'Not started',
		colTopic: 'Topic',
		colTotal: 'Total',
		masteryNote: 'Mastered: FSRS expects you to remember it for at least three weeks.',
		forecastTitle: 'Next 14 days',
		forecastSummary: (n: number, days: number) =>
			`${plural('en', n, { one: '# review', other: '# reviews' })} due over the next ${plural('en', days, { one: 'day', other: '# days' })}`,
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
