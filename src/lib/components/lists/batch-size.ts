/**
 * How many more rows of a long list to render in the next task, from how long the last batch took: the
 * batch grows or shrinks so that one task's rendering stays near `budgetMs` on this phone, whatever its
 * speed (a slow phone gets smaller batches, a fast one fewer tasks). A long task is one over 50 ms; rendering
 * is not the only work of a frame (style, layout, paint follow), hence a budget well under that.
 */
export function nextBatchSize(last: number, lastMs: number, budgetMs: number, max = 64): number {
	// Too quick to time (the clock is coarse): double, as no measure says it is slow.
	if (!(lastMs > 0.5)) return Math.min(max, last * 2);
	// Never more than double at once: the first rows of a list can be cheaper than the later ones.
	return Math.max(1, Math.min(max, last * 2, Math.floor((last * budgetMs) / lastMs)));
}
