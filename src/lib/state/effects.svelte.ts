/**
 * Feedback effects: a short vibration on a wrong answer, a gentle celebration on a perfect quiz or a new best
 * match time. Whether they play is the settings' rule (domain/settings.ts feedbackEffects); this module only
 * reads the system's reduced-motion wish and talks to the device.
 */
import { feedbackEffects, type Settings } from '$lib/domain/settings';

/** Short enough to feel like a tap on the wrist, not an alarm. */
const BUZZ_MS = 40;

function reducedMotion(): boolean {
	return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

class Effects {
	/** Moves by one for each celebration: the page shows the burst while it is above the one it saw last. */
	celebrations = $state(0);
}

export const effects = new Effects();

/** Vibrates briefly for a wrong answer, when the learner and the system allow it and the phone can. */
export function buzzWrong(settings: Pick<Settings, 'vibrate' | 'celebrate'>): void {
	if (!feedbackEffects(settings, reducedMotion()).vibrate) return;
	if (typeof navigator !== 'undefined' && typeof navigator.vibrate === 'function') navigator.vibrate(BUZZ_MS);
}

/** Starts a celebration, when the learner and the system allow it. */
export function celebrate(settings: Pick<Settings, 'vibrate' | 'celebrate'>): void {
	if (feedbackEffects(settings, reducedMotion()).celebrate) effects.celebrations++;
}
