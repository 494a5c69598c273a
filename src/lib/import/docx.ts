/**
 * Reading a .docx on the phone: domain/decks/docx.ts with the browser's own raw-deflate decompressor, so no
 * zip library ships. It runs in the import worker (handle.ts): unzipping and reading a long document's XML
 * on the page were long tasks.
 */
import { docxText, DocxError, type Inflate } from '$lib/domain/decks/docx';

/** Raw deflate through DecompressionStream, stopped as soon as the output passes `limit` (a zip bomb). */
const inflate: Inflate = async (data, limit) => {
	const stream = new Blob([data as Uint8Array<ArrayBuffer>])
		.stream()
		.pipeThrough(new DecompressionStream('deflate-raw'));
	const reader = stream.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.byteLength;
		if (size > limit) {
			await reader.cancel();
			throw new DocxError('too-large', `Inflates past ${limit} bytes`);
		}
		chunks.push(value);
	}
	const out = new Uint8Array(size);
	let at = 0;
	for (const c of chunks) {
		out.set(c, at);
		at += c.byteLength;
	}
	return out;
};

/** The text of a .docx file's paragraphs; throws DocxError naming what is wrong with the file. */
export function readDocx(bytes: Uint8Array): Promise<string> {
	return docxText(bytes, inflate);
}
