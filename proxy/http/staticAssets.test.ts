// The built UI as a browser (or curl) fetches it from a real HTTP server: precompressed copies chosen by
// Accept-Encoding, caching by kind of file, ETag revalidation of the HTML, HEAD and Range, traversal.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseEncoding, createStaticAssets } from './staticAssets';

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

const script = 'console.log("the entry chunk");\n'.repeat(100);
const html = '<!doctype html><title>mcp-inspect ui</title>';

describe('createStaticAssets', () => {
  let server: http.Server;
  let dir: string;
  let port: number;

  const fetch = (target: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Reply> =>
    new Promise((resolve, reject) => {
      const request = http.request({ host: '127.0.0.1', port, path: target, method, headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      });
      request.on('error', reject);
      request.end();
    });

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'mcp-inspect-static-'));
    mkdirSync(path.join(dir, 'assets'));
    writeFileSync(path.join(dir, 'index.html'), html);
    writeFileSync(path.join(dir, 'assets', 'index-abc123.js'), script);
    writeFileSync(path.join(dir, 'assets', 'index-abc123.js.br'), brotliCompressSync(script));
    writeFileSync(path.join(dir, 'assets', 'index-abc123.js.gz'), gzipSync(script));
    writeFileSync(path.join(dir, 'assets', 'only-gzip-1.css'), 'body{}');
    writeFileSync(path.join(dir, 'assets', 'only-gzip-1.css.gz'), gzipSync('body{}'));
    writeFileSync(path.join(dir, '.env'), 'SECRET=1');
    // A file beside the UI's folder, which a traversal would reach.
    writeFileSync(path.join(dir, '..', `${path.basename(dir)}-secret.txt`), 'outside');
    const serve = createStaticAssets(dir);
    server = http.createServer((request, response) => void serve(request, response));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
    rmSync(path.join(dir, '..', `${path.basename(dir)}-secret.txt`), { force: true });
  });

  it('prefers brotli, then gzip, with the encoding, the type and Vary named', async () => {
    const brotli = await fetch('/assets/index-abc123.js', { 'Accept-Encoding': 'gzip, deflate, br, zstd' });
    expect(brotli.status).toBe(200);
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(brotli.headers.vary).toBe('Accept-Encoding');
    expect(Number(brotli.headers['content-length'])).toBe(brotli.body.length);
    expect(brotliDecompressSync(brotli.body).toString()).toBe(script);

    const gzipped = await fetch('/assets/index-abc123.js', { 'Accept-Encoding': 'gzip' });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzipped.body).toString()).toBe(script);
    // Only the copies that exist are offered.
    const css = await fetch('/assets/only-gzip-1.css', { 'Accept-Encoding': 'br, gzip' });
    expect(css.headers['content-encoding']).toBe('gzip');
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
  });

  it('sends the plain file to a request without Accept-Encoding, or that refuses the copies', async () => {
    for (const headers of [{}, { 'Accept-Encoding': 'identity' }, { 'Accept-Encoding': 'br;q=0, gzip;q=0' }] as Record<string, string>[]) {
      const plain = await fetch('/assets/index-abc123.js', headers);
      expect(plain.status).toBe(200);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.headers.vary).toBe('Accept-Encoding');
      expect(plain.body.toString()).toBe(script);
    }
  });

  it('caches hashed assets for a year and revalidates the HTML by its ETag', async () => {
    const asset = await fetch('/assets/index-abc123.js', { 'Accept-Encoding': 'br' });
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');

    const page = await fetch('/');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.body.toString()).toBe(html);
    const etag = page.headers.etag!;
    expect(etag).toMatch(/^W\/".+"$/);
    const revalidated = await fetch('/', { 'If-None-Match': etag });
    expect(revalidated.status).toBe(304);
    expect(revalidated.body.length).toBe(0);
    expect((await fetch('/', { 'If-None-Match': 'W/"something-else"' })).status).toBe(200);
    // The brotli copy and the plain file are different bytes, so they have different tags.
    const plainAsset = await fetch('/assets/index-abc123.js');
    expect(plainAsset.headers.etag).not.toBe(asset.headers.etag);
  });

  it('routes unknown paths to the single-page app, but not missing hashed assets', async () => {
    const route = await fetch('/connections/c1');
    expect(route.status).toBe(200);
    expect(route.body.toString()).toBe(html);
    const stale = await fetch('/assets/index-old999.js');
    expect(stale.status).toBe(404);
    expect(stale.headers['cache-control']).toBeUndefined();
  });

  it('answers HEAD with the headers only, and a Range request with the whole file', async () => {
    const head = await fetch('/assets/index-abc123.js', { 'Accept-Encoding': 'br' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers['content-encoding']).toBe('br');
    expect(Number(head.headers['content-length'])).toBe(brotliCompressSync(script).length);
    expect(head.body.length).toBe(0);

    const ranged = await fetch('/assets/index-abc123.js', { Range: 'bytes=0-9' });
    expect(ranged.status).toBe(200);
    expect(ranged.headers['accept-ranges']).toBe('none');
    expect(ranged.body.toString()).toBe(script);
  });

  it('refuses paths that leave the folder or name a dotfile', async () => {
    const outside = `${path.basename(dir)}-secret.txt`;
    for (const target of [`/../${outside}`, `/%2e%2e/${outside}`, `/assets/..%2f..%2f${outside}`, `/..%5c${outside}`, '/.env', '/assets/%2e%2e/.env']) {
      const reply = await fetch(target);
      expect(reply.status, target).toBe(404);
      expect(reply.body.toString(), target).not.toMatch(/outside|SECRET/);
    }
    expect((await fetch('/%E0%A4%A')).status).toBe(400);
    expect((await fetch('/index.html%00.js')).status).toBe(400);
  });
});

describe('chooseEncoding', () => {
  it('takes the highest q, brotli on a tie, and honours * and q=0', () => {
    expect(chooseEncoding('gzip, br', ['br', 'gzip'])).toBe('br');
    expect(chooseEncoding('gzip;q=1, br;q=0.5', ['br', 'gzip'])).toBe('gzip');
    expect(chooseEncoding('*', ['br', 'gzip'])).toBe('br');
    expect(chooseEncoding('*, br;q=0', ['br', 'gzip'])).toBe('gzip');
    expect(chooseEncoding('deflate', ['br', 'gzip'])).toBeUndefined();
    expect(chooseEncoding(undefined, ['br', 'gzip'])).toBeUndefined();
    expect(chooseEncoding('br', [])).toBeUndefined();
  });
});
