import { LANGS, type Lang } from '../i18n';
import { loadLanguage } from '../i18n/lazy.svelte';

/** The UI language. Vietnamese first; the choice is persisted by the settings store. */
class LocaleState {
	lang = $state<Lang>('vi');
	#requested: Lang = 'vi';

	/**
	 * Switches once the language's strings are loaded, so the UI never shows half of each language.
	 * Vietnamese is always loaded and switches at once; of two quick switches the last one wins.
	 */
	set(lang: Lang): Promise<void> {
		if (!LANGS.includes(lang)) throw new Error(`Unknown language: ${lang}`);
		this.#requested = lang;
		if (lang === 'vi') {
			this.#commit(lang);
			return Promise.resolve();
		}
		return loadLanguage(lang).then(() => {
			if (this.#requested === lang) this.#commit(lang);
		});
	}

	#commit(lang: Lang) {
		this.lang = lang;
		if (typeof document !== 'undefined') document.documentElement.lang = lang;
	}
}

export const locale = new LocaleState();
