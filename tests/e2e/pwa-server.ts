/**
 * A tiny static server for the PWA tests, serving a built folder the way a static host would
 * (`/quiz` -> quiz.html, as adapter-static with trailingSlash 'never' expects). The tests start and STOP
 * it themselves: stopping the server is the only reliable way to cut the network for the service worker
 * too (context.setOffline and request routing do not reach every service-worker fetch).
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.txt': 'text/plain; charset=utf-8'
};

export interface StaticServer {
	url: string;
	/** Closes the listener AND every open connection, so nothing more is served. */
	stop(): Promise<void>;
}

async function isFile(path: string): Promise<boolean> {
	try {
		return (await stat(path)).isFile();
	} catch {
		return false;
	}
}

/** The file a static host would answer with for a URL path, or null for a 404. */
async function resolveFile(root: string, pathname: string): Promise<string | null> {
	const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
	const base = join(root, clean);
	if (!base.startsWith(root)) return null;
	const candidates = clean.endsWith('/')
		? [join(base, 'index.html')]
		: [base, `${base}.html`, join(base, 'index.html')];
	for (const c of candidates) if (await isFile(c)) return c;
	return null;
}

/** Serves `dir` on localhost:`port` until `stop()`. */
export async function serveStatic(dir: string, port: number): Promise<StaticServer> {
	const root = resolve(dir);
	const server: Server = createServer(async (req, res) => {
		const url = new URL(req.url ?? '/', `http://localhost:${port}`);
		const file = await resolveFile(root, url.pathname);
		if (!file) {
			res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
			return;
		}
		// The headers the README asks of a real host: hashed files forever, everything else revalidated.
		const immutable = url.pathname.startsWith('/_app/immutable/');
		const type = TYPES[extname(file)] ?? 'application/octet-stream';
		let body = await readFile(file);
		const headers: Record<string, string> = {
			'content-type': type,
			'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache'
		};
		if (!type.startsWith('image/png') && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
			body = gzipSync(body);
			headers['content-encoding'] = 'gzip';
			headers['vary'] = 'accept-encoding';
		}
		res.writeHead(200, headers);
		res.end(body);
	});
	await new Promise<void>((ok, fail) => {
		server.once('error', fail);
		server.listen(port, 'localhost', () => ok());
	});
	return {
		url: `http://localhost:${port}`,
		stop: () =>
			new Promise<void>((ok) => {
				server.closeAllConnections();
				server.close(() => ok());
			})
	};
}

/** Every route of the app; each must open offline. */
export const ROUTES = [
	'/',
	'/study',
	'/quiz',
	'/learn',
	'/match',
	'/article',
	'/stats',
	'/settings',
	'/import'
] as const;

/** The second server port for PWA tests (the task's spare port), next to Playwright's own on PORT. */
export const PWA_PORT = Number(process.env.PWA_PORT ?? 4318);
