/**
 * A catalog of one area of the app: Dutch is the source and defines the keys; every
 * other language must give the same keys (the type checker says which one is missing).
 * Placeholders are written `{name}` and filled by `t`.
 */
export function defineMessages<const Nl extends Record<string, string>>(catalog: {
	nl: Nl;
	en: Record<keyof Nl, string>;
	fr?: Partial<Record<keyof Nl, string>>;
}) {
	return catalog;
}

export type Catalog = ReturnType<typeof defineMessages>;
