import { describe, expect, it } from 'vitest';
import { homeStrings } from '../../../src/lib/i18n/home';
import { topicNames, typeNames } from '../../../src/lib/i18n/common';
import { layoutStrings } from '../../../src/lib/i18n/layout';
import { locale } from '../../../src/lib/state/locale.svelte';

describe('English tables loaded on demand', () => {
	it('serves the English strings once English is chosen, and Vietnamese again after', async () => {
		await locale.set('en');
		expect(locale.lang).toBe('en');
		expect(layoutStrings[locale.lang].home).toBe('Home');
		expect(topicNames[locale.lang].laos).toBe('Cooperation with Laos');
		expect(typeNames[locale.lang].truefalse).toBe('True or false');
		expect(homeStrings.en).not.toBe(homeStrings.vi);
		locale.set('vi');
		expect(locale.lang).toBe('vi');
		expect(layoutStrings[locale.lang].home).toBe('Trang chủ');
	});

	it('lets the last of two quick switches win', async () => {
		const toEnglish = locale.set('en');
		locale.set('vi');
		await toEnglish;
		expect(locale.lang).toBe('vi');
	});

	it('gives every English table the keys of its Vietnamese twin', async () => {
		await locale.set('en');
		for (const table of [homeStrings, layoutStrings, topicNames, typeNames]) {
			expect(Object.keys(table.en).sort()).toEqual(Object.keys(table.vi).sort());
		}
	});
});
