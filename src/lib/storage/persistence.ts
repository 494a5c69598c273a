/** The browser's storage manager, when it has one (not in Node, not in some older WebViews). */
import type { StorageInfo } from './contract';

function manager(): StorageManager | undefined {
	return typeof navigator === 'undefined' ? undefined : navigator.storage;
}

/** Whether storage is persistent, and how much is used of how much, as far as the browser says. */
export async function readStorageInfo(): Promise<StorageInfo> {
	const storage = manager();
	if (!storage) return { persisted: false };
	const [persisted, estimate] = await Promise.all([
		storage.persisted ? storage.persisted().catch(() => false) : Promise.resolve(false),
		storage.estimate ? storage.estimate().catch(() => undefined) : Promise.resolve(undefined)
	]);
	return { persisted, usage: estimate?.usage, quota: estimate?.quota };
}

/** Asks for persistent storage, so the browser does not evict progress under pressure. */
export async function askPersistence(): Promise<boolean> {
	const storage = manager();
	if (!storage?.persist) return false;
	try {
		return await storage.persist();
	} catch {
		return false;
	}
}
