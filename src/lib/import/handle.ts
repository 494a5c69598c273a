/** What the import worker does with one request: pure, so the tests run it in Node without a worker. */
import { buildOwnDeck, OwnDeckError } from '../domain/decks/own-deck';
import { extractFacts } from '../domain/extract';
import type { WorkerReply, WorkerRequest } from './protocol';

export function handle(req: WorkerRequest, pools: Record<string, string[]>): WorkerReply {
	if (req.kind === 'extract') return { id: req.id, kind: 'extracted', result: extractFacts(req.text) };
	try {
		return { id: req.id, kind: 'built', deck: buildOwnDeck({ ...req.input, pools }) };
	} catch (e) {
		const reason = e instanceof OwnDeckError ? e.reason : 'invalid';
		return { id: req.id, kind: 'failed', reason, message: e instanceof Error ? e.message : String(e) };
	}
}
