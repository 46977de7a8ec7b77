import { beforeAll, describe, expect, it } from 'vitest';
import { toBase64, utf8 } from '$lib/crypto';
import type { TeamInvitation } from '$lib/domain/team-invitation.schema';
import type { ExactReport } from '$lib/report/exact-report.schema';
import { generateDemoData } from '$lib/demo/demo-data';
import { yearPeriod, type Period } from '$lib/report/period';
import { aggregateReport } from '$lib/report/year-report';
import { inconsistentFigure } from './bundle-consistency';
import { TeamBundleError, type TeamBundleProblem } from './team-bundle-error';
import { readTeamBundle } from './team-bundle-reader';
import { sampleExactReport, testInvitation } from '$test-support/team/team-bundle-test-kit';
import { sealTeamContent, writeTeamBundle } from './team-bundle-writer';
import type { LoadedInvitation } from './team-invitation';
import { makeInvitation, readInvitation } from './team-invitation';

let record: TeamInvitation;
let loaded: LoadedInvitation;
let report: ExactReport;

beforeAll(async () => {
	({ record, loaded } = await testInvitation(2022));
	report = sampleExactReport(2022);
});

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

async function refusal(file: Uint8Array, invitations = [record]): Promise<TeamBundleProblem> {
	try {
		await readTeamBundle(file, invitations);
	} catch (error) {
		if (error instanceof TeamBundleError) return error.problem;
		throw error;
	}
	throw new Error('the bundle was accepted');
}

/** A bundle whose sealed figures were changed by `change` before sealing. */
function crafted(change: (copy: ExactReport) => void) {
	const copy = structuredClone(report);
	change(copy);
	return sealTeamContent(loaded, {
		format: 'stekboek-team-content',
		version: 2,
		invitation: loaded.fingerprint,
		period: loaded.period,
		source: toBase64(new Uint8Array(16).fill(7)),
		report: copy
	});
}

describe('team invitation', () => {
	it('shows the colleague the same fingerprint as the merger, and no private key', async () => {
		expect(loaded.fingerprint).toBe(record.fingerprint);
		expect(loaded.fingerprint).toMatch(/^\d{4}( \d{4}){4}$/);
		expect(loaded.period).toEqual(yearPeriod(2022));
		expect(loaded.created).toMatch(/^\d{4}-\d{2}$/);
		expect(Object.keys(loaded)).not.toContain('privateKey');
	});

	it('refuses a file that is not an invitation', async () => {
		await expect(readInvitation(utf8('{"format":"stekboek-team"}'))).rejects.toThrow(
			TeamBundleError
		);
	});
});

describe('team bundle v2', () => {
	it('round-trips the exact figures for the invitation that it was sealed to', async () => {
		const bundle = await writeTeamBundle(() => report, loaded);
		expect(text(bundle)).not.toContain('uniqueContacts');
		const opened = await readTeamBundle(bundle, [record]);
		expect(opened.report).toEqual(report);
		expect(opened.invitation.id).toBe(record.id);
		const again = await readTeamBundle(await writeTeamBundle(() => report, loaded), [record]);
		expect(again.source).not.toBe(opened.source);
	});

	it('refuses a bundle sealed to another invitation', async () => {
		const other = await testInvitation(2022);
		const bundle = await writeTeamBundle(() => report, other.loaded);
		expect(await refusal(bundle)).toBe('other-invitation');
	});

	it('refuses an envelope whose invitation was swapped for this vault’s', async () => {
		const other = await testInvitation(2022);
		const envelope = JSON.parse(text(await writeTeamBundle(() => report, other.loaded)));
		envelope.invitation = record.fingerprint;
		expect(await refusal(utf8(JSON.stringify(envelope)))).toBe('tampered');
	});

	it('refuses sealed content that names another invitation than its envelope', async () => {
		const other = await testInvitation(2022);
		const bundle = await sealTeamContent(loaded, {
			format: 'stekboek-team-content',
			version: 2,
			invitation: other.loaded.fingerprint,
			period: loaded.period,
			source: toBase64(new Uint8Array(16)),
			report
		});
		expect(await refusal(bundle)).toBe('tampered');
	});

	it('refuses a bundle of another period than its invitation', async () => {
		const bundle = await writeTeamBundle(() => sampleExactReport(2021), loaded);
		expect(await refusal(bundle)).toBe('tampered');
	});

	it('refuses a version 1 bundle by name', async () => {
		const v1 = { format: 'stekboek-team', version: 1, kdf: {}, nonce: '', ciphertext: '' };
		expect(await refusal(utf8(JSON.stringify(v1)))).toBe('old-version');
	});

	it('refuses a breakdown that does not add up to its total', async () => {
		const bundle = await crafted((copy) => {
			const [label] = Object.keys(copy.reach.byGender);
			copy.reach.byGender[label!]! += 1;
		});
		expect(await refusal(bundle)).toBe('inconsistent');
	});

	it('refuses a subgroup above its parent', async () => {
		const bundle = await crafted((copy) => {
			copy.reach.knownToSocialService = copy.reach.uniqueContacts + 1;
		});
		expect(await refusal(bundle)).toBe('inconsistent');
	});

	it('refuses the crafted bundle of issue 10: every cell set to 5', async () => {
		const bundle = await crafted((copy) => {
			for (const key of Object.keys(copy.reach.byAgeBand)) copy.reach.byAgeBand[key] = 5;
		});
		expect(await refusal(bundle)).toBe('inconsistent');
	});

	it('refuses negative and non-integer counts', async () => {
		const negative = await crafted((copy) => {
			copy.outreach.rounds = -1;
		});
		expect(await refusal(negative)).toBe('invalid-content');
		const fraction = await crafted((copy) => {
			copy.outreach.rounds = 2.5;
		});
		expect(await refusal(fraction)).toBe('invalid-content');
	});

	it('finds an absurd count and accepts a real report', () => {
		expect(inconsistentFigure(report)).toBeNull();
		const absurd = structuredClone(report);
		absurd.outreach.rounds = 5_000_000;
		expect(inconsistentFigure(absurd)).toBe('outreach.rounds');
	});
});

describe('team bundle v2 for a project period', () => {
	const project = { from: '2021-01-01', to: '2023-12-31' };
	const data = generateDemoData();
	const exactFor = (period: Period) => aggregateReport({ ...data, period, language: 'nl' });
	let projectRecord: TeamInvitation;
	let projectLoaded: LoadedInvitation;

	beforeAll(async () => {
		const made = await makeInvitation(project, 'Team 2021–2023');
		projectRecord = made.record;
		projectLoaded = await readInvitation(made.file);
	});

	/** A project bundle whose sealed content was changed by `change` before sealing. */
	function craftedProject(change: (content: { years?: ExactReport[] }) => void) {
		const content = {
			format: 'stekboek-team-content',
			version: 2,
			invitation: projectLoaded.fingerprint,
			period: project,
			source: toBase64(new Uint8Array(16).fill(9)),
			report: exactFor(project),
			years: [2021, 2022, 2023].map((year) => exactFor(yearPeriod(year)))
		};
		change(content);
		return sealTeamContent(projectLoaded, content);
	}

	it('carries each year of the period, so the merger can sum every column', async () => {
		const opened = await readTeamBundle(await writeTeamBundle(exactFor, projectLoaded), [
			projectRecord
		]);
		expect(opened.report).toEqual(exactFor(project));
		expect(opened.years).toEqual([2021, 2022, 2023].map((year) => exactFor(yearPeriod(year))));
	});

	it('reads a year bundle with no years, and refuses one that carries them', async () => {
		expect(
			(await readTeamBundle(await writeTeamBundle(() => report, loaded), [record])).years
		).toBeUndefined();
		const withYears = await sealTeamContent(loaded, {
			format: 'stekboek-team-content',
			version: 2,
			invitation: loaded.fingerprint,
			period: loaded.period,
			source: toBase64(new Uint8Array(16).fill(3)),
			report,
			years: [report]
		});
		expect(await refusal(withYears)).toBe('inconsistent');
	});

	it('refuses a project bundle without its years, or with years missing, moved or untied', async () => {
		const refusedWith = async (change: (content: { years?: ExactReport[] }) => void) =>
			refusal(await craftedProject(change), [projectRecord]);
		expect(await refusedWith((c) => delete c.years)).toBe('inconsistent');
		expect(await refusedWith((c) => c.years?.pop())).toBe('inconsistent');
		expect(await refusedWith((c) => c.years?.reverse())).toBe('inconsistent');
		// Each year consistent in itself, but the years do not add up to the period.
		expect(
			await refusedWith((c) => {
				c.years = [2021, 2022, 2023].map((year) => ({
					...exactFor(yearPeriod(2021)),
					period: yearPeriod(year)
				}));
			})
		).toBe('inconsistent');
	});
});
