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
	loadError: 'The questions could not be loaded. Check your connection, then try again.',
	loadStorageError: 'The progress saved on this device could not be read. Try again, or reload the page.',
	retry: 'Try again',
	loading: 'Loading…'
};
