import type { ProgressStore } from '$lib/storage/contract';

/** What the settings page gives each storage panel (status, backup, reset). */
export interface PanelProps {
	store: ProgressStore;
	deckId: string;
	/** Called after progress changed (import, repair, reset) so the app reloads card states. */
	onChanged?: () => void;
}
