/**
 * The import screen's worker: extraction and question generation run here, off the main thread, so a long
 * text never freezes the page (the generator alone takes about 400 ms for a hundred facts on a laptop).
 * Cancelling terminates the worker.
 */
import { handle } from './handle';
import type { WorkerRequest } from './protocol';

// The distractor pools ship inside this worker's chunk, never on the home screen.
const files = import.meta.glob<string[]>('../../../questions/pools/*.json', { eager: true, import: 'items' });
const pools: Record<string, string[]> = {};
for (const [path, items] of Object.entries(files)) pools[path.replace(/^.*\/|\.json$/g, '')] = items;

addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
	void Promise.resolve(handle(event.data, pools)).then((reply) => postMessage(reply));
});
