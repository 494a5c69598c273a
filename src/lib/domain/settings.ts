/**
 * The learner's settings: their shape, defaults, bounds and the one check every writer calls (the settings
 * screen, storage on every save, backup import, repair). A value the check refuses can never be stored, so
 * a later change of another setting can never fail because of it.
 */

export type Lang = 'vi' | 'en';
export const LANGS: readonly Lang[] = ['vi', 'en'];

type Theme = 'system' | 'light' | 'dark';
const THEMES: readonly Theme[] = ['system', 'light', 'dark'];

export interface Settings {
	lang: Lang;
	theme: Theme;
	/** New flashcards a day may introduce. */
	dailyGoal: number;
	/** Probability of recall FSRS aims for when a card is due. */
	desiredRetention: number;
	/** Hour (local time) at which a study day starts, as Anki's "next day starts at": late nights count as the day before. */
	dayStartHour: number;
	/** A short vibration on a wrong answer (where the phone can vibrate). */
	vibrate: boolean;
	/** A gentle celebration on a perfect quiz or a new best match time. */
	celebrate: boolean;
	/** Best time in the match game, per deck id, in ms. */
	matchBest?: Record<string, number>;
	/** Set once persistent storage has been asked for, so it is asked only at the first study session. */
	persistAsked?: boolean;
	/** The deck studied, when it is not the built-in one. */
	deckId?: string;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
	lang: 'vi',
	theme: 'system',
	dailyGoal: 20,
	desiredRetention: 0.9,
	dayStartHour: 4,
	vibrate: true,
	celebrate: true
});

/**
 * Inclusive bounds. Retention as Anki's FSRS allows it: below 0.70 intervals grow absurdly long, above 0.99
 * reviews never end. A best match time over a day is not a time anyone played.
 */
export const SETTINGS_BOUNDS = {
	dailyGoal: { min: 1, max: 500, step: 1 },
	desiredRetention: { min: 0.7, max: 0.99, step: 0.01 },
	dayStartHour: { min: 0, max: 23, step: 1 },
	matchBestMs: { min: 1, max: 86_400_000 },
	/** Keys of matchBest are deck ids with a game suffix; a deck id is at most 200 characters. */
	matchBestKeys: 50,
	keyLength: 240
} as const;

/** Which setting is wrong; the UI names it in the learner's language. */
export type SettingsField =
	| 'lang'
	| 'theme'
	| 'dailyGoal'
	| 'desiredRetention'
	| 'dayStartHour'
	| 'vibrate'
	| 'celebrate'
	| 'matchBest'
	| 'persistAsked'
	| 'deckId'
	| 'shape';

export class SettingsError extends Error {
	override name = 'SettingsError';
	constructor(
		readonly field: SettingsField,
		message: string
	) {
		super(message);
	}
}

const isObj = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

const inRange = (v: unknown, b: { min: number; max: number }, integer: boolean): v is number =>
	typeof v === 'number' &&
	Number.isFinite(v) &&
	v >= b.min &&
	v <= b.max &&
	(!integer || Number.isInteger(v));

/**
 * Checks settings from any source and returns a clean copy holding only the known fields (unknown keys
 * never survive). Missing fields take their default, so settings written by an older app still load.
 * Throws SettingsError naming the first wrong field.
 *
 * @example checkSettings({ lang: 'en', dailyGoal: 30 }) // { lang: 'en', theme: 'system', dailyGoal: 30, ... }
 */
export function checkSettings(raw: unknown): Settings {
	if (!isObj(raw)) throw new SettingsError('shape', 'Settings must be an object');
	const v = { ...DEFAULT_SETTINGS, ...raw } as Record<string, unknown>;
	if (!LANGS.includes(v.lang as Lang)) throw new SettingsError('lang', `Unknown language: ${String(v.lang)}`);
	if (!THEMES.includes(v.theme as Theme))
		throw new SettingsError('theme', `Unknown theme: ${String(v.theme)}`);
	const b = SETTINGS_BOUNDS;
	if (!inRange(v.dailyGoal, b.dailyGoal, true)) {
		throw new SettingsError(
			'dailyGoal',
			`Daily goal must be a whole number from ${b.dailyGoal.min} to ${b.dailyGoal.max}, got ${String(v.dailyGoal)}`
		);
	}
	if (!inRange(v.desiredRetention, b.desiredRetention, false)) {
		throw new SettingsError(
			'desiredRetention',
			`Desired retention must be between ${b.desiredRetention.min} and ${b.desiredRetention.max}, got ${String(v.desiredRetention)}`
		);
	}
	if (!inRange(v.dayStartHour, b.dayStartHour, true)) {
		throw new SettingsError(
			'dayStartHour',
			`The day's start hour must be a whole number from 0 to 23, got ${String(v.dayStartHour)}`
		);
	}
	for (const field of ['vibrate', 'celebrate'] as const)
		if (typeof v[field] !== 'boolean') throw new SettingsError(field, `${field} must be true or false`);
	const out: Settings = {
		lang: v.lang as Lang,
		theme: v.theme as Theme,
		dailyGoal: v.dailyGoal,
		desiredRetention: v.desiredRetention,
		dayStartHour: v.dayStartHour,
		vibrate: v.vibrate as boolean,
		celebrate: v.celebrate as boolean
	};
	if (v.matchBest !== undefined) out.matchBest = checkMatchBest(v.matchBest);
	if (v.persistAsked !== undefined) {
		if (typeof v.persistAsked !== 'boolean')
			throw new SettingsError('persistAsked', 'persistAsked must be true or false');
		out.persistAsked = v.persistAsked;
	}
	if (v.deckId !== undefined) {
		if (typeof v.deckId !== 'string' || !v.deckId || v.deckId.length > SETTINGS_BOUNDS.keyLength)
			throw new SettingsError('deckId', 'deckId must be a deck id');
		out.deckId = v.deckId;
	}
	return out;
}

function checkMatchBest(v: unknown): Record<string, number> {
	if (!isObj(v)) throw new SettingsError('matchBest', 'Best match times must be an object');
	const entries = Object.entries(v);
	if (entries.length > SETTINGS_BOUNDS.matchBestKeys)
		throw new SettingsError('matchBest', `More than ${SETTINGS_BOUNDS.matchBestKeys} best match times`);
	// No prototype: a key such as "__proto__" stays a plain key and cannot change the object's behaviour.
	const out = Object.create(null) as Record<string, number>;
	for (const [key, ms] of entries) {
		if (!key || key.length > SETTINGS_BOUNDS.keyLength)
			throw new SettingsError('matchBest', 'A best match time has an empty or overlong key');
		if (!inRange(ms, SETTINGS_BOUNDS.matchBestMs, false))
			throw new SettingsError('matchBest', `Best match time "${key}" is not a time: ${String(ms)}`);
		out[key] = ms;
	}
	return { ...out };
}

/**
 * Which feedback effects play: each as the learner set it, and none when the system asks for reduced motion
 * (a vibration is motion too).
 *
 * @example feedbackEffects({ ...DEFAULT_SETTINGS, celebrate: false }, false) // { vibrate: true, celebrate: false }
 */
export function feedbackEffects(
	settings: Pick<Settings, 'vibrate' | 'celebrate'>,
	reducedMotion: boolean
): { vibrate: boolean; celebrate: boolean } {
	return { vibrate: settings.vibrate && !reducedMotion, celebrate: settings.celebrate && !reducedMotion };
}

/**
 * Settings as far as they can be kept: each wrong field falls back to its default instead of failing the
 * whole. For what is already stored (written before the bounds were one rule): the app must open, and
 * repair reports which fields it reset.
 *
 * @example settingsOrDefaults({ desiredRetention: 0.6, lang: 'en' }) // { settings: { lang: 'en', desiredRetention: 0.9, ... }, reset: ['desiredRetention'] }
 */
export function settingsOrDefaults(raw: unknown): { settings: Settings; reset: SettingsField[] } {
	if (!isObj(raw))
		return { settings: { ...DEFAULT_SETTINGS }, reset: raw === undefined || raw === null ? [] : ['shape'] };
	const reset: SettingsField[] = [];
	let candidate: Record<string, unknown> = { ...raw };
	// Each pass drops one wrong field; there are only a handful of fields, so this ends quickly.
	for (let i = 0; i < 12; i++) {
		try {
			return { settings: checkSettings(candidate), reset };
		} catch (e) {
			if (!(e instanceof SettingsError) || e.field === 'shape') break;
			reset.push(e.field);
			candidate = { ...candidate };
			delete candidate[e.field];
		}
	}
	return { settings: { ...DEFAULT_SETTINGS }, reset: reset.length ? reset : ['shape'] };
}
