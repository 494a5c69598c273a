/**
 * FSRS-6's forgetting curve with ts-fsrs's default parameters: the chance of recalling a card `elapsedDays`
 * after its last review, given its stability. The same formula and rounding as ts-fsrs's
 * `forgetting_curve(default_w, t, s)` (a unit test compares the two), written out here because importing
 * ts-fsrs for this one line would load the whole scheduler (~10 KB gzip) with the home screen.
 */

/** ts-fsrs 5's default decay, `default_w[20]` (FSRS6_DEFAULT_DECAY). */
export const DEFAULT_DECAY = 0.1542;

const round8 = (x: number) => Math.round(x * 1e8) / 1e8;
const DECAY = -DEFAULT_DECAY;
// The curve passes through 90 % when elapsed time equals stability, whatever the decay.
const FACTOR = round8(Math.exp(Math.log(0.9) / DECAY) - 1);

/** Probability of recall (0..1, rounded to 8 decimals as ts-fsrs does). */
export function retrievability(elapsedDays: number, stability: number): number {
	return round8(Math.pow(1 + (FACTOR * elapsedDays) / stability, DECAY));
}
