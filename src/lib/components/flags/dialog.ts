import type { FlagReason } from '$lib/domain/records';
import type { FlagStrings } from '$lib/i18n/flags';

/** What ReportQuestion gives the lazily loaded ReportDialog. */
export interface DialogProps {
	/** The question reported, shown so the learner sees which one. */
	prompt: string;
	s: FlagStrings;
	/** Stores the report; a rejection keeps the dialog open with a message. */
	onsubmit: (reason: FlagReason, comment: string) => Promise<void>;
	onclose: () => void;
}
