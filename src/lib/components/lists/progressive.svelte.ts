import { flushSync } from 'svelte';
import { nextBatchSize } from './batch-size';

/**
 * A long list drawn a batch per task: the first rows at once, then more after each paint, each batch sized
 * so that drawing it takes about `budgetMs` (nextBatchSize). A review of a 100 KB text lists hundreds of
 * facts; drawn at once they held the page for half a second at CPU 4x. Waiting for a frame before each batch
 * lets the browser lay out and paint the last one on its own, so neither script nor layout makes a long task.
 *
 * Create it while a component initialises (it owns an effect): `const rows = new Progressive(() => n)`, then
 * render the first `rows.shown`.
 */
export class Progressive {
	shown = $state(0);
	#step: number;
	readonly #total: () => number;

	constructor(
		total: () => number,
		first = 4,
		private readonly budgetMs = 10
	) {
		this.#total = total;
		this.shown = first;
		this.#step = Math.max(1, first);
		$effect(() => {
			const n = total();
			if (this.shown >= n) return;
			let timer: ReturnType<typeof setTimeout> | undefined;
			const frame = requestAnimationFrame(() => {
				timer = setTimeout(() => this.#grow(n), 0);
			});
			return () => {
				cancelAnimationFrame(frame);
				clearTimeout(timer);
			};
		});
	}

	/** Every row is drawn (for aria-busy: a screen reader waits for the whole list). */
	get done(): boolean {
		return this.shown >= this.#total();
	}

	#grow(total: number): void {
		const start = performance.now();
		// Drawn now, inside this task, so that its time is measured.
		flushSync(() => {
			this.shown = Math.min(total, this.shown + this.#step);
		});
		this.#step = nextBatchSize(this.#step, performance.now() - start, this.budgetMs);
	}
}
