import { z } from 'zod';
import { countSchema, idSchema } from '$lib/domain/common.schema';
import { focusPromptSchema, type FocusSession } from '$lib/domain/focus.schema';
import { translationsSchema } from '$lib/domain/participant-language';
import { toBase64 } from '$lib/crypto';
import { translate } from '$lib/i18n/messages';

/**
 * What a running kiosk needs, kept IN CLEAR in localStorage, because the kiosk runs without
 * the data key and must survive a reload. Decision (security.md allows nothing personal in
 * web storage): this holds only the session's random id, its title and prompt texts (the
 * questions shown openly on the shared tablet), the team's theme labels, and the headcount
 * so far, which equals the number of sealed rows anyone can already count in IndexedDB.
 * No date, no participant data: every answer is sealed to the vault's public key, which the
 * config pins (taken from the unlocked vault when the kiosk starts), so a kiosk never seals
 * to a key swapped or rotated in the clear header after that. The entry is removed when the
 * worker closes the kiosk with the passphrase.
 */
export const kioskConfigSchema = z.object({
	format: z.literal('stekboek-kiosk'),
	version: z.literal(2),
	sessionId: idSchema,
	/** The vault's X25519 public key (base64) this kiosk seals to, and to no other. */
	publicKey: z.string().min(1).max(100),
	title: z.string().trim().min(1).max(200),
	titleTranslations: translationsSchema(200).optional(),
	prompts: z
		.array(focusPromptSchema.extend({ standard: z.boolean() }))
		.min(1)
		.max(20),
	themes: z
		.array(
			z.object({
				id: idSchema,
				label: z.string().min(1).max(200),
				labelEn: z.string().min(1).max(200).nullable(),
				labelFr: z.string().min(1).max(200).nullable()
			})
		)
		.max(200),
	headcount: countSchema
});

export type KioskConfig = z.infer<typeof kioskConfigSchema>;
export type KioskPrompt = KioskConfig['prompts'][number];
export type KioskTheme = KioskConfig['themes'][number];

import { KIOSK_STORAGE_KEY } from './kiosk-flag';

export { KIOSK_STORAGE_KEY };

/** The part of Web Storage the kiosk uses (injectable for tests). */
export type KioskStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The running kiosk's config, or null (none, unreadable, or tampered into another shape). */
export function readKioskConfig(storage: KioskStorage | null): KioskConfig | null {
	try {
		const text = storage?.getItem(KIOSK_STORAGE_KEY);
		if (!text) return null;
		const parsed = kioskConfigSchema.safeParse(JSON.parse(text));
		return parsed.success ? parsed.data : null;
	} catch {
		return null;
	}
}

/** Stores the config; throws when storage refuses, since a kiosk that forgets itself on reload would leak the app. */
export function writeKioskConfig(storage: KioskStorage | null, config: KioskConfig): void {
	if (!storage) throw new Error('no storage');
	storage.setItem(KIOSK_STORAGE_KEY, JSON.stringify(kioskConfigSchema.parse(config)));
}

/** Ends the kiosk on this device. */
export function clearKioskConfig(storage: KioskStorage | null): void {
	try {
		storage?.removeItem(KIOSK_STORAGE_KEY);
	} catch {
		// Nothing stored means nothing to clear.
	}
}

/** localStorage when the browser allows it (private modes may throw on access). */
export function browserStorage(): KioskStorage | null {
	try {
		return globalThis.localStorage ?? null;
	} catch {
		return null;
	}
}

/**
 * The kiosk config for a session that was just saved. `standardText` is the default open
 * question: the participant screen shows that one in the participant's own language.
 * `publicKey` is the unlocked vault's own (authenticated) public key, pinned for the kiosk.
 */
export function kioskConfigFor(
	session: FocusSession,
	themes: KioskTheme[],
	standardText: string,
	publicKey: Uint8Array
): KioskConfig {
	return {
		format: 'stekboek-kiosk',
		version: 2,
		sessionId: session.id,
		publicKey: toBase64(publicKey),
		title: session.title,
		...(session.titleTranslations ? { titleTranslations: session.titleTranslations } : {}),
		prompts: session.prompts.map((prompt) => ({
			...prompt,
			standard: prompt.kind === 'open' && prompt.text === standardText
		})),
		themes,
		headcount: session.headcount
	};
}

/**
 * The open question a session gets when the worker asks nothing else. Stored in Dutch (the
 * records' language); the participant screen shows it in the participant's language.
 */
export function standardPromptText(): string {
	return translate('nl', 'kiosk.defaultPrompt');
}
