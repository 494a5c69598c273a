/** What the import worker does with one request: pure, so the tests run it in Node without a worker. */
import { buildCardDeck, looksLikeCardList, parseCardList } from '../domain/decks/card-list';
import { DeckFileError, parseDeckFile, type DeckFileData } from '../domain/decks/deck-file';
import { buildOwnDeck, OwnDeckError } from '../domain/decks/own-deck';
import { DocxError } from '../domain/decks/docx';
import { extractFacts } from '../domain/extract';
import { readDocx } from './docx';
import type { WorkerReply, WorkerRequest } from './protocol';

function build(id: number, make: () => ReturnType<typeof buildOwnDeck>): WorkerReply {
	try {
		return { id, kind: 'built', deck: make() };
	} catch (e) {
		return failed(id, e);
	}
}

function failed(id: number, e: unknown): WorkerReply {
	const reason =
		e instanceof OwnDeckError
			? e.reason
			: e instanceof DeckFileError || e instanceof DocxError
				? e.problem
				: 'invalid';
	return { id, kind: 'failed', reason, message: e instanceof Error ? e.message : String(e) };
}

export function handle(
	req: WorkerRequest,
	pools: Record<string, string[]>
): WorkerReply | Promise<WorkerReply> {
	switch (req.kind) {
		case 'extract':
			return looksLikeCardList(req.text)
				? { id: req.id, kind: 'cards', result: parseCardList(req.text) }
				: { id: req.id, kind: 'extracted', result: extractFacts(req.text) };
		case 'build':
			return build(req.id, () => buildOwnDeck({ ...req.input, pools }));
		case 'build-cards':
			return build(req.id, () => buildCardDeck(req.input));
		case 'deck-file':
			return parseDeckFile(req.text).then(
				(data) => build(req.id, () => fromFile(data, pools)),
				(e: unknown) => failed(req.id, e)
			);
		case 'docx':
			return readDocx(req.bytes).then(
				(text): WorkerReply => ({ id: req.id, kind: 'docx-text', text }),
				(e: unknown) => failed(req.id, e)
			);
	}
}

/** A deck file's deck: a deck without facts is a card list, its text the cards (an article deck has facts). */
function fromFile(data: DeckFileData, pools: Record<string, string[]>) {
	return data.facts.length === 0 ? buildCardDeck(data) : buildOwnDeck({ ...data, pools });
}
