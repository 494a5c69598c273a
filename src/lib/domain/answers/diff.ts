/**
 * Letter by letter, how a near miss differs from the answer it was nearly: the feedback shows the learner which
 * letters were off, not just "almost". Letters compare as the checker reads them (NFC, case ignored), so only
 * what made the answer a near miss is shown. Pure.
 */
import { checkTyped } from './check';

/** One step of the alignment: a letter both share, one swapped, one the learner left out, or one too many. */
export type DiffOp =
	| { kind: 'same'; text: string }
	| { kind: 'changed'; given: string; expected: string }
	| { kind: 'missing'; expected: string }
	| { kind: 'extra'; given: string };

const letters = (s: string) => [...s.normalize('NFC').trim().replace(/\s+/g, ' ')];
const sameLetter = (a: string, b: string) => a.toLocaleLowerCase('vi') === b.toLocaleLowerCase('vi');

/**
 * Aligns `given` with `expected` by the fewest letter edits (Levenshtein) and returns the steps, runs of
 * shared letters joined. Shared letters are written as the answer writes them.
 *
 * @example letterDiff('Hua Phăn', 'Hủa Phăn') // [same 'H', changed 'u'→'ủ', same 'a Phăn']
 */
export function letterDiff(given: string, expected: string): DiffOp[] {
	const g = letters(given);
	const e = letters(expected);
	const cols = e.length + 1;
	// cost[i * cols + j]: edits to turn the first i letters of g into the first j letters of e.
	const cost = new Uint32Array((g.length + 1) * cols);
	for (let i = 0; i <= g.length; i++) cost[i * cols] = i;
	for (let j = 0; j <= e.length; j++) cost[j] = j;
	for (let i = 1; i <= g.length; i++)
		for (let j = 1; j <= e.length; j++) {
			const swap = cost[(i - 1) * cols + j - 1]! + (sameLetter(g[i - 1]!, e[j - 1]!) ? 0 : 1);
			cost[i * cols + j] = Math.min(swap, cost[(i - 1) * cols + j]! + 1, cost[i * cols + j - 1]! + 1);
		}
	const ops: DiffOp[] = [];
	let i = g.length;
	let j = e.length;
	while (i > 0 || j > 0) {
		const here = cost[i * cols + j]!;
		if (i > 0 && j > 0 && sameLetter(g[i - 1]!, e[j - 1]!) && here === cost[(i - 1) * cols + j - 1]) {
			ops.push({ kind: 'same', text: e[--j]! });
			i--;
		} else if (i > 0 && j > 0 && here === cost[(i - 1) * cols + j - 1]! + 1) {
			ops.push({ kind: 'changed', given: g[--i]!, expected: e[--j]! });
		} else if (j > 0 && here === cost[i * cols + j - 1]! + 1) {
			ops.push({ kind: 'missing', expected: e[--j]! });
		} else {
			ops.push({ kind: 'extra', given: g[--i]! });
		}
	}
	ops.reverse();
	// Join runs of shared letters, so the UI renders a few text nodes, not one per letter.
	const out: DiffOp[] = [];
	for (const op of ops) {
		const last = out[out.length - 1];
		if (op.kind === 'same' && last?.kind === 'same') last.text += op.text;
		else out.push({ ...op });
	}
	return out;
}

/** How many letters differ in a diff (each step that is not shared). */
export function diffSize(ops: readonly DiffOp[]): number {
	return ops.filter((o) => o.kind !== 'same').length;
}

/**
 * The accepted text a near miss was nearest to: the main answer or one of `accept`, whichever grades best
 * and, among those, needs the fewest letter edits. A near miss of "Luông Pha Băng" is compared with that
 * province, not with the main answer "Hủa Phăn".
 */
export function nearestAccepted(given: string, expected: string, accept: readonly string[] = []): string {
	let best = expected;
	let bestSize = Number.POSITIVE_INFINITY;
	for (const candidate of [expected, ...accept]) {
		if (checkTyped(given, candidate).grade === 'wrong') continue;
		const size = diffSize(letterDiff(given, candidate));
		if (size < bestSize) [best, bestSize] = [candidate, size];
	}
	return best;
}
