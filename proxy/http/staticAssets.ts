// Serves the built UI (dist/client) as a production site: the build writes a brotli and a gzip copy
// beside every compressible file (vite.config.ts), so a request gets the best one it accepts without
// compressing anything per request. Vite names every file under assets/ by its content hash, so those
// are cached for a year; everything else (the entry HTML) is revalidated with its ETag on each load.
// `promises` from node:fs, not node:fs/promises: that one loads on the first request, not before the URL is printed.
import { createReadStream, promises as fs, type Stats } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';

/** Where Vite writes hashed files: a changed file gets a new name, so a cached copy is never stale. */
const HASHED_DIR = '/assets/';
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Content types of what a Vite build emits (with `nosniff` the browser trusts only these). */
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** The precompressed copies, best first: brotli is ~15% smaller than gzip on our bundles. */
export const PRECOMPRESSED = [
  { encoding: 'br', suffix: '.br' },
  { encoding: 'gzip', suffix: '.gz' },
] as const;

type Encoding = (typeof PRECOMPRESSED)[number]['encoding'];

/**
 * Answers a GET or HEAD (the caller routes only those here) for a file of the UI; any other path that
 * is not a file is a route of the single-page app and gets index.html. Never rejects: a failure is
 * answered with a status.
 */
export function createStaticAssets(clientDir: string): (request: IncomingMessage, response: ServerResponse) => Promise<void> {
  const root = path.resolve(clientDir);
  const indexHtml = path.join(root, 'index.html');
  return async (request, response) => {
    try {
      const urlPath = decodePath(request.url ?? '/');
      if (urlPath === undefined) return sendText(response, 400, 'Bad request: the path does not decode.\n');
      const file = resolveInside(root, urlPath);
      if (file === undefined) return sendText(response, 404, 'Not found\n');
      if (file !== root && (await fileStats(file))) return await sendFile(request, response, file, urlPath.startsWith(HASHED_DIR));
      // A missing hashed file is a stale page asking for an old build: HTML in its place would be run as script.
      if (urlPath.startsWith(HASHED_DIR)) return sendText(response, 404, 'Not found\n');
      if (!(await fileStats(indexHtml))) return sendText(response, 503, 'UI not built: run npm run build\n');
      await sendFile(request, response, indexHtml, false);
    } catch (error) {
      if (!response.headersSent) sendText(response, 500, 'Internal error\n');
      else response.destroy(error instanceof Error ? error : undefined);
    }
  };
}

/** The path part of a request target, percent-decoded; undefined when it does not decode or holds a NUL. */
function decodePath(target: string): string | undefined {
  const query = target.search(/[?#]/);
  try {
    const decoded = decodeURIComponent(query === -1 ? target : target.slice(0, query));
    return decoded.includes('\0') ? undefined : decoded;
  } catch {
    return undefined;
  }
}

/** The file a path names, or undefined if it leaves the folder or names a dotfile (as `../`, `%2e%2e%2f` or `\` would). */
function resolveInside(root: string, urlPath: string): string | undefined {
  const segments = urlPath.split(/[/\\]/);
  if (segments.some((segment) => segment.startsWith('.'))) return undefined;
  const file = path.resolve(root, `.${path.posix.normalize(`/${segments.join('/')}`)}`);
  return file === root || file.startsWith(root + path.sep) ? file : undefined;
}

async function fileStats(file: string): Promise<Stats | undefined> {
  try {
    const stats = await fs.stat(file);
    return stats.isFile() ? stats : undefined;
  } catch {
    return undefined;
  }
}

/** The precompressed copy to send, by the request's Accept-Encoding (highest q, brotli on a tie); undefined = the file itself. */
export function chooseEncoding(acceptEncoding: string | undefined, available: readonly Encoding[]): Encoding | undefined {
  if (!acceptEncoding) return undefined;
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((param) => param.trim().match(/^q=([0-9.]+)$/)?.[1]).find((value) => value !== undefined);
    weights.set(name.trim(), q === undefined ? 1 : Number(q));
  }
  let best: Encoding | undefined;
  let bestWeight = 0;
  for (const encoding of available) {
    const weight = weights.get(encoding) ?? weights.get('*') ?? 0;
    if (weight > bestWeight) [best, bestWeight] = [encoding, weight];
  }
  return best;
}

async function sendFile(request: IncomingMessage, response: ServerResponse, file: string, hashed: boolean): Promise<void> {
  const contentType = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  const variants = new Map<Encoding, Stats>();
  for (const { encoding, suffix } of PRECOMPRESSED) {
    const stats = await fileStats(file + suffix);
    if (stats) variants.set(encoding, stats);
  }
  const encoding = chooseEncoding(request.headers['accept-encoding'], [...variants.keys()]);
  const chosen = encoding === undefined ? file : file + PRECOMPRESSED.find((variant) => variant.encoding === encoding)!.suffix;
  const stats = (encoding === undefined ? await fileStats(file) : variants.get(encoding))!;
  // Weak, per representation: the brotli copy and the plain file are different bytes.
  const etag = `W/"${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}"`;

  response.setHeader('Content-Type', contentType);
  response.setHeader('Cache-Control', hashed ? IMMUTABLE : 'no-cache');
  response.setHeader('ETag', etag);
  // Ranges of a precompressed file would be ranges of different bytes per encoding; the UI never needs them.
  response.setHeader('Accept-Ranges', 'none');
  if (variants.size > 0) response.setHeader('Vary', 'Accept-Encoding');
  if (encoding !== undefined) response.setHeader('Content-Encoding', encoding);
  if (matchesEtag(request.headers['if-none-match'], etag)) {
    response.statusCode = 304;
    response.end();
    return;
  }
  response.statusCode = 200;
  response.setHeader('Content-Length', stats.size);
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  await new Promise<void>((resolve, reject) => {
    const stream = createReadStream(chosen);
    stream.on('error', reject);
    response.on('close', resolve);
    stream.pipe(response);
  });
}

function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((tag) => bare(tag) === bare(etag));
}

function sendText(response: ServerResponse, status: number, message: string): void {
  response.statusCode = status;
  response.removeHeader('Content-Encoding');
  response.removeHeader('ETag');
  response.removeHeader('Cache-Control');
  response.setHeader('Content-Type', 'text/plain; charset=utf-8');
  response.setHeader('Content-Length', Buffer.byteLength(message));
  response.end(message);
}
