/**
 * Settles like `work`, or rejects with `late()` once `ms` have passed without an answer.
 * For the steps of an unlock that wait on the browser (a worker, IndexedDB): a phone that
 * froze one of them must show a message, never a button that stays busy for ever.
 */
export function withDeadline<T>(work: Promise<T>, ms: number, late: () => Error): Promise<T> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const deadline = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(late()), ms);
	});
	return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}
