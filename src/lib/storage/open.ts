/**
 * Opening the "on-bai" database: through any IDBFactory (tests pass fake-indexeddb's), with the schema
 * migrations, idb's blocked/blocking/terminated events, and timeouts so an open never hangs the app.
 */
import { wrap, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { DB_VERSION, migrate } from './migrations';
import type { OnBaiDB } from './schema';

type DB = IDBPDatabase<OnBaiDB>;
type Names = StoreNames<OnBaiDB>;

/** Raised when an open waits on another tab (blocked) or on a stuck browser for longer than allowed. */
export class OpenTimeoutError extends Error {
	constructor(readonly blocked: boolean) {
		super(
			blocked
				? 'Opening the database was blocked by another tab'
				: 'Opening the database did not finish in time'
		);
		this.name = 'OpenTimeoutError';
	}
}

export interface IdbOptions {
	name: string;
	factory: IDBFactory;
	now: () => Date;
	/** How long an upgrade may wait for an older tab to let go before falling back to memory. */
	blockedTimeoutMs: number;
	/** How long an open may take before any upgrade starts (some browsers never answer). */
	openTimeoutMs: number;
}

/**
 * Opens the database through the given factory (idb's openDB always uses the global one), with idb's
 * blocked/blocking/terminated callbacks, and timeouts so a blocked or stuck open never hangs the app.
 */
export function openDatabase(
	opts: IdbOptions,
	on: { blocking: (db: DB) => void; terminated: () => void },
	version: number = DB_VERSION
): Promise<DB> {
	return new Promise<DB>((resolve, reject) => {
		let settled = false;
		let timer: ReturnType<typeof setTimeout> | undefined;
		const arm = (ms: number, blocked: boolean) => {
			clearTimeout(timer);
			timer = setTimeout(() => {
				settled = true;
				reject(new OpenTimeoutError(blocked));
			}, ms);
		};
		const request = opts.factory.open(opts.name, version);
		arm(opts.openTimeoutMs, false);
		request.addEventListener('upgradeneeded', (event) => {
			// A running upgrade is real work (indexing a long review log): no timeout while it runs.
			clearTimeout(timer);
			const db = wrap(request.result) as unknown as DB;
			const tx = wrap(request.transaction!) as unknown as IDBPTransaction<OnBaiDB, Names[], 'versionchange'>;
			// A failed upgrade rolls back and the open rejects (the app falls back to memory); the abort itself
			// is reported through the open request, not as a stray rejection.
			tx.done.catch(() => undefined);
			try {
				migrate(db, tx, event.oldVersion, version);
			} catch (e) {
				console.error(`Upgrading the database from version ${event.oldVersion} failed`, e);
				tx.abort();
			}
		});
		request.addEventListener('blocked', () => {
			if (!settled) arm(opts.blockedTimeoutMs, true);
		});
		(wrap(request) as unknown as Promise<DB>).then(
			(db) => {
				clearTimeout(timer);
				if (settled) {
					// We already gave up and fell back to memory: let the other tabs have the database.
					db.close();
					return;
				}
				settled = true;
				db.addEventListener('close', () => on.terminated());
				db.addEventListener('versionchange', () => on.blocking(db));
				resolve(db);
			},
			(e) => {
				clearTimeout(timer);
				if (!settled) {
					settled = true;
					reject(e);
				}
			}
		);
	});
}
