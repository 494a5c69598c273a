/** Helpers for the requests of one IndexedDB transaction, shared by the store and its maintenance code. */

/**
 * Awaits several requests of one transaction. Each is observed at once, so when a later call throws
 * synchronously (and the transaction aborts) the earlier ones' AbortErrors are not stray rejections.
 */
export function all(requests: (() => Promise<unknown>)[]): Promise<unknown[]> {
	const started: Promise<unknown>[] = [];
	for (const start of requests) {
		const p = start();
		p.catch(() => undefined);
		started.push(p);
	}
	return Promise.all(started);
}
