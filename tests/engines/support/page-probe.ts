// Loaded by the engine suite's copy of index.html as its first script, before the app's
// own (a same-origin file, so the page's CSP allows it). It gives every engine the
// same three things WebDriver classic lacks: the page's errors (kept in sessionStorage so
// they survive the reload that locking does), the files the app hands to the browser as
// downloads, and elements found by role and accessible name.
import type { Query } from './engine-page';

/** What the probe offers the drivers, as `window.stekboekProbe`. */
export type StekboekProbe = {
	find(query: Query): Element | null;
	text(): string;
	/** The value of the first field for a query, or null when there is none. */
	value(query: Query): string | null;
	select(query: Query, label: string): boolean;
	downloads(): string[];
	readDownload(index: number): Promise<string>;
	takeErrors(): string[];
};

const ERRORS = 'stekboek-engine-errors';

// Locking reloads the page on purpose; an import it cuts off fails in the old document,
// which nobody sees any more. Errors once the page is being left are that, not the app's.
let leaving = false;
addEventListener('beforeunload', () => (leaving = true));
addEventListener('pagehide', () => (leaving = true));
addEventListener('pageshow', () => (leaving = false));

function record(text: string): void {
	if (leaving) return;
	const list = JSON.parse(sessionStorage.getItem(ERRORS) ?? '[]') as string[];
	list.push(text);
	sessionStorage.setItem(ERRORS, JSON.stringify(list));
}

// Resource errors too (a script or stylesheet that failed to load), except module preload
// hints: Firefox fires `error` on some that Vite adds for a chunk it is already fetching,
// and a chunk that really fails shows up as the import's own page error.
addEventListener(
	'error',
	(event) => {
		const target = event.target as Partial<HTMLScriptElement & HTMLLinkElement> | null;
		if (event.message) record(`page error: ${event.message}`);
		else if (target?.rel !== 'modulepreload') {
			record(`failed to load <${target?.tagName?.toLowerCase()}> ${target?.src ?? target?.href}`);
		}
	},
	true
);
addEventListener('unhandledrejection', (event) => {
	const reason = event.reason as { stack?: string } | undefined;
	record(`unhandled rejection: ${reason?.stack ?? String(reason)}`);
});
document.addEventListener('securitypolicyviolation', (event) => {
	const where = `${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`;
	record(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI} at ${where}`);
});
const consoleError = console.error.bind(console);
console.error = (...args: unknown[]) => {
	record(`console.error: ${args.map(String).join(' ')}`);
	consoleError(...args);
};

const blobs = new Map<string, Blob>();
const downloads: { name: string; blob: Blob }[] = [];
const createObjectURL = URL.createObjectURL.bind(URL);
URL.createObjectURL = (object: Blob | MediaSource) => {
	const url = createObjectURL(object);
	if (object instanceof Blob) blobs.set(url, object);
	return url;
};
const click = HTMLAnchorElement.prototype.click;
HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
	const blob = blobs.get(this.href);
	if (this.hasAttribute('download') && blob) downloads.push({ name: this.download, blob });
	return click.call(this);
};

const SKIPPED = ['INPUT', 'SELECT', 'TEXTAREA', 'SCRIPT', 'STYLE'];

/** The text a subtree contributes to an accessible name (aria-hidden parts left out). */
function text(node: Node): string {
	if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
	if (!(node instanceof Element)) return '';
	if (node.getAttribute('aria-hidden') === 'true' || SKIPPED.includes(node.tagName)) return '';
	const own = node.getAttribute('aria-label') ?? node.getAttribute('alt');
	return own || [...node.childNodes].map(text).join('');
}

const clean = (value: string) => value.replace(/\s+/g, ' ').trim();

/**
 * The accessible name, by the rules the app's markup uses: aria-labelledby, aria-label,
 * the labels of a form field, a fieldset's legend, the value of an input button, a
 * field's title or placeholder, otherwise the element's own text.
 */
function nameOf(element: Element): string {
	const labelledBy = (element.getAttribute('aria-labelledby') ?? '')
		.split(/\s+/)
		.map((id) => (id ? document.getElementById(id) : null))
		.filter((node) => node !== null);
	if (labelledBy.length > 0) return clean(labelledBy.map((node) => text(node)).join(' '));
	const label = element.getAttribute('aria-label');
	if (label) return clean(label);
	const labels = (element as HTMLInputElement).labels;
	if (labels && labels.length > 0) return clean([...labels].map(text).join(' '));
	if (element instanceof HTMLFieldSetElement) {
		return clean(text(element.querySelector('legend') ?? document.createTextNode('')));
	}
	if (element instanceof HTMLInputElement && ['button', 'submit'].includes(element.type)) {
		return clean(element.value);
	}
	if (SKIPPED.includes(element.tagName)) {
		return clean(element.getAttribute('title') ?? element.getAttribute('placeholder') ?? '');
	}
	return clean(text(element));
}

const TEXT_INPUT = 'input:not([type]),input[type=text],input[type=search],input[type=email]';
// `textbox` includes password fields, as ui-contract.md's "textbox (password)" does.
const ROLES: Record<string, string> = {
	button: 'button,input[type=button],input[type=submit],[role=button]',
	link: 'a[href],[role=link]',
	heading: 'h1,h2,h3,h4,h5,h6,[role=heading]',
	textbox: `${TEXT_INPUT},input[type=tel],input[type=url],input[type=password],textarea,[role=textbox]`,
	checkbox: 'input[type=checkbox],[role=checkbox]',
	radio: 'input[type=radio],[role=radio]',
	combobox: 'select,[role=combobox]',
	spinbutton: 'input[type=number],[role=spinbutton]',
	file: 'input[type=file]',
	group: 'fieldset,[role=group]',
	dialog: 'dialog,[role=dialog]',
	status: 'output,[role=status]',
	alert: '[role=alert]'
};

const visible = (element: Element) =>
	element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden';

function matches(element: Element, query: Query): boolean {
	const name = nameOf(element);
	return query.exact === false
		? name.toLowerCase().includes(query.name.toLowerCase())
		: name === query.name;
}

/** Every visible element for a query (file inputs may be hidden), in document order. */
function findAll(query: Query): Element[] {
	const selector = ROLES[query.role];
	if (!selector) throw new Error(`The probe knows no role ${query.role}`);
	const scopes: ParentNode[] = query.within ? findAll(query.within) : [document];
	return scopes.flatMap((scope) =>
		[...scope.querySelectorAll(selector)].filter(
			(element) => (query.role === 'file' || visible(element)) && matches(element, query)
		)
	);
}

const probe: StekboekProbe = {
	find: (query) => findAll(query)[0] ?? null,
	text: () =>
		[
			document.body.innerText,
			...[...document.querySelectorAll('input, textarea')].map(
				(field) => (field as HTMLInputElement).value
			)
		].join('\n'),
	value: (query) => {
		const field = findAll(query)[0];
		return field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement
			? field.value
			: null;
	},
	select: (query, label) => {
		const select = findAll(query)[0];
		if (!(select instanceof HTMLSelectElement)) return false;
		const option = [...select.options].find((item) => clean(item.text) === label);
		if (!option) return false;
		select.value = option.value;
		select.dispatchEvent(new Event('input', { bubbles: true }));
		select.dispatchEvent(new Event('change', { bubbles: true }));
		return true;
	},
	downloads: () => downloads.map((download) => download.name),
	readDownload: async (index) => {
		const download = downloads[index];
		if (!download) throw new Error(`No download ${index}`);
		const bytes = new Uint8Array(await download.blob.arrayBuffer());
		let binary = '';
		for (const byte of bytes) binary += String.fromCharCode(byte);
		return btoa(binary);
	},
	takeErrors: () => {
		const list = JSON.parse(sessionStorage.getItem(ERRORS) ?? '[]') as string[];
		sessionStorage.removeItem(ERRORS);
		return list;
	}
};
(window as unknown as { stekboekProbe: StekboekProbe }).stekboekProbe = probe;
