import { test, type Browser, type Page } from '@playwright/test';

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

/** A new page on a phone of this size (touch, Vietnamese, reduced motion) with its text at `scale`. */
export async function phonePage(
	browser: Browser,
	size: { width: number; height: number },
	scale: number
): Promise<Page> {
	const context = await browser.newContext({
		viewport: { width: size.width, height: size.height },
		isMobile: true,
		hasTouch: true,
		locale: 'vi-VN',
		reducedMotion: 'reduce',
		baseURL: test.info().project.use.baseURL
	});
	const page = await context.newPage();
	await setTextSize(page, scale);
	return page;
}
