import type { Change } from '$lib/db/encrypted-repository';
import type { Settings } from '$lib/domain/settings.schema';
import {
	emptyHelpRequest,
	emptyNewPerson,
	emptyRegistration,
	registrationStateSchema,
	withApproaches,
	type HelpRequestDraft,
	type RegistrationState
} from './registration-state';
import {
	registrationChanges,
	toRecords,
	type RegistrationIssue,
	type RegistrationRecords
} from './registration-records';

/** Where the form gets its defaults and writes its records: the unlocked vault. */
export interface RegistrationStore {
	/** The place a new form starts at (the last used one, if still in the pickers). */
	defaultActivityId(): string | null;
	today(): string;
	personExists(id: string): boolean;
	settings(): Settings;
	commit(changes: Change[]): Promise<void>;
	/** The transaction of a save; by default a new registration's (`registrationChanges`). */
	changesFor?(records: RegistrationRecords): Change[];
}

/**
 * The registration form's state and actions. `state` is plain serialisable data (a draft
 * can store it as JSON); validation and mapping live in the pure `toRecords`.
 */
export class RegistrationForm {
	state = $state<RegistrationState>() as RegistrationState;
	issues = $state<RegistrationIssue[]>([]);
	saving = $state(false);
	readonly #store: RegistrationStore;
	#pristine = $state('');

	constructor(store: RegistrationStore) {
		this.#store = store;
		this.reset();
	}

	/** True while the form holds anything the worker typed or chose. */
	dirty = $derived(JSON.stringify(this.state) !== this.#pristine);

	/** Starts a blank form at the default place, today. */
	reset(): void {
		this.state = emptyRegistration(this.#store.defaultActivityId(), this.#store.today());
		this.#pristine = JSON.stringify(this.state);
		this.issues = [];
	}

	/** Loads a stored contact's state to edit; the form is clean until the worker changes it. */
	load(state: RegistrationState): void {
		this.state = state;
		this.#pristine = JSON.stringify(this.state);
		this.issues = [];
	}

	/** A plain copy of the state, for a draft. */
	get data(): RegistrationState {
		return $state.snapshot(this.state);
	}

	/** Takes back a draft; refuses (returns false) data that is not a registration. */
	restore(data: unknown): boolean {
		const parsed = registrationStateSchema.safeParse(data);
		if (!parsed.success) return false;
		this.state = parsed.data;
		return true;
	}

	choosePerson(id: string): void {
		this.state.personMode = 'known';
		this.state.personId = id;
	}

	/** Opens the inline new-person fields, with what was typed in the search as alias. */
	chooseNewPerson(): void {
		this.state.personMode = 'new';
		this.state.personId = null;
		if (!this.state.newPerson.alias) this.state.newPerson = emptyNewPerson(this.state.personQuery);
	}

	chooseAnonymous(): void {
		this.state.personMode = 'anonymous';
		this.state.personId = null;
	}

	/** Back to the search, keeping what was typed. */
	clearPerson(): void {
		this.state.personMode = null;
		this.state.personId = null;
	}

	addHelpRequest(): string {
		const request = emptyHelpRequest(this.#store.settings().lastHelpRequestStatus);
		this.state.helpRequests.push(request);
		return request.id;
	}

	removeHelpRequest(id: string): void {
		this.state.helpRequests = this.state.helpRequests.filter((request) => request.id !== id);
	}

	setApproaches(id: string, approachIds: string[]): void {
		this.#update(id, (request) => withApproaches(request, approachIds));
	}

	/** Validates and writes the registration in one commit; null when it was refused. */
	async save(): Promise<RegistrationRecords | null> {
		if (this.saving) return null;
		const result = toRecords(this.data, (id) => this.#store.personExists(id));
		if (!result.ok) {
			this.issues = result.issues;
			return null;
		}
		this.saving = true;
		try {
			await this.#store.commit(
				this.#store.changesFor?.(result.records) ??
					registrationChanges(result.records, this.#store.settings())
			);
		} finally {
			this.saving = false;
		}
		this.reset();
		return result.records;
	}

	#update(id: string, change: (request: HelpRequestDraft) => HelpRequestDraft): void {
		this.state.helpRequests = this.state.helpRequests.map((request) =>
			request.id === id ? change(request) : request
		);
	}
}
