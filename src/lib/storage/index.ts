/**
 * Progress storage: the only module that imports idb. `openProgress` returns the IndexedDB store, or the
 * in-memory fallback (persistent: false, failure set) when IndexedDB is missing, refused, blocked by an old
 * tab, or newer than this code, so the app always works for the session.
 */
import type { ProgressStore } from './contract';
import { emitVersionChange } from './events';
import { IdbProgressStore, OpenTimeoutError } from './idb-store';

export type * from './contract';
// MemoryProgressStore is not re-exported: even an unused `export ... from` is a static edge that would pull the
// fallback, and through it FSRS, into the home screen's scripts. Import it from './memory-store' directly.

/** Why a store is not persistent; shown (translated) in the "progress will not be saved" notice. */
type StorageFailure = 'unavailable' | 'refused' | 'blocked' | 'outdated';

export interface OpenOptions {
	/** Database name; tests use their own. Default "on-bai". */
	name?: string;
	/** Default: the global indexedDB. Tests pass a fresh fake-indexeddb factory. */
	idbFactory?: IDBFactory;
	/** Clock for records the store stamps itself (import rebuilds). */
	now?: () => Date;
	/** How long an upgrade waits for an older tab before falling back to memory. Default 5 s. */
	blockedTimeoutMs?: number;
	/** How long an open may take before any upgrade starts. Default 10 s. */
	openTimeoutMs?: number;
}

function globalFactory(): IDBFactory | undefined {
	try {
		return globalThis.indexedDB ?? undefined;
	} catch {
		// Some browsers throw SecurityError on the mere access when storage is disabled.
		return undefined;
	}
}

/** The fallback store, loaded only when IndexedDB fails: most learners never need its code. */
async function inMemory(failure: StorageFailure, now: () => Date): Promise<ProgressStore> {
	const { MemoryProgressStore } = await import('./memory-store');
	return new MemoryProgressStore(failure, now);
}

/** Opens the learner's progress. Never rejects: on failure the store is in memory, with `failure` set. */
export async function openProgress(opts: OpenOptions = {}): Promise<ProgressStore> {
	const name = opts.name ?? 'on-bai';
	const now = opts.now ?? (() => new Date());
	const factory = opts.idbFactory ?? globalFactory();
	if (!factory) return inMemory('unavailable', now);
	try {
		return await IdbProgressStore.open({
			name,
			factory,
			now,
			blockedTimeoutMs: opts.blockedTimeoutMs ?? 5000,
			openTimeoutMs: opts.openTimeoutMs ?? 10_000
		});
	} catch (e) {
		let failure: StorageFailure = 'refused';
		if (e instanceof OpenTimeoutError && e.blocked) failure = 'blocked';
		else if ((e as { name?: string })?.name === 'VersionError') failure = 'outdated';
		if (failure === 'blocked' || failure === 'outdated') emitVersionChange({ kind: failure, name });
		console.warn(`Progress storage falls back to memory (${failure})`, e);
		return inMemory(failure, now);
	}
}
