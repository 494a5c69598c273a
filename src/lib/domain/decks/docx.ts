/**
 * The text of a Word .docx file: a zip whose one entry `word/document.xml` holds the paragraphs (`<w:p>`) and
 * their runs of text (`<w:t>`). Only that entry is read, and only as text: nothing of it is ever rendered as
 * HTML. Pure: the caller passes the raw-deflate decompressor (the browser's DecompressionStream, zlib in Node),
 * so the zip reader fits in a few hundred bytes instead of a library.
 */

/** Why a file gives no text: not a .docx at all, damaged, locked with a password, or too large to open. */
export type DocxProblem = 'not-docx' | 'damaged' | 'locked' | 'too-large';

export class DocxError extends Error {
	override name = 'DocxError';
	constructor(
		readonly problem: DocxProblem,
		message: string
	) {
		super(message);
	}
}

/** Inflates raw deflate data, refusing (DocxError 'too-large') output over `limit` bytes. */
export type Inflate = (data: Uint8Array, limit: number) => Promise<Uint8Array>;

/** The largest document.xml opened: far above any article (the extractor takes 500 000 characters). */
const DOCX_XML_LIMIT = 32 * 1024 * 1024;

const DOCUMENT = 'word/document.xml';
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** True when the bytes start as a zip does ("PK\3\4"): a .docx, .xlsx, .odt… or a renamed archive. */
function looksLikeZip(bytes: Uint8Array): boolean {
	return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * The paragraphs of a .docx, one a line, NFC. Throws DocxError: 'not-docx' when the bytes are no zip or hold
 * no `word/document.xml` (an old .doc, a spreadsheet), 'locked' for an encrypted entry, 'damaged' when the zip
 * or its XML is broken, 'too-large' over DOCX_XML_LIMIT.
 */
export async function docxText(bytes: Uint8Array, inflate: Inflate): Promise<string> {
	if (!looksLikeZip(bytes)) throw new DocxError('not-docx', 'Not a zip file');
	const xml = new TextDecoder('utf-8', { fatal: false }).decode(await zipEntry(bytes, DOCUMENT, inflate));
	if (!/<w:document[\s>]/.test(xml)) throw new DocxError('damaged', `${DOCUMENT} is not a Word document`);
	return documentText(xml);
}

/** One entry of a zip, decompressed; found through the central directory, as zip readers do. */
async function zipEntry(bytes: Uint8Array, name: string, inflate: Inflate): Promise<Uint8Array> {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const u16 = (at: number) => view.getUint16(at, true);
	const u32 = (at: number) => view.getUint32(at, true);
	// The end record sits in the last 22 bytes plus a comment of at most 65 535.
	let end = -1;
	for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
		if (u32(at) === EOCD) {
			end = at;
			break;
		}
	}
	if (end < 0) throw new DocxError('damaged', 'No end of central directory');
	const count = u16(end + 10);
	let at = u32(end + 16);
	const decoder = new TextDecoder();
	for (let i = 0; i < count; i++) {
		if (at + 46 > bytes.length || u32(at) !== CENTRAL)
			throw new DocxError('damaged', 'Broken central directory');
		const flags = u16(at + 8);
		const method = u16(at + 10);
		const size = u32(at + 20);
		const fullSize = u32(at + 24);
		const nameLength = u16(at + 28);
		const next = at + 46 + nameLength + u16(at + 30) + u16(at + 32);
		const local = u32(at + 42);
		if (decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)) === name) {
			if (flags & 1) throw new DocxError('locked', `${name} is encrypted`);
			if (fullSize > DOCX_XML_LIMIT) throw new DocxError('too-large', `${name} is ${fullSize} bytes`);
			if (local + 30 > bytes.length || u32(local) !== LOCAL)
				throw new DocxError('damaged', 'Broken local header');
			const start = local + 30 + u16(local + 26) + u16(local + 28);
			if (start + size > bytes.length) throw new DocxError('damaged', `${name} is cut short`);
			const data = bytes.subarray(start, start + size);
			if (method === 0) return data;
			if (method !== 8) throw new DocxError('damaged', `Unknown compression ${method}`);
			try {
				return await inflate(data, DOCX_XML_LIMIT);
			} catch (e) {
				if (e instanceof DocxError) throw e;
				throw new DocxError('damaged', `${name} does not inflate`);
			}
		}
		at = next;
	}
	throw new DocxError('not-docx', `No ${name}`);
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
		if (code[0] !== '#') return ENTITIES[code] ?? whole;
		const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
		return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '';
	});
}

/**
 * The text of document.xml: a line per paragraph (`</w:p>`), the runs `<w:t>` in order, `<w:tab/>` a tab and
 * `<w:br/>` a line break. Deleted text of tracked changes (`<w:delText>`) and everything else is skipped.
 * Tags are walked, not parsed into a tree: a Worker has no DOMParser, and nothing here needs one.
 */
export function documentText(xml: string): string {
	const lines: string[] = [];
	let line = '';
	let inText = false;
	let from = 0;
	const tag = /<(\/?)(w:t|w:p|w:tab|w:br|w:cr)(?=[\s/>])[^>]*?(\/?)>/g;
	for (let m = tag.exec(xml); m; m = tag.exec(xml)) {
		const [whole, close, name, selfClosing] = m;
		if (inText) line += unescapeXml(xml.slice(from, m.index));
		inText = false;
		if (name === 'w:t') inText = !close && !selfClosing;
		else if (name === 'w:tab' && !close) line += '\t';
		else if ((name === 'w:br' || name === 'w:cr') && !close) line += '\n';
		else if (name === 'w:p' && (close || selfClosing)) {
			lines.push(line);
			line = '';
		}
		from = m.index + whole.length;
	}
	if (line) lines.push(line);
	return lines
		.join('\n')
		.normalize('NFC')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}
