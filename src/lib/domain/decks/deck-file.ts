/**
 * The deck file: one imported deck as a file a learner sends a colleague, with no server. It holds what the
 * deck is made from (title, source line, the cleaned text and the kept facts), a format version and a
 * SHA-256 checksum, and no progress. The questions are not in it: the receiving phone generates them again
 * with the same generator, which also checks every fact against the text, so a file cannot bring a
 * question whose answer the text does not state. Pure; the checksum is checksum.ts's, as backups use it.
 */
import { canonicalJson, sha256Hex } from '../checksum';
import { parseJsonSafely, SafeJsonError } from '../safe-json';
import type { Fact } from '../types';

const DECK_FILE_FORMAT = 'on-bai-deck';
/** Bump when the data part changes shape; an older app then refuses the file instead of misreading it. */
const DECK_FILE_VERSION = 1;
/** The extractor's text limit (500,000 characters) with room for the facts and JSON escapes. */
const MAX_DECK_FILE_CHARS = 2_000_000;
/** data.facts[i].items[j] is 4 levels; aliases 4; room for growth, none for abuse. */
const MAX_DECK_FILE_DEPTH = 8;

/** What a deck file carries: enough to build the deck again. */
export interface DeckFileData {
	title: string;
	source: string;
	/** The cleaned text every quote is a slice of. */
	text: string;
	facts: Fact[];
	aliases?: string[][];
}

interface DeckFileJson {
	format: typeof DECK_FILE_FORMAT;
	formatVersion: number;
	appVersion: string;
	exportedAt: string;
	/** SHA-256, hex, of canonicalJson(data). */
	checksum: string;
	data: DeckFileData;
}

/**
 * What is wrong with a file opened as a deck file; the import screen names it in the learner's language.
 * 'foreign': JSON, but not a deck file (a backup, another app's file).
 */
export type DeckFileProblem = 'not-json' | 'too-large' | 'foreign' | 'newer-format' | 'damaged' | 'checksum';

export class DeckFileError extends Error {
	override name = 'DeckFileError';
	constructor(
		readonly problem: DeckFileProblem,
		message: string
	) {
		super(message);
	}
}

/** True when a text opened on the import screen is meant as a deck file (or some JSON), not an article. */
export function looksLikeDeckFile(text: string): boolean {
	return /^\s*\{/.test(text);
}

/** A file name for the deck: its title in plain letters, then `.onbai.txt` (see deckFileName's comment). */
export function deckFileName(title: string): string {
	const slug = title
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[đĐ]/g, 'd')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
	// `.txt`, because Android's share sheet (Web Share with files) takes text files and not JSON ones; the
	// import screen tells a deck file from an article by its content.
	return `${slug || 'bo-the'}.onbai.txt`;
}

/**
 * The deck file's text. Two exports of the same deck differ only in `exportedAt`.
 *
 * @example await buildDeckFile({ title, source, text, facts }, new Date(), '1.0.0')
 */
export async function buildDeckFile(data: DeckFileData, now: Date, appVersion: string): Promise<string> {
	if (Number.isNaN(now.getTime())) throw new RangeError('buildDeckFile: `now` is an invalid date');
	const clean: DeckFileData = {
		title: data.title,
		source: data.source,
		text: data.text,
		facts: data.facts,
		...(data.aliases?.length ? { aliases: data.aliases } : {})
	};
	const file: DeckFileJson = {
		format: DECK_FILE_FORMAT,
		formatVersion: DECK_FILE_VERSION,
		appVersion,
		exportedAt: now.toISOString(),
		checksum: await sha256Hex(canonicalJson(clean)),
		data: clean
	};
	return JSON.stringify(file);
}

const isObj = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads a deck file. Throws DeckFileError naming the problem: not JSON, too large, not a deck file, a newer
 * format than this app reads, a checksum that does not match (changed or damaged after export), or a data
 * part of the wrong shape. The facts themselves are checked against the text when the deck is built.
 */
export async function parseDeckFile(text: string): Promise<DeckFileData> {
	let raw: unknown;
	try {
		raw = parseJsonSafely(text, { maxChars: MAX_DECK_FILE_CHARS, maxDepth: MAX_DECK_FILE_DEPTH });
	} catch (e) {
		if (e instanceof SafeJsonError && e.problem === 'too-large')
			throw new DeckFileError('too-large', e.message);
		if (e instanceof SafeJsonError && e.problem === 'not-json')
			throw new DeckFileError('not-json', e.message);
		throw new DeckFileError('damaged', e instanceof Error ? e.message : String(e));
	}
	if (!isObj(raw) || raw.format !== DECK_FILE_FORMAT)
		throw new DeckFileError('foreign', 'Not an Ôn bài deck file (no "format": "on-bai-deck")');
	const version = raw.formatVersion;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
		throw new DeckFileError('damaged', 'The deck file has no valid formatVersion');
	if (version > DECK_FILE_VERSION)
		throw new DeckFileError(
			'newer-format',
			`Deck file format ${version}; this app reads ${DECK_FILE_VERSION}`
		);
	if (typeof raw.checksum !== 'string' || !/^[0-9a-f]{64}$/.test(raw.checksum))
		throw new DeckFileError('damaged', 'The deck file has no valid checksum');
	if ((await sha256Hex(canonicalJson(raw.data))) !== raw.checksum)
		throw new DeckFileError('checksum', 'The checksum does not match: the file was changed or damaged');
	const d = raw.data;
	if (
		!isObj(d) ||
		typeof d.title !== 'string' ||
		!d.title.trim() ||
		typeof d.source !== 'string' ||
		typeof d.text !== 'string' ||
		!Array.isArray(d.facts) ||
		!d.facts.every(isObj) ||
		(d.aliases !== undefined &&
			!(
				Array.isArray(d.aliases) &&
				d.aliases.every((g) => Array.isArray(g) && g.every((a) => typeof a === 'string'))
			))
	)
		throw new DeckFileError('damaged', 'The deck file lacks its title, source, text or facts');
	return {
		title: d.title.normalize('NFC'),
		source: d.source.normalize('NFC'),
		text: d.text,
		facts: d.facts as unknown as Fact[],
		...(d.aliases ? { aliases: d.aliases as string[][] } : {})
	};
}
