// Every test starts in Vietnamese: the locale is a module singleton, and a test that switches to English
// must not change the language of the next one.
import { afterEach } from 'vitest';
import { locale } from '../../src/lib/state/locale.svelte';

afterEach(async () => {
	await locale.set('vi');
});
