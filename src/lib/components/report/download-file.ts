import type { ExportFile } from '$lib/state/report-files';

/**
 * Starts a normal browser download of an export (a test catches it as a download event).
 * Works offline: the file is a blob URL of this page, revoked a while after the click.
 */
export function downloadExport(file: ExportFile): void {
	const url = URL.createObjectURL(new Blob([file.content], { type: file.type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = file.name;
	link.rel = 'noopener';
	link.hidden = true;
	document.body.append(link);
	link.click();
	link.remove();
	// Not revoked at once: some browsers read the blob after click() returns.
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
