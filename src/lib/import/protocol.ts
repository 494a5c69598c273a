/** Messages between the import screen and its worker (src/lib/import/extract.worker.ts). */
import type { CardListResult } from '../domain/decks/card-list';
import type { OwnDeck, OwnDeckInput } from '../domain/decks/own-deck';
import type { ExtractResult } from '../domain/extract';

export type WorkerRequest =
	| { id: number; kind: 'extract'; text: string }
	| { id: number; kind: 'build'; input: Omit<OwnDeckInput, 'pools'> }
	/** A card list's kept cards (domain/decks/card-list.ts `cardListText`) with the deck's title and source. */
	| { id: number; kind: 'build-cards'; input: { text: string; title: string; source: string; id?: string } }
	/** A deck file's text: checked (format, version, checksum) and its deck built again from its facts. */
	| { id: number; kind: 'deck-file'; text: string }
	/** A .docx file's bytes: unzipped and read here too, the page only gets the text back. */
	| { id: number; kind: 'docx'; bytes: Uint8Array };

export type WorkerReply =
	| { id: number; kind: 'extracted'; result: ExtractResult }
	/** The text was a card list (term<TAB>definition lines, or CSV with a header), not an article. */
	| { id: number; kind: 'cards'; result: CardListResult }
	| { id: number; kind: 'built'; deck: OwnDeck }
	| { id: number; kind: 'docx-text'; text: string }
	/**
	 * The deck could not be made: `reason` from OwnDeckError, a DeckFileError's or DocxError's problem, or
	 * 'invalid' when a fact does not validate against its text.
	 */
	| { id: number; kind: 'failed'; reason: string; message: string };
