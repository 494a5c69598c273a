// English twins of home.ts, loaded only when the learner switches to English (see lazy.svelte.ts).
import type { HomeStrings } from './home';

export const homeStringsEn: HomeStrings = {
	pageTitle: 'Ôn bài – Home',
	builtInDeck: 'Built-in deck',
	ownDeck: 'Your own deck',
	decks: 'Decks',
	studyDeck: 'Study this one',
	addDeck: 'Add an article of your own',
	source: 'Source:',
	questions: (n: string) => `${n} questions`,
	deckDetails: 'What is in this deck',
	byType: 'By question type',
	byTopic: 'By topic',
	today: 'Today',
	due: 'Due',
	newLeft: 'New cards left',
	learned: 'Learned',
	mastery: 'Mastered',
	progressMeaning:
		'Learned: questions you have answered at least once. Mastered: ones you know well enough to wait about three weeks before the next review.',
	streak: 'Study streak',
	streakDays: (n: string) => `${n} ${n === '1' ? 'day' : 'days'}`,
	continue: 'Continue',
	continueDue: (n: string) => `${n} ${n === '1' ? 'card' : 'cards'} due`,
	continueNew: (n: string) => `${n} new ${n === '1' ? 'card' : 'cards'} today`,
	continueQuiz: 'A quiz is waiting to be finished',
	continueLearn: 'Keep practising in Learn mode',
	resumeQuiz: 'Resume the quiz',
	modes: 'Study modes',
	modeFlashcards: 'Flashcards',
	modeQuiz: 'Quiz',
	modeLearn: 'Learn',
	modeMatch: 'Match',
	modeArticle: 'Article',
	modeStats: 'Stats',
	emptyBank: 'The question deck is still being written. Please come back later.'
};
