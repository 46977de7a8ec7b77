import { newId } from '$lib/domain/common.schema';
import { buildContacts } from './build-contacts';
import { buildPersons } from './build-persons';
import type {
	ImportIssue,
	ImportOutcome,
	ImportPreview,
	ImportRecords,
	LabelDecisions
} from './import-types';
import { resolveLabels } from './resolve-labels';
import { validateRecords } from './validate-records';

export interface ResolveOptions {
	/** Where new ids come from; tests pass a counter to get the same output every run. */
	newId?: () => string;
}

function resolve(
	preview: ImportPreview,
	decisions: LabelDecisions,
	makeId: () => string
): ImportOutcome<ImportRecords, ImportIssue> {
	const { plan } = preview;
	const labels = resolveLabels(preview.unknownLabels, decisions, plan.taxonomy, makeId);
	if (!labels.ok) return labels;
	const persons = buildPersons(plan.persons, makeId);
	const contacts = buildContacts(plan.rows, persons.idOf, labels.value.ids, makeId);
	return validateRecords({ persons: persons.records, contacts, taxonomyItems: labels.value.items });
}

/**
 * The exact records an import writes, from its preview and the worker's decision for each
 * unknown label: new persons and changed existing ones, the contacts, the new taxonomy
 * items, all checked against the domain schemas. An undecided label gives an error and
 * no records. Deterministic apart from new ids. Never throws.
 */
export function resolveImport(
	preview: ImportPreview,
	decisions: LabelDecisions,
	options: ResolveOptions = {}
): ImportOutcome<ImportRecords, ImportIssue> {
	try {
		return resolve(preview, decisions, options.newId ?? newId);
	} catch {
		return { ok: false, errors: [{ code: 'unexpected', params: {} }] };
	}
}
