/**
 * The checksum of the app's files (backups, deck files): SHA-256 over a canonical JSON text of their data,
 * with `crypto.subtle` only (Node 20, every browser and Web Workers). One home, so both files hash alike.
 */

/**
 * JSON with object keys sorted at every level and no whitespace, so the same data always gives the same
 * text (and the same checksum) whatever order the records' fields were written in. `undefined` fields are
 * dropped, as JSON.stringify does.
 */
export function canonicalJson(value: unknown): string {
	return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
	if (Array.isArray(value)) return value.map((v) => (v === undefined ? null : sortKeys(v)));
	if (value !== null && typeof value === 'object') {
		// fromEntries defines own properties: a key "__proto__" stays a key and is hashed like any other.
		return Object.fromEntries(
			Object.keys(value)
				.sort()
				.flatMap((key) => {
					const v = (value as Record<string, unknown>)[key];
					return v === undefined ? [] : [[key, sortKeys(v)]];
				})
		);
	}
	return value;
}

/** SHA-256 of the UTF-8 text, as lowercase hex. */
export async function sha256Hex(text: string): Promise<string> {
	const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
	return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
