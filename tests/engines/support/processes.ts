import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/**
 * A browser or driver from the system: the path in the environment variable `variable`,
 * else `fallback`; a missing one fails with how to install it (`install`, a Debian package).
 */
export function systemExecutable(variable: string, fallback: string, install: string): string {
	const path = process.env[variable] || fallback;
	if (!existsSync(path)) {
		throw new Error(
			`Nothing at ${path}. Install it ("apt-get install -y ${install}") or point ${variable} at one.`
		);
	}
	return path;
}

/** Waits until `url` answers at all (a driver's /status, a server's /). */
export async function waitForUrl(url: string, timeout = 30_000): Promise<void> {
	const deadline = Date.now() + timeout;
	while (Date.now() < deadline) {
		if (
			await fetch(url).then(
				() => true,
				() => false
			)
		)
			return;
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error(`Nothing answered at ${url} within ${timeout} ms`);
}

/**
 * Stops a process started with `detached: true` together with everything it started
 * (xvfb-run's X server, the driver's browser): its whole process group, by its id.
 */
export async function stopProcessGroup(child: ChildProcess): Promise<void> {
	if (child.pid === undefined || child.exitCode !== null) return;
	const exited = new Promise((resolve) => child.once('exit', resolve));
	const signal = (name: NodeJS.Signals) => {
		try {
			process.kill(-(child.pid ?? 0), name);
		} catch {
			// already gone
		}
	};
	signal('SIGTERM');
	const timer = setTimeout(() => signal('SIGKILL'), 5_000);
	await exited;
	clearTimeout(timer);
}

/**
 * Serves a build folder the way `npm start` does (sirv-cli: SPA fallback, precompressed
 * brotli/gzip files) on localhost:`port`.
 */
export async function serveStatic(dir: string, port: number): Promise<ChildProcess> {
	const args = [dir, '--single', '--gzip', '--brotli', '--quiet', '--port', String(port)];
	const child = spawn(`${ROOT}node_modules/.bin/sirv`, [...args, '--host', 'localhost'], {
		cwd: ROOT,
		detached: true,
		stdio: 'ignore'
	});
	await waitForUrl(`http://localhost:${port}/`);
	return child;
}
