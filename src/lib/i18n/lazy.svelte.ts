import type { Bilingual, Lang } from './index';

/**
 * Tables that every page loads at start (home, layout, common) keep their English twin in a separate chunk,
 * fetched only when the learner picks English: the home route has a 50 KB gzip JS budget and most learners
 * never switch. Other areas load with their route and use plain `bilingual`.
 */
const loaders: (() => Promise<void>)[] = [];
let english: Promise<void> | null = null;

/**
 * Like `bilingual`, with the English table loaded on demand. Until it arrives `.en` reads the Vietnamese
 * table; `.en` is reactive, so a component showing English updates when it lands.
 */
export function lazyBilingual<T>(vi: T, loadEn: () => Promise<T>): Bilingual<T> {
	let en = $state.raw(vi);
	const load = async () => {
		en = await loadEn();
	};
	loaders.push(load);
	// A module first imported after English was chosen (a route opened later) fetches its table at once.
	if (english) void load();
	return {
		vi,
		get en() {
			return en;
		}
	};
}

/** Fetches what `lang` needs; resolves when every lazy table of it is in place. Safe to call repeatedly. */
export function loadLanguage(lang: Lang): Promise<void> {
	if (lang === 'vi') return Promise.resolve();
	english ??= Promise.all(loaders.map((load) => load())).then(() => undefined);
	return english;
}
