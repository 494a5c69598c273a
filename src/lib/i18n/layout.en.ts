// English twins of layout.ts, loaded only when the learner switches to English (see lazy.svelte.ts).
import type { LayoutStrings } from './layout';

export const layoutStringsEn: LayoutStrings = {
	skip: 'Skip to main content',
	nav: 'Main navigation',
	home: 'Home',
	study: 'Cards',
	quiz: 'Quiz',
	stats: 'Stats',
	settings: 'Settings',
	notSaved: 'Progress cannot be saved in this browser. Your results last only until you close the page.',
	versionChange: 'The app was just updated in another tab. Please reload the page.',
	reload: 'Reload',
	loadError: 'The question deck could not be loaded.',
	retry: 'Try again',
	loading: 'Loading…'
};
