/** How a made file reached the worker. */
export type Delivery = 'shared' | 'downloaded' | 'cancelled';

/**
 * A phone or tablet: a coarse primary pointer and a touch screen. A laptop with a touch
 * screen keeps a fine pointer and gets a normal download.
 */
function isTouchDevice(): boolean {
	return navigator.maxTouchPoints > 0 && matchMedia('(pointer: coarse)').matches;
}

/**
 * Hands a file to the worker: the share sheet on a touch device that can share files
 * (so it can go straight to Files, a USB stick or a mail to oneself), else a normal
 * download. A share the worker closes is `cancelled`; a share that fails otherwise
 * (e.g. the tap's permission expired while the file was made) falls back to a download.
 */
export async function deliverFile(file: File): Promise<Delivery> {
	if (isTouchDevice() && navigator.canShare?.({ files: [file] })) {
		try {
			await navigator.share({ files: [file], title: file.name });
			return 'shared';
		} catch (error) {
			if ((error as { name?: string } | null)?.name === 'AbortError') return 'cancelled';
		}
	}
	downloadFile(file);
	return 'downloaded';
}

/** Starts a browser download of `file` under its own name. */
export function downloadFile(file: File): void {
	const url = URL.createObjectURL(file);
	const link = document.createElement('a');
	link.href = url;
	link.download = file.name;
	link.rel = 'noopener';
	link.hidden = true;
	document.body.append(link);
	link.click();
	link.remove();
	// Revoked later, not at once: some browsers read the blob after click() returns.
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
