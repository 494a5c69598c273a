/**
 * Draws the app's icons as SVG and renders them to PNG with Debian's Chromium, so the committed PNGs in
 * static/icons/ can be redrawn from this one file: `npx tsx scripts/draw-icons.ts`.
 *
 * The mark is two study cards, the front one gold with a tick: "flashcards you have learnt".
 * The maskable variant fills the whole square and keeps the mark inside the central 80 % circle
 * (the safe zone Android crops to), so no launcher shape cuts into it.
 */
import { chromium } from '@playwright/test';
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { BRAND } from '../src/lib/pwa/manifest';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}static/icons/`;

/** The two cards and the tick, drawn on a 512 box around its centre. */
function mark(): string {
	return `
	<g transform="rotate(-10 256 256)"><rect x="136" y="104" width="240" height="300" rx="34" fill="${BRAND.backCard}"/></g>
	<g transform="rotate(6 256 256)">
		<rect x="150" y="118" width="240" height="300" rx="34" fill="${BRAND.frontCard}"/>
		<path d="M205 272l48 48 88-100" fill="none" stroke="${BRAND.tile}" stroke-width="40"
			stroke-linecap="round" stroke-linejoin="round"/>
	</g>`;
}

/** The launcher icon: a rounded green tile with transparent corners. */
export function iconSvg(): string {
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">
	<rect width="512" height="512" rx="112" fill="${BRAND.tile}"/>${mark()}
</svg>`;
}

/** Full-bleed tile; the mark scaled to stay inside the 40 %-radius safe circle. */
export function maskableSvg(): string {
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">
	<rect width="512" height="512" fill="${BRAND.tile}"/>
	<g transform="translate(256 256) scale(0.84) translate(-256 -256)">${mark()}</g>
</svg>`;
}

/** Shortcut to today's flashcards: a stack of cards with lines of text. */
function studySvg(): string {
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 96 96">
	<rect width="96" height="96" rx="20" fill="${BRAND.tile}"/>
	<rect x="22" y="20" width="44" height="56" rx="8" fill="${BRAND.backCard}" transform="rotate(-10 44 48)"/>
	<rect x="30" y="22" width="44" height="56" rx="8" fill="${BRAND.frontCard}" transform="rotate(6 52 50)"/>
	<path d="M40 44h22M40 54h16" stroke="${BRAND.tile}" stroke-width="6" stroke-linecap="round"
		transform="rotate(6 52 50)"/>
</svg>`;
}

/** Shortcut to a new quiz: a question mark on a card. */
function quizSvg(): string {
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 96 96">
	<rect width="96" height="96" rx="20" fill="${BRAND.tile}"/>
	<rect x="24" y="18" width="48" height="60" rx="9" fill="${BRAND.frontCard}"/>
	<path d="M39 40a9 9 0 1 1 13 8c-3 2-4 3-4 7" fill="none" stroke="${BRAND.tile}" stroke-width="6"
		stroke-linecap="round" stroke-linejoin="round"/>
	<circle cx="48" cy="65" r="4" fill="${BRAND.tile}"/>
</svg>`;
}

/** Apple ignores transparency (it would turn the corners black), so its icon is square and opaque. */
function appleSvg(): string {
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">
	<rect width="512" height="512" fill="${BRAND.tile}"/>
	<g transform="translate(256 256) scale(0.8) translate(-256 -256)">${mark()}</g>
</svg>`;
}

const renders: { file: string; svg: string; size: number }[] = [
	{ file: 'icon-192.png', svg: iconSvg(), size: 192 },
	{ file: 'icon-512.png', svg: iconSvg(), size: 512 },
	{ file: 'maskable-512.png', svg: maskableSvg(), size: 512 },
	{ file: 'apple-touch-icon-180.png', svg: appleSvg(), size: 180 },
	{ file: 'shortcut-study-96.png', svg: studySvg(), size: 96 },
	{ file: 'shortcut-quiz-96.png', svg: quizSvg(), size: 96 }
];

async function main(): Promise<void> {
	await mkdir(out, { recursive: true });
	await writeFile(`${out}icon.svg`, iconSvg() + '\n');
	// The favicon is the same mark, so the tab and the home screen agree.
	await writeFile(`${root}static/favicon.svg`, iconSvg() + '\n');
	const browser = await chromium.launch({
		executablePath: '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run']
	});
	try {
		for (const { file, svg, size } of renders) {
			const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
			const html = `<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`;
			await page.setContent(html);
			await page.screenshot({ path: `${out}${file}`, omitBackground: true });
			await page.close();
			console.log(`static/icons/${file} ${size}x${size}`);
		}
	} finally {
		await browser.close();
	}
}

await main();
