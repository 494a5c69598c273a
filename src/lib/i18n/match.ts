import { bilingual } from './index';
import { plural } from './plural';

export const matchStrings = bilingual(
	{
		title: 'Ghép cặp',
		intro:
			'Ghép từng mục bên trái với mục tương ứng bên phải, càng nhanh càng tốt. Mỗi lần ghép sai bị cộng 1 giây.',
		loading: 'Đang tải…',
		empty: 'Bộ câu hỏi chưa có câu ghép cặp nào.',
		kind: 'Chọn trò chơi',
		kinds: { people: 'Người và chức vụ', figures: 'Con số và ý nghĩa' },
		start: 'Bắt đầu',
		best: 'Kỷ lục',
		noBest: 'chưa có',
		time: 'Thời gian',
		misses: 'Ghép sai',
		penalty: (seconds: string) => `+${seconds}`,
		hint: 'Chạm một mục bên trái, rồi chạm mục tương ứng bên phải.',
		left: 'Cột trái',
		right: 'Cột phải',
		joined: 'Đã ghép',
		/** {0} and {1}: the two items (see Phrase.svelte). */
		wrongPair: '{0} không đi với {1}',
		rightPair: 'Đúng: {0} – {1}',
		doneTitle: 'Hoàn thành!',
		yourTime: 'Thời gian của bạn',
		newBest: 'Kỷ lục mới!',
		missCount: (n: number) => plural('vi', n, { other: '# lần ghép sai' }),
		again: 'Chơi lại',
		saveError: 'Chưa lưu được kết quả ván này. Hãy kiểm tra dung lượng trống của máy.',
		seconds: (n: string) => `${n} giây`
	},
	{
		title: 'Match',
		intro:
			'Pair each item on the left with its partner on the right, as fast as you can. Each wrong pair adds 1 second.',
		loading: 'Loading…',
		empty: 'The deck has no matching questions yet.',
		kind: 'Choose a game',
		kinds: { people: 'People and their posts', figures: 'Numbers and what they count' },
		start: 'Start',
		best: 'Best time',
		noBest: 'none yet',
		time: 'Time',
		misses: 'Wrong pairs',
		penalty: (seconds: string) => `+${seconds}`,
		hint: 'Tap an item on the left, then its partner on the right.',
		left: 'Left column',
		right: 'Right column',
		joined: 'Joined',
		wrongPair: '{0} does not go with {1}',
		rightPair: 'Right: {0} – {1}',
		doneTitle: 'Done!',
		yourTime: 'Your time',
		newBest: 'New best time!',
		missCount: (n: number) => plural('en', n, { one: '# wrong pair', other: '# wrong pairs' }),
		again: 'Play again',
		saveError: 'This game’s result could not be saved. Check that your phone has free space.',
		seconds: (n: string) => `${n} s`
	}
);

export type MatchStrings = (typeof matchStrings)['vi'];
