/**
 * Numbers for questions: formatting a value the way the article prints its figures, and choosing wrong
 * values near the true one (8 -> 6, 7, 9, 10; 1.797 -> 1.597, 1.897, 1.779), never 8 against 9000.
 */

/** Which side of the truth a wrong value may lie on, given the article's qualifier. */
export type Direction = 'both' | 'up' | 'down';

/**
 * The side a wrong value may lie on for a one-sided figure: "trên 74 tỉ" (over 74) makes "trên 64 tỉ" true as
 * well, so only higher values are false; "gần" (nearly) the other way round; exact figures either way. The bank
 * itself asks qualified figures no changed-number question at all (see quantity.ts): one-sided wrong values
 * give the answer away as the smallest option.
 * @internal so only tests use it, with nearbyNumbers' one-sided directions.
 */
export function directionFor(qualifier: string | undefined): Direction {
	if (qualifier === 'trên' || qualifier === 'hơn') return 'up';
	if (qualifier === 'gần') return 'down';
	return 'both';
}

function decimalsOf(written: string): number {
	const comma = written.indexOf(',');
	return comma === -1 ? 0 : written.length - comma - 1;
}

/**
 * Formats a value like an example figure from the article: "." groups thousands, "," marks decimals (as
 * many decimals as the example, trailing zeros dropped), and a leading zero when the example has one ("08").
 */
export function formatLike(value: number, like: string): string {
	const decimals = decimalsOf(like);
	const fixed = value.toFixed(decimals);
	const [intPart = '0', rawFrac = ''] = fixed.split('.');
	const frac = rawFrac.replace(/0+$/, '');
	const padded = /^0\d/.test(like.trim()) ? intPart.padStart(like.trim().length, '0') : intPart;
	const grouped = padded.length > 3 ? padded.replace(/\B(?=(\d{3})+(?!\d))/g, '.') : padded;
	return frac === '' ? grouped : `${grouped},${frac}`;
}

/** Integer candidates around a significant-digits integer m (74 for 74, 2 for 200, 16 for 1,6). */
function candidatesAround(m: number): number[] {
	const out = new Set<number>();
	if (m <= 20) {
		for (let k = 1; k <= 4; k++) {
			out.add(m + k);
			out.add(m - k);
		}
		return [...out];
	}
	const digits = String(m);
	const lead = 10 ** (digits.length - 1);
	const second = lead / 10;
	for (const k of [1, 2, 3]) {
		out.add(m + k * lead);
		out.add(m - k * lead);
		if (second >= 1) {
			out.add(m + k * second);
			out.add(m - k * second);
		}
	}
	if (digits.length === 2) {
		out.add(m + 1);
		out.add(m - 1);
		out.add(m + 2);
		out.add(m - 2);
	}
	// Swapped digits are the classic slip of memory (1.797 vs 1.779).
	if (digits.length >= 2) {
		const a = digits.slice(0, -2);
		const swapped = Number(a + digits.at(-1) + digits.at(-2));
		if (String(swapped).length === digits.length) out.add(swapped);
	}
	return [...out];
}

/**
 * Wrong values near `value`, closest first, formatted like `written`. Distinct from each other and from the
 * truth, within half to twice the value (or at most 4 away for small counts), on the side `direction` allows;
 * a qualified figure's wrong values also differ by at least 10 %, so "trên 75" never sits next to "trên 74".
 */
export function nearbyNumbers(value: number, written: string, direction: Direction): string[] {
	const decimals = decimalsOf(written);
	const scaleUp = 10 ** decimals;
	let whole = Math.round(value * scaleUp);
	let zeros = 0;
	while (whole > 10 && whole % 10 === 0) {
		whole /= 10;
		zeros++;
	}
	const unit = 10 ** zeros / scaleUp;
	const truth = formatLike(value, written);
	const minGap = direction === 'both' ? 0 : 0.1;
	const values = candidatesAround(whole)
		.filter((c) => c > 0)
		.map((c) => Math.round(c * unit * scaleUp) / scaleUp)
		.filter((v) => {
			if (direction === 'up' && v <= value) return false;
			if (direction === 'down' && v >= value) return false;
			const ratio = v / value;
			if (Math.abs(ratio - 1) < minGap) return false;
			return value <= 10 ? Math.abs(v - value) <= 4 : ratio >= 0.5 && ratio <= 2;
		})
		.sort((a, b) => Math.abs(Math.log(a / value)) - Math.abs(Math.log(b / value)) || a - b);
	const seen = new Set<string>([truth]);
	const out: string[] = [];
	for (const v of values) {
		const text = formatLike(v, written);
		if (!seen.has(text)) {
			seen.add(text);
			out.push(text);
		}
	}
	return out;
}

/** Multiplier of a Vietnamese scale word. */
export function scaleFactor(scale: string): number {
	switch (scale) {
		case 'nghìn':
			return 1e3;
		case 'triệu':
			return 1e6;
		case 'tỉ':
		case 'tỷ':
			return 1e9;
		default:
			return 1;
	}
}
