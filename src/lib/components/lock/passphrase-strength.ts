export type Strength = 'weak' | 'fair' | 'strong';

/**
 * A rough strength hint for a passphrase, meant to nudge towards long sentences rather
 * than to score entropy exactly: length counts most, then variety, and repeats cost.
 */
export function passphraseStrength(passphrase: string): Strength {
	const length = [...passphrase].length;
	if (length < 12) return 'weak';
	const distinct = new Set(passphrase.toLowerCase()).size;
	if (distinct < 6) return 'weak';
	const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^a-zA-Z\d\s]/, /\s/].filter((re) =>
		re.test(passphrase)
	).length;
	const words = passphrase.trim().split(/\s+/).length;
	if (length >= 20 && (words >= 4 || classes >= 3)) return 'strong';
	if (length >= 16 || classes >= 3) return 'fair';
	return 'weak';
}
