// English twins of common.ts, loaded only when the learner switches to English (see lazy.svelte.ts).
import type { QuestionType, Topic } from '../domain/types';

export const topicNamesEn: Record<Topic, string> = {
	session: 'The working session',
	people: 'People',
	'china-twinning': 'Twinning with China',
	laos: 'Cooperation with Laos',
	'ngo-aid': 'Foreign NGO aid',
	'friendship-associations': 'Friendship associations',
	proposals: 'Proposals',
	'vufo-message': "VUFO's message",
	general: 'General'
};

export const typeNamesEn: Record<QuestionType, string> = {
	flashcard: 'Flashcards',
	choice: 'Multiple choice',
	multi: 'Select all that apply',
	truefalse: 'True or false',
	cloze: 'Fill in the blank',
	typed: 'Type the answer',
	numeric: 'Numbers',
	match: 'Matching'
};
