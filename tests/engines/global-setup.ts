import { spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import type { TestProject } from 'vitest/node';
import { ROOT, serveStatic, stopProcessGroup } from './support/processes';

declare module 'vitest' {
	export interface ProvidedContext {
		/** Three origins serving the same build: three devices with their own storage. */
		origins: string[];
		/** The first free port after the servers, for a driver. */
		driverPort: number;
	}
}

const PROBE = '/stekboek-engine-probe.js';

/**
 * The page probe as a classic script (it must run before the app's modules): its typed
 * source with the types stripped, in a function scope.
 */
function probeScript(): string {
	const source = readFileSync(join(ROOT, 'tests/engines/support/page-probe.ts'), 'utf8');
	const { outputText } = ts.transpileModule(source, {
		compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext }
	});
	return `(() => {\n${outputText.replace(/^export \{\};?$/m, '')}\n})();\n`;
}

/**
 * Builds the app (unless STEKBOEK_ENGINES_REUSE_BUILD is set and a build exists, as in
 * `npm test` right after the Playwright suite built it), copies it with the page probe
 * loaded first in index.html, and serves the copy like `npm start` on three ports.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
	const build = join(ROOT, process.env.STEKBOEK_BUILD_DIR ?? 'build');
	if (!process.env.STEKBOEK_ENGINES_REUSE_BUILD || !existsSync(join(build, 'index.html'))) {
		const result = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
		if (result.status !== 0) throw new Error('npm run build failed');
	}
	const copy = mkdtempSync(join(tmpdir(), 'stekboek-engines-'));
	cpSync(build, copy, { recursive: true });
	// The precompressed index.html would be served instead of the edited one.
	for (const suffix of ['.br', '.gz']) rmSync(join(copy, `index.html${suffix}`), { force: true });
	const html = readFileSync(join(copy, 'index.html'), 'utf8');
	if (!html.includes('<head>')) throw new Error('index.html has no <head> to load the probe in');
	writeFileSync(
		join(copy, 'index.html'),
		html.replace('<head>', `<head><script src="${PROBE}"></script>`)
	);
	writeFileSync(join(copy, PROBE), probeScript());

	const port = Number(process.env.STEKBOEK_ENGINES_PORT ?? 4175);
	const servers: ChildProcess[] = [];
	try {
		for (const offset of [0, 1, 2]) servers.push(await serveStatic(copy, port + offset));
	} catch (error) {
		await Promise.all(servers.map(stopProcessGroup));
		throw error;
	}
	project.provide(
		'origins',
		[0, 1, 2].map((offset) => `http://localhost:${port + offset}`)
	);
	project.provide('driverPort', port + 3);
	return async () => {
		await Promise.all(servers.map(stopProcessGroup));
		rmSync(copy, { recursive: true, force: true });
	};
}
