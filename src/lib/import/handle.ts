/** What the import worker does with one request: pure, so the tests run it in Node without a worker. */
import { DeckFileError, parseDeckFile } from '../domain/decks/deck-file';
import { buildOwnDeck, OwnDeckError, type OwnDeckInput } from '../domain/decks/own-deck';
import { extractFacts } from '../domain/extract';
import type { WorkerReply, WorkerRequest } from './protocol';

function build(id: number, input: OwnDeckInput): WorkerReply {
	try {
		return { id, kind: 'built', deck: buildOwnDeck(input) };
	} catch (e) {
		return failed(id, e);
	}
}

function failed(id: number, e: unknown): WorkerReply {
	const reason = e instanceof OwnDeckError ? e.reason : e instanceof DeckFileError ? e.problem : 'invalid';
	return { id, kind: 'failed', reason, message: e instanceof Error ? e.message : String(e) };
}

export function handle(
	req: WorkerRequest,
	pools: Record<string, string[]>
): WorkerReply | Promise<WorkerReply> {
	if (req.kind === 'extract') return { id: req.id, kind: 'extracted', result: extractFacts(req.text) };
	if (req.kind === 'build') return build(req.id, { ...req.input, pools });
	return parseDeckFile(req.text).then(
		(data) => build(req.id, { ...data, pools }),
		(e: unknown) => failed(req.id, e)
	);
}
