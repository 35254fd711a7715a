// The Sessions page's export route over real HTTP: the whole proxy on an ephemeral port, a sessions
// folder holding real recordings (a stdio one and a Streamable HTTP one), the guard in front.
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SessionListingSchema } from '../../shared/session/sessionLibrary';
import { startInspectorServer, type InspectorServer } from '../server';

const token = 'export-test-token';

function get(port: number, urlPath: string, authorization = `Bearer ${token}`): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port, path: urlPath, headers: { Host: `127.0.0.1:${port}`, Authorization: authorization } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    request.on('error', reject);
    request.end();
  });
}

describe('/api/sessions/:id/export', () => {
  let server: InspectorServer;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'mcp-inspect-export-route-'));
    for (const name of ['everything', 'everything-http']) copyFileSync(path.resolve('e2e/assets', `${name}.session.jsonl`), path.join(dir, `${name}.jsonl`));
    server = await startInspectorServer({ port: 0, token, clientDir: dir, log: () => {}, sessionsDir: dir });
  });
  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('needs the token like every route', async () => {
    expect((await get(server.port, '/api/sessions/everything.jsonl/export?format=otlp', '')).status).toBe(401);
  });

  it('sends each format as an attachment, the same bytes the command writes', async () => {
    for (const [name, format, golden] of [
      ['everything', 'otlp', 'everything.otlp.json'],
      ['everything', 'jsonl', 'everything.messages.jsonl'],
      ['everything-http', 'har', 'everything-http.har'],
    ] as const) {
      const reply = await get(server.port, `/api/sessions/${name}.jsonl/export?format=${format}`);
      expect(reply.status, `${name} ${format}`).toBe(200);
      expect(reply.headers['content-disposition']).toMatch(new RegExp(`^attachment; filename="?${golden.replaceAll('.', '\\.')}"?$`));
      expect(reply.body).toBe(readFileSync(path.resolve('shared/artifacts/golden', golden), 'utf8'));
    }
  });

  it('lists which sessions spoke HTTP, and refuses HAR of a stdio one in words', async () => {
    const listing = SessionListingSchema.parse(JSON.parse((await get(server.port, '/api/sessions')).body));
    expect(Object.fromEntries(listing.sessions.map((session) => [session.id, session.http]))).toEqual({ 'everything.jsonl': false, 'everything-http.jsonl': true });
    const har = await get(server.port, '/api/sessions/everything.jsonl/export?format=har');
    expect(har.status).toBe(422);
    expect(JSON.parse(har.body)).toEqual({ error: "HAR holds HTTP exchanges; this session's connections are stdio. Export OTLP or JSONL instead." });
    expect((await get(server.port, '/api/sessions/everything.jsonl/export?format=zipkin')).status).toBe(400);
    expect((await get(server.port, '/api/sessions/everything.jsonl/export?format=otlp&connection=c9')).status).toBe(422);
    expect((await get(server.port, '/api/sessions/..%2Fsecret.jsonl/export?format=otlp')).status).toBe(400);
  });
});
