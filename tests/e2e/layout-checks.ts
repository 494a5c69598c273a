/**
 * Layout checks of the screen as it stands, run in the page: what a learner on a small phone or with a
 * large text size would find broken. Returns one line per problem (empty when all is well).
 *
 * - the page scrolls sideways (document.scrollingElement.scrollWidth > clientWidth);
 * - the skip link shows while it is not focused;
 * - a screen's primary action (`.action-bar`) is not fully on screen and uncovered, as the screen is left;
 * - a tappable element is off the side of the screen, or, scrolled into view the way focus scrolls it
 *   (scroll-padding included), is still covered at its centre by something else: the tab bar, a sticky
 *   bar, a toast (document.elementFromPoint);
 * - a tab label or a button's text is cut (its text is wider or taller than its box and hidden).
 */
import type { Page } from '@playwright/test';

export async function layoutProblems(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const problems: string[] = [];
		const doc = document.scrollingElement ?? document.documentElement;
		const vw = document.documentElement.clientWidth;
		const vh = window.innerHeight;
		const name = (el: Element) => {
			const text = (el.getAttribute('aria-label') ?? (el as HTMLElement).innerText ?? '').trim();
			const id = el.getAttribute('data-testid');
			return `<${el.tagName.toLowerCase()}${id ? ` data-testid=${id}` : ''}> "${text.replace(/\s+/g, ' ').slice(0, 40)}"`;
		};
		const shown = (el: Element) => {
			const r = el.getBoundingClientRect();
			return (
				r.width > 0 &&
				r.height > 0 &&
				el.checkVisibility({ visibilityProperty: true, opacityProperty: false })
			);
		};
		// The box a finger aims at: the first line of an inline element that wraps over several lines.
		const box = (el: Element) => el.getClientRects()[0] ?? el.getBoundingClientRect();
		const hits = (el: Element, x: number, y: number) => {
			const at = document.elementFromPoint(x, y);
			if (!at) return false;
			// A label's hidden input covering it, or the text inside a button, is the same target.
			return (
				el.contains(at) ||
				at.contains(el) ||
				(!!at.closest('label') && at.closest('label') === el.closest('label'))
			);
		};

		if (doc.scrollWidth > doc.clientWidth) {
			const wide = [...document.querySelectorAll('body *')]
				.filter((el) => el.getBoundingClientRect().right > vw + 1 && shown(el))
				.slice(-3)
				.map(name);
			problems.push(
				`the page scrolls sideways (${doc.scrollWidth} > ${doc.clientWidth}): ${wide.join(', ')}`
			);
		}

		const skip = document.querySelector('a.skip');
		if (skip && document.activeElement !== skip) {
			const r = skip.getBoundingClientRect();
			if (r.bottom > 0 && r.top < vh && r.right > 0 && r.left < vw)
				problems.push('the skip link shows unfocused');
		}

		// The primary action, as the screen was left: no scrolling allowed. Under a modal dialog (a confirm
		// step, the fact sheet), the dialog's buttons are the step's actions instead.
		const modal = document.querySelector('dialog:modal');
		for (const bar of modal ? [] : document.querySelectorAll('main .action-bar')) {
			for (const el of bar.querySelectorAll('button, a[href]')) {
				if (!shown(el)) continue;
				const r = el.getBoundingClientRect();
				const onScreen = r.top >= 0 && r.bottom <= vh + 0.5 && r.left >= 0 && r.right <= vw + 0.5;
				if (!onScreen || !hits(el, r.left + r.width / 2, r.top + r.height / 2))
					problems.push(`primary action not in reach without scrolling: ${name(el)}`);
			}
		}

		// Every tappable element: in the width, and uncovered once scrolled into view as focus would.
		const x0 = window.scrollX;
		const y0 = window.scrollY;
		const tappable = document.querySelectorAll(
			'main a[href], main button, main input:not([type="hidden"]), main select, main textarea, main summary, main [role="button"], header a, header button, nav a, dialog button, dialog a[href]'
		);
		// Under a modal dialog only the dialog can be reached.
		for (const el of tappable) {
			if (!shown(el) || el.closest('[inert]') || (modal && !modal.contains(el))) continue;
			const fixed = !!el.closest('nav.tabbar');
			const r0 = box(el);
			if (r0.left < -0.5 || r0.right > vw + 0.5) {
				problems.push(
					`off the side of the screen: ${name(el)} (${Math.round(r0.left)}..${Math.round(r0.right)} of ${vw})`
				);
				continue;
			}
			if (fixed) continue;
			el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
			const r = box(el);
			// Tall elements (a whole card) are checked near their top, where the eye and the finger go first.
			const y = Math.min(r.top + r.height / 2, r.top + 22);
			if (y < 0 || y > vh || !hits(el, r.left + r.width / 2, y)) {
				const at = document.elementFromPoint(r.left + r.width / 2, Math.max(0, Math.min(vh - 1, y)));
				problems.push(`covered once scrolled to: ${name(el)} by ${at ? name(at) : 'nothing (off screen)'}`);
			}
		}
		window.scrollTo(x0, y0);

		// Cut text: tab labels and button texts that do not fit their box and are hidden.
		for (const el of document.querySelectorAll('nav.tabbar a span, main button, main .btn')) {
			if (!shown(el)) continue;
			const s = getComputedStyle(el);
			const clips = s.overflowX !== 'visible' || s.overflowY !== 'visible' || s.textOverflow === 'ellipsis';
			const he = el as HTMLElement;
			if (clips && (he.scrollWidth > he.clientWidth + 1 || he.scrollHeight > he.clientHeight + 1))
				problems.push(`text cut: ${name(el)}`);
			// Text spilling out of its button sideways: "Nhớ" over the next grade button.
			else if (he.scrollWidth > he.clientWidth + 1) problems.push(`text wider than its button: ${name(el)}`);
		}
		// A tab label wider than its tab, or on more than two lines.
		for (const a of document.querySelectorAll('nav.tabbar a')) {
			const label = a.querySelector('span');
			if (!label) continue;
			const ar = a.getBoundingClientRect();
			const lr = label.getBoundingClientRect();
			const lines = Math.round(lr.height / parseFloat(getComputedStyle(label).lineHeight));
			if (lr.left < ar.left - 0.5 || lr.right > ar.right + 0.5 || lr.bottom > ar.bottom + 0.5 || lines > 2)
				problems.push(`tab label does not fit: ${name(a)}`);
		}
		return problems;
	});
}
