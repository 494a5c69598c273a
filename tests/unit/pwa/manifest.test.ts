import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { deckFileName } from '../../../src/lib/domain/decks/deck-file';
import { BRAND, ICON_FILES, manifest } from '../../../src/lib/pwa/manifest';

const staticDir = new URL('../../../static/', import.meta.url);

/** Width and height from a PNG's IHDR chunk (bytes 16-23), after checking the signature. */
function pngSize(path: URL): [number, number] {
	const data = readFileSync(path);
	const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
	if (!signature.every((b, i) => data[i] === b)) throw new Error(`${path.pathname} is not a PNG`);
	if (data.toString('ascii', 12, 16) !== 'IHDR') throw new Error(`${path.pathname} has no IHDR first`);
	return [data.readUInt32BE(16), data.readUInt32BE(20)];
}

/**
 * Alpha of the top-left pixel. Whatever the row filter, the first pixel of the first row is stored raw
 * (every predictor is 0 there), so inflating the IDAT data is enough: byte 0 is the filter type.
 */
function cornerAlpha(path: URL): number {
	const data = readFileSync(path);
	const colourType = data[25];
	const idat: Buffer[] = [];
	for (let at = 8; at < data.length;) {
		const length = data.readUInt32BE(at);
		if (data.toString('ascii', at + 4, at + 8) === 'IDAT') idat.push(data.subarray(at + 8, at + 8 + length));
		at += 12 + length;
	}
	const raw = inflateSync(Buffer.concat(idat));
	if (colourType === 2) return 255;
	if (colourType !== 6) throw new Error(`${path.pathname}: unexpected PNG colour type ${colourType}`);
	return raw[4]!;
}

describe('web app manifest', () => {
	it('has the identity fields, in Vietnamese', () => {
		expect(manifest).toMatchObject({
			id: '/',
			name: 'Ôn bài',
			lang: 'vi',
			start_url: '/',
			scope: '/',
			display: 'standalone'
		});
		expect(manifest.short_name.length).toBeGreaterThan(0);
		expect(manifest.short_name.length).toBeLessThanOrEqual(12);
		expect(manifest.description).toMatch(/không có mạng/);
		expect(manifest.name.normalize('NFC')).toBe(manifest.name);
	});

	it('opens shared text and opened files (a deck file, an article) on the import screen', () => {
		expect(manifest.share_target.action).toBe('/import');
		const [handler] = manifest.file_handlers;
		expect(handler?.action).toBe('/import');
		const extensions = Object.values(handler?.accept ?? {}).flat();
		expect(extensions).toContain(deckFileName('Bộ thẻ').replace(/^.*(\.[a-z]+)$/, '$1'));
		expect(extensions).toEqual(expect.arrayContaining(['.txt', '.html', '.htm', '.docx']));
	});

	it('uses valid hex colours for the theme and the splash', () => {
		for (const c of [manifest.theme_color, manifest.background_color, ...Object.values(BRAND)]) {
			expect(c).toMatch(/^#[0-9a-f]{6}$/);
		}
	});

	it('offers 192 and 512 px icons for any purpose and a maskable 512', () => {
		const sizes = (purpose: string) =>
			manifest.icons.filter((i) => i.purpose === purpose).map((i) => i.sizes);
		expect(sizes('any')).toEqual(expect.arrayContaining(['192x192', '512x512']));
		expect(sizes('maskable')).toContain('512x512');
	});

	it('has narrow and wide screenshots and shortcuts to today’s review and a new quiz', () => {
		expect(manifest.screenshots.map((s) => s.form_factor).sort()).toEqual(['narrow', 'wide']);
		expect(manifest.shortcuts.map((s) => s.url)).toEqual(['/study', '/quiz']);
		for (const s of manifest.shortcuts) expect(s.icons.length).toBeGreaterThan(0);
	});

	it('names only files that exist in static/ with the pixel size it declares', () => {
		const named = [...manifest.icons, ...manifest.screenshots, ...manifest.shortcuts.flatMap((s) => s.icons)];
		expect(named.length).toBeGreaterThanOrEqual(7);
		for (const file of named) {
			const [w, h] = pngSize(new URL(file.src.slice(1), staticDir));
			expect(`${w}x${h}`, file.src).toBe(file.sizes);
			expect(file.type).toBe('image/png');
		}
	});

	it('keeps every drawn PNG at the size listed in ICON_FILES', () => {
		for (const [path, [w, h]] of Object.entries(ICON_FILES)) {
			expect(pngSize(new URL(path, staticDir)), path).toEqual([w, h]);
		}
	});

	it('fills the maskable and Apple icons to the corners, and rounds the plain one', () => {
		// The launcher crops a maskable icon to its own shape, and iOS paints transparency black.
		expect(cornerAlpha(new URL('icons/maskable-512.png', staticDir))).toBe(255);
		expect(cornerAlpha(new URL('icons/apple-touch-icon-180.png', staticDir))).toBe(255);
		expect(cornerAlpha(new URL('icons/icon-512.png', staticDir))).toBe(0);
	});
});
