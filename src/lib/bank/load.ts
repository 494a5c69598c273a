/**
 * Loads the built-in question bank in the browser. The bank is emitted as a hashed static asset (`?url`),
 * not bundled into the JS, so the home route stays inside its script budget and the service worker can
 * precache the file like any other asset.
 */
import type { Bank, DeckInfo } from '../domain/types';
import type { ProgressStore } from '../storage/contract';
import bankUrl from '../../../questions/bank.json?url';

/** The bank file could not be fetched or is not a bank. */
class BankLoadError extends Error {
	override name = 'BankLoadError';
}

let cached: Promise<Bank> | null = null;

/** Checks the parts of the bank contract the app relies on; throws BankLoadError naming the first problem. */
function assertBank(data: unknown): Bank {
	if (typeof data !== 'object' || data === null) throw new BankLoadError('Bank is not a JSON object');
	const b = data as Partial<Bank>;
	if (b.version !== 1) throw new BankLoadError(`Unsupported bank version: ${String(b.version)}`);
	if (!b.deck || typeof b.deck.id !== 'string' || !b.deck.id) throw new BankLoadError('Bank has no deck.id');
	if (!Array.isArray(b.questions)) throw new BankLoadError('Bank has no questions array');
	for (const [i, q] of b.questions.entries()) {
		if (!q || typeof q.id !== 'string' || typeof q.type !== 'string' || typeof q.prompt !== 'string') {
			throw new BankLoadError(`Bank question #${i} lacks id, type or prompt`);
		}
	}
	return b as Bank;
}

/**
 * Fetches and checks the built-in bank once per page; later calls share the same promise.
 * A failed load is not cached, so a retry can succeed.
 */
export function loadBuiltinBank(fetchFn: typeof fetch = fetch): Promise<Bank> {
	cached ??= (async () => {
		const res = await fetchFn(bankUrl);
		if (!res.ok) throw new BankLoadError(`Could not load the question bank (HTTP ${res.status})`);
		return assertBank(await res.json());
	})().catch((e: unknown) => {
		cached = null;
		throw e;
	});
	return cached;
}

/** An imported deck's bank, from its record in IndexedDB (the app made it; the backup import checked it). */
export async function loadStoredBank(store: ProgressStore | null, deck: DeckInfo): Promise<Bank> {
	const record = await store?.getDeck(deck.id);
	if (!record?.bank) throw new BankLoadError(`The deck "${deck.title}" has no questions on this phone`);
	return assertBank(record.bank);
}
