import type { ImportReport } from '$lib/domain/backup';
import type { StorageInfo } from '$lib/domain/records';
import type { RepairReport } from '$lib/domain/repair';

/** Each deck's question ids, so storage can tell answers to questions no deck asks. */
interface KnownQuestions {
	questions?: ReadonlyMap<string, ReadonlySet<string>>;
}

/**
 * The part of the progress store the settings panels use. Declared here, not imported from storage:
 * components get what they work on as props, and the app's store fits this shape.
 */
interface PanelStore {
	readonly persistent: boolean;
	readonly failure?: string;
	storageInfo(): Promise<StorageInfo>;
	requestPersistence(): Promise<boolean>;
	checkAndRepair(now: Date, options?: KnownQuestions): Promise<RepairReport>;
	resetProgress(deckId?: string): Promise<void>;
	exportBackup(now: Date, appVersion: string): Promise<string>;
	importBackup(text: string, options?: KnownQuestions): Promise<ImportReport>;
}

/** What a panel says after an action: shown in PanelMessages (or a panel's one status line). */
export interface PanelMessage {
	ok: boolean;
	text: string;
}

/** What the settings page gives each storage panel (status, backup, reset). */
export interface PanelProps {
	store: PanelStore;
	deckId: string;
	/** Called after progress changed (import, repair, reset) so the app reloads card states. */
	onChanged?: () => void;
}
