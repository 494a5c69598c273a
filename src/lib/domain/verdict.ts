/**
 * What one answer means for the learner's memory: the checker's grade, whether it counts as right, and the
 * FSRS rating it is recorded with. Every mode that grades automatically (quiz, learn, match) goes through
 * `judge`, so a grade can never be rated one way in one mode and another way elsewhere.
 */
import { answerKey } from './answers/check';
import { gradeAnswer, gradeToRating, isCorrectGrade } from './answers/grade';
import type { Grade, Rating } from './records';
import type { Question } from './types';

/**
 * Question types whose automatic grade a learner may overrule ("Tính là đúng"): free text, where a checker
 * can be too strict. Only these take remembered answers: a picked option is right or wrong, never a wording.
 */
export const OVERRULABLE_TYPES: ReadonlySet<Question['type']> = new Set(['cloze', 'typed', 'numeric']);

export interface Verdict {
	grade: Grade;
	correct: boolean;
	rating: Rating;
}

/**
 * Grades `given` against the question and rates it. `accepted`: typed answers the learner overruled as right
 * for this question before (domain/flags.ts); the same text, once folded as the checker folds it, is right.
 *
 * @example judge(typedQuestion, 'Hua Phan') // { grade: 'correct-no-diacritics', correct: true, rating: 3 }
 */
export function judge(question: Question, given: unknown, accepted: readonly string[] = []): Verdict {
	let { grade } = gradeAnswer(question, given);
	const typed = OVERRULABLE_TYPES.has(question.type) && typeof given === 'string';
	if (grade !== 'correct' && typed && isAccepted(given, accepted)) grade = 'correct';
	return { grade, correct: isCorrectGrade(grade), rating: gradeToRating(grade) };
}

function isAccepted(given: string, accepted: readonly string[]): boolean {
	if (accepted.length === 0) return false;
	const key = answerKey(given);
	return key !== '' && accepted.some((a) => answerKey(a) === key);
}

/** A flashcard is rated by the learner, not graded: Again means not remembered, any other rating remembered. */
export function flashcardVerdict(rating: Rating): Pick<Verdict, 'correct' | 'rating'> {
	return { correct: rating > 1, rating };
}
