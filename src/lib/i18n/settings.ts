import { bilingual } from './index';

export const settingsStrings = bilingual(
	{
		title: 'Cài đặt',
		pageTitle: 'Cài đặt – Ôn bài',
		language: 'Ngôn ngữ',
		theme: 'Giao diện',
		themeSystem: 'Theo hệ thống',
		themeLight: 'Sáng',
		themeDark: 'Tối',
		study: 'Học tập',
		dailyGoal: 'Số thẻ mới mỗi ngày',
		dailyGoalHelp: (min: number, max: number) =>
			`Số thẻ mới được đưa vào ôn mỗi ngày, từ ${min} đến ${max}. Bài kiểm tra không tính vào số này.`,
		effects: 'Rung và hiệu ứng',
		vibrate: 'Rung nhẹ khi trả lời sai',
		celebrate: 'Chúc mừng khi đúng hết bài kiểm tra hoặc lập kỷ lục ghép cặp',
		effectsHelp: 'Khi máy đặt chế độ giảm chuyển động, cả hai đều tắt.',
		dayStart: 'Ngày học mới bắt đầu lúc',
		dayStartHelp: 'Lần ôn sau nửa đêm mà trước giờ này vẫn tính cho ngày hôm trước.',
		retention: 'Mức ghi nhớ mong muốn',
		retentionHelp:
			'Khả năng bạn còn nhớ một thẻ khi đến hạn ôn lại. Chọn cao hơn thì thẻ quay lại sớm hơn và bạn ôn nhiều hơn; chọn thấp hơn thì ôn ít hơn nhưng dễ quên hơn. Nên để 90%.',
		saving: 'Đang lưu…',
		saved: 'Đã lưu.',
		savedShort: 'Đã lưu',
		notSaved: 'Chưa lưu được thay đổi. Vui lòng thử lại.',
		invalidGoal: (min: number, max: number) => `Hãy nhập một số nguyên từ ${min} đến ${max}.`,
		data: 'Dữ liệu',
		app: 'Ứng dụng',
		loading: 'Đang tải…'
	},
	{
		title: 'Settings',
		pageTitle: 'Settings – Ôn bài',
		language: 'Language',
		theme: 'Theme',
		themeSystem: 'Match the system',
		themeLight: 'Light',
		themeDark: 'Dark',
		study: 'Studying',
		dailyGoal: 'New cards per day',
		dailyGoalHelp: (min: number, max: number) =>
			`How many new cards join your reviews each day, from ${min} to ${max}. Quizzes do not count towards it.`,
		effects: 'Vibration and effects',
		vibrate: 'Vibrate briefly on a wrong answer',
		celebrate: 'Celebrate a perfect quiz or a new best match time',
		effectsHelp: 'Both stay off while your device asks for reduced motion.',
		dayStart: 'A new study day starts at',
		dayStartHelp: 'Reviews after midnight but before this time still count for the day before.',
		retention: 'Desired retention',
		retentionHelp:
			'How likely you are to still remember a card when it’s due. Higher means cards come back sooner and you review more; lower means fewer reviews but more forgetting. 90% is a good choice.',
		saving: 'Saving…',
		saved: 'Saved.',
		savedShort: 'Saved',
		notSaved: 'The change could not be saved. Please try again.',
		invalidGoal: (min: number, max: number) => `Please enter a whole number from ${min} to ${max}.`,
		data: 'Your data',
		app: 'App',
		loading: 'Loading…'
	}
);
