import type { QuestionType, Topic } from '../domain/types';
import { bilingual } from './index';

export const topicNames = bilingual<Record<Topic, string>>(
	{
		session: 'Buổi làm việc',
		people: 'Nhân vật',
		'china-twinning': 'Kết nghĩa với Trung Quốc',
		laos: 'Hợp tác với Lào',
		'ngo-aid': 'Viện trợ phi chính phủ',
		'friendship-associations': 'Hội hữu nghị',
		proposals: 'Đề xuất',
		'vufo-message': 'Thông điệp của VUFO',
		general: 'Chung'
	},
	{
		session: 'The working session',
		people: 'People',
		'china-twinning': 'Twinning with China',
		laos: 'Cooperation with Laos',
		'ngo-aid': 'Foreign NGO aid',
		'friendship-associations': 'Friendship associations',
		proposals: 'Proposals',
		'vufo-message': "VUFO's message",
		general: 'General'
	}
);

export const typeNames = bilingual<Record<QuestionType, string>>(
	{
		flashcard: 'Thẻ ghi nhớ',
		choice: 'Trắc nghiệm',
		multi: 'Chọn nhiều đáp án',
		truefalse: 'Đúng / Sai',
		cloze: 'Điền vào chỗ trống',
		typed: 'Tự gõ đáp án',
		numeric: 'Điền số',
		match: 'Ghép cặp'
	},
	{
		flashcard: 'Flashcards',
		choice: 'Multiple choice',
		multi: 'Select all that apply',
		truefalse: 'True or false',
		cloze: 'Fill in the blank',
		typed: 'Type the answer',
		numeric: 'Numbers',
		match: 'Matching'
	}
);
