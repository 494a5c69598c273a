import { LANGS, type Lang } from '../i18n';

/** The UI language. Vietnamese first; the choice is persisted by the settings store. */
class LocaleState {
	lang = $state<Lang>('vi');

	set(lang: Lang) {
		if (!LANGS.includes(lang)) throw new Error(`Unknown language: ${lang}`);
		this.lang = lang;
		if (typeof document !== 'undefined') document.documentElement.lang = lang;
	}
}

export const locale = new LocaleState();
