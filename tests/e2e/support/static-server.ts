import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.txt': 'text/plain'
};

/**
 * A static host for the production build, like any a worker would deploy to (unknown
 * paths answer index.html), that can pretend a new version was deployed: from
 * `deployNewVersion()` on, the service worker script differs by one comment.
 */
export async function startStaticServer(root: string) {
	let version = 1;
	const server: Server = createServer((request, response) => {
		void (async () => {
			const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
			let file = join(root, path);
			let body = await readFile(file).catch(() => null);
			if (!body || path.endsWith('/')) {
				file = join(root, 'index.html');
				body = await readFile(file);
			}
			if (path === '/service-worker.js' && version > 1) {
				body = Buffer.concat([body, Buffer.from(`\n// deployed version ${version}\n`)]);
			}
			response.writeHead(200, {
				'content-type': types[extname(file)] ?? 'application/octet-stream',
				'cache-control': 'no-cache'
			});
			response.end(body);
		})().catch(() => {
			response.writeHead(500);
			response.end();
		});
	});
	await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return {
		url: `http://localhost:${port}`,
		deployNewVersion: () => (version += 1),
		close: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
}
