/**
 * Sends a file with the system share sheet where the browser can share files (Web Share with files: Android's
 * Chrome, Safari), and as a download elsewhere. Either way, no request leaves the phone.
 */
import { download } from '$lib/components/settings/download';

export type SendOutcome = 'shared' | 'downloaded' | 'cancelled';

export async function sendFile(name: string, text: string, title: string): Promise<SendOutcome> {
	const type = 'text/plain';
	const file = new File([text], name, { type });
	if (typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] })) {
		try {
			await navigator.share({ files: [file], title });
			return 'shared';
		} catch (e) {
			// The learner closed the sheet: nothing to do. Any other refusal falls back to a download.
			if ((e as { name?: string })?.name === 'AbortError') return 'cancelled';
		}
	}
	download(name, text, `${type};charset=utf-8`);
	return 'downloaded';
}
