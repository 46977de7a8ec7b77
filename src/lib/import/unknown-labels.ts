import type { LabelRef, PlannedRow, UnknownLabel } from './import-types';

function labelsOf(row: PlannedRow): LabelRef[] {
	const help = row.helpRequest;
	return help
		? [row.activity, ...help.themes, ...help.approaches, ...help.referrals]
		: [row.activity];
}

/**
 * The labels of valid rows that the taxonomy does not know, each once (first spelling
 * shown), in order of first appearance, with every line that uses it.
 */
export function collectUnknownLabels(rows: readonly PlannedRow[]): UnknownLabel[] {
	const unknown = new Map<string, UnknownLabel>();
	for (const row of rows) {
		for (const ref of labelsOf(row)) {
			if (ref.id !== null) continue;
			const entry = unknown.get(ref.key);
			if (!entry)
				unknown.set(ref.key, { key: ref.key, list: ref.list, label: ref.label, lines: [row.line] });
			else if (entry.lines.at(-1) !== row.line) entry.lines.push(row.line);
		}
	}
	return [...unknown.values()];
}
