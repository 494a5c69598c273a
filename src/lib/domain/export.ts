/**
 * Deck export for other study apps: tab-separated text that Anki imports as it is, and RFC 4180 CSV for
 * Quizlet-style imports. Pure: a Bank in, text out; the UI turns the text into a download.
 */
import type { Bank, Question, QuestionType } from './types';

/** One card as other apps see it: a front, a back and (for Anki) a tag. */
export interface ExportRow {
	front: string;
	back: string;
	tag: string;
}

export interface ExportOptions {
	/** Only these question types (default: all). */
	types?: readonly QuestionType[];
	/** Words for true and false answers, in the deck's language (default Vietnamese "Đúng" / "Sai"). */
	trueWord?: string;
	falseWord?: string;
}

export class ExportError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'ExportError';
	}
}

/** Other apps have no single line for several answers; a semicolon reads naturally in both languages. */
const LIST_JOIN = '; ';

function backOf(q: Question, opts: ExportOptions): string {
	if (typeof q.answer === 'boolean') return q.answer ? (opts.trueWord ?? 'Đúng') : (opts.falseWord ?? 'Sai');
	if (Array.isArray(q.answer)) return q.answer.join(LIST_JOIN);
	return q.answer;
}

/**
 * The bank as front/back rows: one per question, a match question one per pair. Identical rows (the same
 * fact asked twice the same way) are kept once, so the other app does not hold duplicate notes.
 */
export function exportRows(bank: Bank, opts: ExportOptions = {}): ExportRow[] {
	if (!bank || !Array.isArray(bank.questions))
		throw new ExportError('exportRows: the bank has no questions list');
	const rows: ExportRow[] = [];
	const seen = new Set<string>();
	const add = (front: string, back: string, tag: string) => {
		const key = `${front}\u0000${back}`;
		if (!front.trim() || !back.trim() || seen.has(key)) return;
		seen.add(key);
		rows.push({ front: front.normalize('NFC'), back: back.normalize('NFC'), tag });
	};
	for (const q of bank.questions) {
		if (opts.types && !opts.types.includes(q.type)) continue;
		if (q.type === 'match') {
			for (const [left, right] of q.pairs ?? []) add(left, right, q.topic);
		} else {
			add(q.type === 'cloze' && q.cloze ? q.cloze : q.prompt, backOf(q, opts), q.topic);
		}
	}
	return rows;
}

/**
 * A field for Anki's tab-separated import with html off: tabs and line breaks become spaces (a break would
 * start a new note), and a field holding a quote or starting with "#" is quoted, as Anki's reader expects.
 */
function ankiField(text: string): string {
	const flat = text.replace(/\r\n|[\t\r\n]/g, ' ');
	return /"/.test(flat) || flat.startsWith('#') ? `"${flat.replace(/"/g, '""')}"` : flat;
}

/** Tags are single words in Anki. */
const ankiTag = (tag: string) => tag.replace(/\s+/g, '_');

/**
 * Anki's tab-separated text with the file headers it reads (Anki 2.1.55+): `#separator:tab`, `#html:false`,
 * `#deck:<title>`, the note type, and the third column as tags (the question's topic).
 */
export function toAnkiTsv(bank: Bank, opts: ExportOptions = {}): string {
	const rows = exportRows(bank, opts);
	// A header line ends at the line break; everything after "#deck:" is the name, quotes included.
	const title = (bank.deck?.title || bank.deck?.id || 'Ôn bài').replace(/\s+/g, ' ').trim();
	const header = ['#separator:tab', '#html:false', `#deck:${title}`, '#notetype:Basic', '#tags column:3'];
	const body = rows.map((r) => [ankiField(r.front), ankiField(r.back), ankiTag(r.tag)].join('\t'));
	return [...header, ...body].join('\n') + '\n';
}

/** RFC 4180: quote a field holding a comma, a quote or a line break; double the quotes inside. */
function csvField(text: string): string {
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * CSV (RFC 4180, CRLF line ends) with two columns, term and definition, as Quizlet-style importers take it.
 * `header` adds a first row with these column names.
 */
export function toCsv(bank: Bank, opts: ExportOptions & { header?: [string, string] } = {}): string {
	const rows = exportRows(bank, opts).map((r) => [r.front, r.back]);
	if (opts.header) rows.unshift(opts.header);
	return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
