import type { Page } from '@playwright/test';

/**
 * Sets the browser's text size for this page, as Chrome's font-size setting and Android's system font size
 * do: the default font grows (16 px → 32 px at 2), so rem, em and em-based media queries all follow.
 * Kept across navigations of the page.
 */
export async function setTextSize(page: Page, scale: number): Promise<void> {
	if (scale === 1) return;
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Page.enable');
	await cdp.send('Page.setFontSizes', {
		fontSizes: { standard: Math.round(16 * scale), fixed: Math.round(13 * scale) }
	});
}
