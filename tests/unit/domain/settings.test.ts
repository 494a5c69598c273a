import { describe, expect, it } from 'vitest';
import {
	checkSettings,
	DEFAULT_SETTINGS,
	feedbackEffects,
	SETTINGS_BOUNDS,
	SettingsError,
	settingsOrDefaults
} from '../../../src/lib/domain/settings';

describe('checkSettings', () => {
	it('fills missing fields with defaults and drops unknown keys', () => {
		const out = checkSettings({ lang: 'en', dailyGoal: 30, extra: 'x', __proto__: { polluted: 1 } });
		expect(out).toEqual({ ...DEFAULT_SETTINGS, lang: 'en', dailyGoal: 30 });
		expect(Object.keys(out)).not.toContain('extra');
	});

	it.each([
		['dailyGoal', 0],
		['dailyGoal', -5],
		['dailyGoal', 2.5],
		['dailyGoal', SETTINGS_BOUNDS.dailyGoal.max + 1],
		['desiredRetention', 0.6],
		['desiredRetention', 0.01],
		['desiredRetention', 1],
		['desiredRetention', Number.NaN],
		['dayStartHour', 24],
		['dayStartHour', -1],
		['lang', 'fr'],
		['theme', 'blue'],
		['persistAsked', 'yes'],
		['vibrate', 'on'],
		['celebrate', 1],
		['vibrate', null],
		['deckId', ''],
		['deckId', 42],
		['deckId', 'x'.repeat(241)]
	] as const)('refuses %s = %s, naming the field', (field, value) => {
		expect(() => checkSettings({ ...DEFAULT_SETTINGS, [field]: value })).toThrow(
			expect.objectContaining({ name: 'SettingsError', field })
		);
	});

	it('accepts both ends of every bound', () => {
		const b = SETTINGS_BOUNDS;
		for (const [dailyGoal, desiredRetention, dayStartHour] of [
			[b.dailyGoal.min, b.desiredRetention.min, b.dayStartHour.min],
			[b.dailyGoal.max, b.desiredRetention.max, b.dayStartHour.max]
		]) {
			expect(checkSettings({ dailyGoal, desiredRetention, dayStartHour })).toMatchObject({
				dailyGoal,
				desiredRetention,
				dayStartHour
			});
		}
	});

	it('checks best match times: times in range, plain keys, no prototype tricks', () => {
		expect(checkSettings({ matchBest: { d: 12_000 } }).matchBest).toEqual({ d: 12_000 });
		expect(() => checkSettings({ matchBest: { d: -1 } })).toThrow(SettingsError);
		expect(() => checkSettings({ matchBest: { d: 1e300 } })).toThrow(SettingsError);
		expect(() => checkSettings({ matchBest: [] })).toThrow(SettingsError);
		const tricky = JSON.parse('{"matchBest": {"__proto__": 5000}}');
		const best = checkSettings(tricky).matchBest!;
		expect(Object.getPrototypeOf(best)).toBe(Object.prototype);
		expect(Object.keys(best)).toEqual(['__proto__']);
	});

	it('refuses what is not an object', () => {
		for (const v of [null, 3, 'vi', []]) expect(() => checkSettings(v)).toThrow(SettingsError);
	});
});

describe('settingsOrDefaults', () => {
	it('keeps the good fields and resets each wrong one to its default, saying which', () => {
		const { settings, reset } = settingsOrDefaults({ lang: 'en', desiredRetention: 0.6, dailyGoal: -5 });
		expect(settings).toEqual({ ...DEFAULT_SETTINGS, lang: 'en' });
		expect(reset.sort()).toEqual(['dailyGoal', 'desiredRetention']);
	});

	it('gives the defaults for nothing stored, and reports a stored value that is not an object', () => {
		expect(settingsOrDefaults(undefined)).toEqual({ settings: DEFAULT_SETTINGS, reset: [] });
		expect(settingsOrDefaults('x')).toEqual({ settings: DEFAULT_SETTINGS, reset: ['shape'] });
	});
});

describe('feedbackEffects', () => {
	it('plays what the learner switched on, both on by default', () => {
		expect(feedbackEffects(DEFAULT_SETTINGS, false)).toEqual({ vibrate: true, celebrate: true });
		expect(feedbackEffects({ ...DEFAULT_SETTINGS, vibrate: false }, false)).toEqual({
			vibrate: false,
			celebrate: true
		});
		expect(feedbackEffects({ vibrate: true, celebrate: false }, false)).toEqual({
			vibrate: true,
			celebrate: false
		});
	});
	it('plays nothing while the system asks for reduced motion', () => {
		expect(feedbackEffects(DEFAULT_SETTINGS, true)).toEqual({ vibrate: false, celebrate: false });
	});
	it('keeps settings saved before the effects existed: both take their default', () => {
		expect(checkSettings({ lang: 'vi', dailyGoal: 20 })).toMatchObject({ vibrate: true, celebrate: true });
		expect(settingsOrDefaults({ vibrate: 'x', celebrate: false })).toMatchObject({
			settings: { vibrate: true, celebrate: false },
			reset: ['vibrate']
		});
	});
});
