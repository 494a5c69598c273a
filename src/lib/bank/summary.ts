import type { Bank, QuestionType, Topic } from '../domain/types';

export interface BankSummary {
	id: string;
	title: string;
	source: string;
	total: number;
	byType: Partial<Record<QuestionType, number>>;
	byTopic: Partial<Record<Topic, number>>;
}

/** Counts a bank's questions by type and by topic, for the deck card on the home screen. */
export function summarizeBank(bank: Bank): BankSummary {
	const byType: Partial<Record<QuestionType, number>> = {};
	const byTopic: Partial<Record<Topic, number>> = {};
	for (const q of bank.questions) {
		byType[q.type] = (byType[q.type] ?? 0) + 1;
		byTopic[q.topic] = (byTopic[q.topic] ?? 0) + 1;
	}
	return { ...bank.deck, total: bank.questions.length, byType, byTopic };
}
