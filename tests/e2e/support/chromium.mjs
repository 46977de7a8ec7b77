import { existsSync } from 'node:fs';

/**
 * Playwright cannot download its own browser on our machines, so the tests drive the
 * system Chromium: /usr/bin/chromium by default, or the path in STEKBOEK_CHROMIUM.
 */
export function chromiumExecutable() {
	const path = process.env.STEKBOEK_CHROMIUM || '/usr/bin/chromium';
	if (!existsSync(path)) {
		throw new Error(
			`No Chromium found at ${path}. Install it (Debian/Ubuntu: "apt-get install -y chromium") ` +
				'or point STEKBOEK_CHROMIUM at a Chromium or Chrome executable.'
		);
	}
	return path;
}

/** Launch options for a quiet headless Chromium that makes no request of its own. */
export function chromiumLaunchOptions() {
	return {
		executablePath: chromiumExecutable(),
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--disable-quic',
			'--no-first-run'
		]
	};
}
