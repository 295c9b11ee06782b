import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The explorer page's own files: `explorer/` at the project root. */
const explorerDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../explorer');

/**
 * Library files the page loads, served from the installed packages so nothing comes from the
 * internet. Only these names are reachable under /assets/vendor/; node_modules is never browsable.
 */
const vendorFiles: Record<string, () => string> = {
  'cytoscape.esm.min.mjs': () => join(dirname(createRequire(import.meta.url).resolve('cytoscape')), 'cytoscape.esm.min.mjs'),
};

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.png': 'image/png',
};

// The page calls only its own origin: the GraphQL endpoint and these assets. Cytoscape sets inline
// styles on its container, hence 'unsafe-inline' for styles only.
const pageHeaders = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/**
 * Serves the explorer: `GET /` is the page, `/assets/*` its files and the vendored library.
 * Returns false for every other request so the caller can route it (GraphQL, health).
 */
export async function serveStatic(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const pathname = pathnameOf(req.url);
  if (pathname === null) return false;
  if (pathname === '/') return sendFile(req, res, join(explorerDir, 'index.html'));
  if (!pathname.startsWith('/assets/')) return false;

  const file = assetFile(pathname.slice('/assets/'.length));
  if (!file) return notFound(res);
  return sendFile(req, res, file);
}

function pathnameOf(url: string | undefined): string | null {
  try {
    return decodeURIComponent(new URL(url ?? '/', 'http://localhost').pathname);
  } catch {
    return null; // malformed percent-encoding: not ours to answer
  }
}

/** The file behind an asset path, or null when it names nothing servable (including `..` escapes). */
function assetFile(rel: string): string | null {
  if (rel.includes('\0') || rel.includes('\\')) return null;
  if (rel.startsWith('vendor/')) return vendorFiles[rel.slice('vendor/'.length)]?.() ?? null;
  if (!(extname(rel) in contentTypes)) return null;
  const file = resolve(explorerDir, rel);
  const inside = relative(explorerDir, file);
  if (inside === '' || inside.startsWith('..') || inside.startsWith(sep)) return null;
  return file;
}

async function sendFile(req: IncomingMessage, res: ServerResponse, file: string): Promise<boolean> {
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) return notFound(res);
  res.writeHead(200, {
    ...pageHeaders,
    'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream',
    'Content-Length': info.size,
    // Small files that change with each release; revalidating keeps a deployed page current.
    'Cache-Control': 'no-cache',
  });
  if (req.method === 'HEAD') {
    res.end();
    return true;
  }
  await new Promise<void>((done) => {
    const stream = createReadStream(file);
    stream.on('error', () => {
      res.destroy();
      done();
    });
    stream.on('end', done);
    stream.pipe(res);
  });
  return true;
}

function notFound(res: ServerResponse): true {
  res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
  res.end('Hittades inte\n');
  return true;
}
