/**
 * Events the app must react to, raised when another tab changes the database under this one.
 * The layout listens and shows "Ứng dụng vừa được cập nhật ở thẻ khác. Hãy tải lại trang." with a reload
 * button for 'blocking' and 'outdated'.
 */

type VersionChangeKind =
	/** Another tab opened a newer schema: this tab closed its connection and must reload. */
	| 'blocking'
	/** This tab is newer, but an older tab did not let go in time: progress is kept in memory only. */
	| 'blocked'
	/** The database on disk is newer than this code: this tab is out of date and must reload. */
	| 'outdated'
	/** The browser closed the connection (storage cleared, disk error); the store reopens on next use. */
	| 'terminated';

export interface VersionChangeEvent {
	kind: VersionChangeKind;
	/** Database name, to tell test databases apart. */
	name: string;
}

type Listener = (event: VersionChangeEvent) => void;
const listeners = new Set<Listener>();

/** Subscribes to version-change events of every store opened by openProgress; returns the unsubscribe. */
export function onVersionChange(listener: Listener): () => void {
	listeners.add(listener);
	return () => listeners.delete(listener);
}

/** Internal: tells every listener. A throwing listener must not stop the others. */
export function emitVersionChange(event: VersionChangeEvent): void {
	for (const listener of [...listeners]) {
		try {
			listener(event);
		} catch (e) {
			console.error('onVersionChange listener failed', e);
		}
	}
}

/**
 * What another tab changed: its settings (this tab re-reads them, so it never writes back an old copy), or a
 * deck's reviews, graded or undone (this tab re-reads its cards and today's counts: state/tab-sync.ts).
 */
export interface DataChangeEvent {
	kind: 'settings' | 'reviews';
	/** Database name, to tell test databases apart. */
	name: string;
	/** 'reviews': the deck whose log changed. */
	deckId?: string;
}

type ChangeListener = (event: DataChangeEvent) => void;
const changeListeners = new Set<ChangeListener>();
let channel: BroadcastChannel | undefined;

/** One channel per page, opened on first use; without BroadcastChannel, changes simply stay in their tab. */
function tabs(): BroadcastChannel | undefined {
	if (!channel && typeof BroadcastChannel === 'function') {
		channel = new BroadcastChannel('on-bai:changes');
		channel.onmessage = (e: MessageEvent<DataChangeEvent>) => {
			for (const listener of [...changeListeners]) listener(e.data);
		};
		// Node (unit tests) would otherwise stay alive for the open channel.
		(channel as { unref?: () => void }).unref?.();
	}
	return channel;
}

/** Subscribes to changes committed by OTHER tabs (a channel does not hear its own posts); returns the unsubscribe. */
export function onOtherTabChange(listener: ChangeListener): () => void {
	tabs();
	changeListeners.add(listener);
	return () => changeListeners.delete(listener);
}

/** Internal: tells the other tabs, once the change is committed. */
export function announceChange(event: DataChangeEvent): void {
	tabs()?.postMessage(event);
}
