/**
 * Tokens of a sentence: words (syllables, "Covid-19" kept whole), numbers as printed ("1.797", "1,6", "08")
 * and single punctuation marks, each with its offsets in the cleaned text and a folded key for look-ups.
 */
export interface Token {
	text: string;
	start: number;
	end: number;
	kind: 'word' | 'num' | 'punct';
	/** Lower case, NFD with the tone mark last (so "uỷ" and "ủy" meet), "tỉ" = "tỷ". */
	key: string;
}

const TOKEN = /(\p{L}[\p{L}\p{M}]*(?:-(?=[\p{L}\d])[\p{L}\p{M}\d]+)*)|(\d+(?:[.,]\d+)*)|(\S)/gu;
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
const keyCache = new Map<string, string>();

/** The comparison key of one word. */
export function wordKey(word: string): string {
	let key = keyCache.get(word);
	if (key === undefined) {
		const lower = word.toLowerCase().normalize('NFD');
		const tones = lower.match(TONES);
		key = tones ? lower.replace(TONES, '') + tones.join('') : lower;
		if (key === 'ti\u0309') key = 'ty\u0309';
		if (keyCache.size > 50_000) keyCache.clear();
		keyCache.set(word, key);
	}
	return key;
}

/** The keys of a phrase's words, joined by single spaces: the form word lists are compared in. */
export function phraseKey(phrase: string): string {
	return (phrase.match(/\p{L}[\p{L}\p{M}]*|\d+/gu) ?? []).map(wordKey).join(' ');
}

/** Tokenises text[from, to). */
export function tokenize(text: string, from: number, to: number): Token[] {
	const out: Token[] = [];
	TOKEN.lastIndex = 0;
	const slice = text.slice(from, to);
	for (const m of slice.matchAll(TOKEN)) {
		const start = from + (m.index ?? 0);
		const t = m[0];
		const kind = m[1] !== undefined ? 'word' : m[2] !== undefined ? 'num' : 'punct';
		out.push({ text: t, start, end: start + t.length, kind, key: kind === 'word' ? wordKey(t) : t });
	}
	return out;
}

/** A word list as a trie of keys, for longest matches over tokens ("Phó Bí thư Thường trực"). */
export interface PhraseTrie {
	next: Map<string, PhraseTrie>;
	/** The phrase as listed, when a phrase ends here. */
	value?: string;
}

export function buildTrie(phrases: readonly string[]): PhraseTrie {
	const root: PhraseTrie = { next: new Map() };
	for (const p of phrases) {
		let node = root;
		for (const k of phraseKey(p).split(' ')) {
			let child = node.next.get(k);
			if (!child) {
				child = { next: new Map() };
				node.next.set(k, child);
			}
			node = child;
		}
		node.value = p;
	}
	return root;
}

/** Length (in tokens) of the longest phrase of the trie starting at tokens[i]; 0 when none. */
export function longestMatch(trie: PhraseTrie, tokens: readonly Token[], i: number): number {
	let node: PhraseTrie | undefined = trie;
	let best = 0;
	for (let j = i; j < tokens.length && node; j++) {
		const t = tokens[j]!;
		if (t.kind !== 'word') break;
		node = node.next.get(t.key);
		if (node?.value !== undefined) best = j - i + 1;
	}
	return best;
}

/** True when the token is one of the words (compared by key, so "và" written NFC or NFD is the same). */
export function isWord(t: Token | undefined, ...words: string[]): boolean {
	return !!t && t.kind === 'word' && words.some((w) => wordKey(w) === t.key);
}
