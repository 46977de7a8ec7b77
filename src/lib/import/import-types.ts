import type { IsoDate } from '$lib/domain/common.schema';
import type { Contact, HelpRequestStatus } from '$lib/domain/contact.schema';
import type { Person, PersonProfile } from '$lib/domain/person.schema';
import type { ActivityKind, TaxonomyItem } from '$lib/domain/taxonomy.schema';

/** Either a value or a list of problems: import code returns these instead of throwing. */
export type ImportOutcome<T, E = ImportIssue> = { ok: true; value: T } | { ok: false; errors: E[] };

export type IssueParams = Record<string, string | number>;

/** Problems with the file as a whole: nothing can be imported. */
export type FileIssueCode =
	| 'emptyFile'
	| 'missingColumns'
	| 'duplicateColumn'
	| 'unclosedQuote'
	| 'tooManyRows'
	| 'unreadable';

/** Problems with one row: that row is left out, the rest can still be imported. */
export type RowIssueCode =
	| 'missingDate'
	| 'invalidDate'
	| 'missingActivity'
	| 'invalidValue'
	| 'missingApproach'
	| 'helpWithoutTheme'
	| 'tooManyFields'
	| 'badQuotes'
	| 'valueTooLong'
	| 'ambiguousPerson';

/** Problems when turning a preview and the worker's choices into records. */
export type ResolveIssueCode = 'undecidedLabel' | 'unknownTarget' | 'invalidRecord' | 'unexpected';

export type ImportIssueCode = FileIssueCode | RowIssueCode | ResolveIssueCode;

export interface ImportIssue<C extends ImportIssueCode = ImportIssueCode> {
	code: C;
	params: IssueParams;
}

/** A left-out row: `line` is the file line where the row starts (header = line 1). */
export interface RowIssue extends ImportIssue<RowIssueCode> {
	line: number;
}

/** The taxonomy lists a sheet refers to. */
export type ImportList = 'activities' | 'themes' | 'approaches' | 'referrals';

/** A label as written in the sheet; `id` null while it is not (yet) in the taxonomy. */
export interface LabelRef {
	list: ImportList;
	id: string | null;
	key: string;
	label: string;
}

/** A label the taxonomy does not know; `key` is what a decision is filed under. */
export interface UnknownLabel {
	key: string;
	list: ImportList;
	label: string;
	lines: number[];
}

export type ProfileField = Exclude<keyof PersonProfile, 'intake' | 'areaId'>;
export type SheetProfile = { [K in ProfileField]?: PersonProfile[K] };

export interface PlannedHelpRequest {
	themes: LabelRef[];
	approaches: LabelRef[];
	referrals: LabelRef[];
	description: string;
	status: HelpRequestStatus;
}

/** One valid row, read and checked; `personKey` null is an anonymous contact. */
export interface PlannedRow {
	line: number;
	date: IsoDate;
	personKey: string | null;
	alias: string | null;
	activity: LabelRef;
	helpRequest: PlannedHelpRequest | null;
	note: string;
	profile: SheetProfile;
	firstContact: IsoDate | null;
}

/** A person the sheet names: new (`existing` null) or matched to the vault by alias. */
export interface PlannedPerson {
	key: string;
	alias: string;
	existing: Person | null;
	profile: SheetProfile;
	firstContact: IsoDate;
	statedFirstContact: IsoDate | null;
}

export interface ImportPlan {
	rows: PlannedRow[];
	persons: PlannedPerson[];
	taxonomy: readonly TaxonomyItem[];
}

/** What the worker sees before confirming; `plan` is what `resolveImport` needs. */
export interface ImportPreview {
	rowCount: number;
	validRowCount: number;
	persons: { new: number; existing: number };
	contacts: number;
	helpRequests: number;
	signals: number;
	invalidRows: RowIssue[];
	unknownLabels: UnknownLabel[];
	ignoredColumns: string[];
	plan: ImportPlan;
}

/** The worker's choice for one unknown label. */
export type LabelDecision =
	{ action: 'add'; activityKind?: ActivityKind } | { action: 'map'; toId: string };

export type LabelDecisions = Readonly<Record<string, LabelDecision | undefined>>;

/** The exact records to write in one transaction. */
export interface ImportRecords {
	persons: Person[];
	contacts: Contact[];
	taxonomyItems: TaxonomyItem[];
}
