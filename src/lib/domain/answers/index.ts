/** The answer checker: folding, numbers, typed/numeric checks and grading of every question type. */
export * from './fold';
export * from './numbers';
export * from './check';
export { gradeAnswer, gradeToRating, isCorrect, AnswerShapeError, QuestionShapeError } from './grade';
