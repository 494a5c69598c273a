import type { Bank, Question, QuestionType, Topic } from '../domain/types';

/** A question as far as counting cards goes: its id and type, without its text. */
export type QuestionStub = Pick<Question, 'id' | 'type'>;

/**
 * A deck as the home screen shows it: titles, counts, and the ids of its questions. Home counts due and new
 * cards and mastery from the cards in IndexedDB and these ids, so it never needs the bank itself.
 */
export interface BankSummary {
	id: string;
	title: string;
	source: string;
	total: number;
	byType: Partial<Record<QuestionType, number>>;
	byTopic: Partial<Record<Topic, number>>;
	/**
	 * Question ids by fact, in bank order: `{ "session-date": ["flashcard:forward", "choice"] }` stands for
	 * "session-date:flashcard:forward" and "session-date:choice". Ids are `factId:type[:variant]` (the bank
	 * contract), so grouping them by fact keeps the index small enough for the prerendered page.
	 */
	ids: Record<string, string[]>;
}

export class SummaryError extends Error {
	override name = 'SummaryError';
}

/** Counts a bank's questions by type and by topic, and indexes their ids. */
export function summarizeBank(bank: Bank): BankSummary {
	const byType: Partial<Record<QuestionType, number>> = {};
	const byTopic: Partial<Record<Topic, number>> = {};
	const ids: Record<string, string[]> = {};
	for (const q of bank.questions) {
		byType[q.type] = (byType[q.type] ?? 0) + 1;
		byTopic[q.topic] = (byTopic[q.topic] ?? 0) + 1;
		const at = q.id.indexOf(':');
		const rest = q.id.slice(at + 1);
		if (at <= 0 || rest.split(':')[0] !== q.type) {
			throw new SummaryError(`Question id "${q.id}" is not "factId:${q.type}[:variant]"`);
		}
		(ids[q.id.slice(0, at)] ??= []).push(rest);
	}
	return { ...bank.deck, total: bank.questions.length, byType, byTopic, ids };
}

/** The summary's questions as stubs, in bank order within each fact. */
export function questionStubs(summary: Pick<BankSummary, 'ids'>): QuestionStub[] {
	const out: QuestionStub[] = [];
	for (const [fact, rests] of Object.entries(summary.ids)) {
		for (const rest of rests) out.push({ id: `${fact}:${rest}`, type: rest.split(':')[0] as QuestionType });
	}
	return out;
}
