/**
 * The learner's reports as a file a deck maintainer reads: each reported question with its text, answer and
 * quote, why it was reported, and the typed answers the learner counted as right (wordings the checker
 * refused). Pure: records and questions in, JSON text out; settings turns it into a download.
 */
import type { FlagReason, QuestionFlag } from './records';
import type { DeckInfo, Question } from './types';

export const FLAG_REPORT_FORMAT = 'on-bai-question-reports';

/** One reported question as the file states it. */
interface ReportedQuestion {
	questionId: string;
	reason: FlagReason;
	comment?: string;
	/** ISO 8601, UTC. */
	reportedAt: string;
	/** Absent when the question has left the deck's bank since. */
	type?: Question['type'];
	prompt?: string;
	answer?: Question['answer'];
	quote?: string;
}

export interface FlagReportFile {
	format: typeof FLAG_REPORT_FORMAT;
	formatVersion: 1;
	deck: DeckInfo;
	exportedAt: string;
	reports: ReportedQuestion[];
	/** Typed answers overruled as right, per question, with the question's own answer beside them. */
	acceptedAnswers: { questionId: string; prompt?: string; answer?: Question['answer']; accepted: string[] }[];
}

/**
 * Builds the maintainer's file, in bank order (questions gone from the bank last, by id), indented so it reads
 * in any text editor.
 *
 * @example buildFlagReport(deck, bank.questions, flags, accepted, new Date())
 */
export function buildFlagReport(
	deck: DeckInfo,
	questions: readonly Question[],
	flags: readonly QuestionFlag[],
	/** The deck's remembered answers by question id (as study state holds them). */
	accepted: ReadonlyMap<string, readonly string[]>,
	now: Date
): string {
	const byId = new Map(questions.map((q, i) => [q.id, { q, i }]));
	const order = (id: string) => byId.get(id)?.i ?? Number.MAX_SAFE_INTEGER;
	const inOrder = <T extends { questionId: string }>(list: readonly T[]) =>
		[...list].sort(
			(a, b) => order(a.questionId) - order(b.questionId) || (a.questionId < b.questionId ? -1 : 1)
		);
	const about = (id: string) => {
		const q = byId.get(id)?.q;
		return q ? { prompt: q.prompt, answer: q.answer } : {};
	};
	const file: FlagReportFile = {
		format: FLAG_REPORT_FORMAT,
		formatVersion: 1,
		deck: { id: deck.id, title: deck.title, source: deck.source },
		exportedAt: now.toISOString(),
		reports: inOrder(flags.filter((f) => f.deckId === deck.id)).map((f) => {
			const q = byId.get(f.questionId)?.q;
			return {
				questionId: f.questionId,
				reason: f.reason,
				...(f.comment ? { comment: f.comment } : {}),
				reportedAt: new Date(f.at).toISOString(),
				...(q ? { type: q.type, prompt: q.prompt, answer: q.answer, quote: q.source.quote } : {})
			};
		}),
		acceptedAnswers: inOrder([...accepted].map(([questionId, list]) => ({ questionId, list }))).map(
			({ questionId, list }) => ({ questionId, ...about(questionId), accepted: [...list] })
		)
	};
	return JSON.stringify(file, null, 2) + '\n';
}
