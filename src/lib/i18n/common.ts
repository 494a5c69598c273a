import type { QuestionType, Topic } from '../domain/types';
import { lazyBilingual } from './lazy.svelte';

const topicNamesVi: Record<Topic, string> = {
	session: 'Buổi làm việc',
	people: 'Nhân vật',
	'china-twinning': 'Kết nghĩa với Trung Quốc',
	laos: 'Hợp tác với Lào',
	'ngo-aid': 'Viện trợ phi chính phủ',
	'friendship-associations': 'Hội hữu nghị',
	proposals: 'Đề xuất',
	'vufo-message': 'Thông điệp của VUFO',
	general: 'Chung'
};

const typeNamesVi: Record<QuestionType, string> = {
	flashcard: 'Thẻ ghi nhớ',
	choice: 'Trắc nghiệm',
	multi: 'Chọn nhiều đáp án',
	truefalse: 'Đúng / Sai',
	cloze: 'Điền vào chỗ trống',
	typed: 'Tự gõ đáp án',
	numeric: 'Điền số',
	match: 'Ghép cặp'
};

export const topicNames = lazyBilingual(topicNamesVi, () =>
	import('./common.en').then((m) => m.topicNamesEn)
);
export const typeNames = lazyBilingual(typeNamesVi, () => import('./common.en').then((m) => m.typeNamesEn));
