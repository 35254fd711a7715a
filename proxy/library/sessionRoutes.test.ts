// The Sessions page's routes over real HTTP: the whole proxy on an ephemeral port with a temporary
// sessions folder holding real recordings (the golden files), the guard in front.
import { appendFileSync, copyFileSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INSPECTOR_PROTOCOL_VERSION, SOCKET_PATH } from '../../shared/inspectorProtocol';
import { readSession } from '../../shared/session';
import { SessionListingSchema, type SessionListItem } from '../../shared/session/sessionLibrary';
import { startInspectorServer, type InspectorServer } from '../server';

const token = 'sessions-test-token';
const golden = (name: string) => path.resolve('e2e/assets', `${name}.session.jsonl`);

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

function call(port: number, method: string, urlPath: string, options: { body?: Buffer | string; headers?: Record<string, string> } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const headers = { Host: `127.0.0.1:${port}`, Authorization: `Bearer ${token}`, ...options.headers };
    const request = http.request({ host: '127.0.0.1', port, method, path: urlPath, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    request.on('error', reject);
    request.end(options.body);
  });
}

const json = (reply: Reply) => JSON.parse(reply.body.toString('utf8')) as Record<string, unknown>;

describe('/api/sessions', () => {
  let server: InspectorServer;
  let dir: string;
  let outside: string;
  const list = async () => SessionListingSchema.parse(json(await call(server.port, 'GET', '/api/sessions'))).sessions;
  const item = async (id: string) => (await list()).find((session) => session.id === id);

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'mcp-inspect-sessions-'));
    outside = mkdtempSync(path.join(os.tmpdir(), 'mcp-inspect-outside-'));
    for (const name of ['noisy-stdout', 'everything', 'from-the-future', 'damaged']) copyFileSync(golden(name), path.join(dir, `${name}.jsonl`));
    writeFileSync(path.join(outside, 'secret.jsonl'), 'not yours\n');
    symlinkSync(path.join(outside, 'secret.jsonl'), path.join(dir, 'link.jsonl'));
    writeFileSync(path.join(dir, 'notes.txt'), 'not a session\n');
    server = await startInspectorServer({ port: 0, token, clientDir: outside, log: () => {}, sessionsDir: dir, recording: { kind: 'file', file: path.join(dir, 'live.jsonl') } });
  });
  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  it('needs the token like every route', async () => {
    expect((await call(server.port, 'GET', '/api/sessions', { headers: { Authorization: '' } })).status).toBe(401);
    expect((await call(server.port, 'DELETE', '/api/sessions/everything.jsonl', { headers: { Authorization: 'Bearer wrong' } })).status).toBe(401);
    expect((await call(server.port, 'POST', '/api/sessions', { body: 'x', headers: { Origin: 'http://evil.example' } })).status).toBe(403);
  });

  it('lists the session files with server, duration, message and finding counts; links and other files are left out', async () => {
    const sessions = await list();
    expect(sessions.map((session) => session.id).sort()).toEqual(['damaged.jsonl', 'everything.jsonl', 'from-the-future.jsonl', 'live.jsonl', 'noisy-stdout.jsonl']);
    expect(sessions.filter((session) => session.recording).map((session) => session.id)).toEqual(['live.jsonl']);
    const noisy = readSession(readFileSync(golden('noisy-stdout'), 'utf8'));
    const messages = noisy.entries.filter((entry) => entry.type === 'event' && entry.payload.kind === 'message').length;
    expect(messages).toBeGreaterThan(4);
    expect(sessions.find((session) => session.id === 'noisy-stdout.jsonl')).toEqual<SessionListItem>({
      id: 'noisy-stdout.jsonl',
      size: expect.any(Number) as number,
      modifiedAt: expect.any(String) as string,
      createdAt: noisy.header.createdAt,
      server: 'noisy-stdout-fixture',
      durationMs: noisy.entries.at(-1)!.time - Date.parse(noisy.header.createdAt),
      messageCount: messages,
      findingCount: 1,
      connectionCount: 1,
      http: false,
      damagedLines: 0,
      recording: false,
    });
    expect(sessions.find((session) => session.id === 'from-the-future.jsonl')).toMatchObject({ error: expect.stringMatching(/written by a newer mcp-inspect \(session format version 99/) });
    expect(sessions.find((session) => session.id === 'damaged.jsonl')).toMatchObject({ damagedLines: 2, findingCount: 1 });
  });

  it('reads on as a file grows, and a last line without its newline is counted until completed', async () => {
    const file = path.join(dir, 'growing.jsonl');
    const lines = readFileSync(golden('everything'), 'utf8').split('\n').filter((line) => line !== '');
    writeFileSync(file, `${lines.slice(0, 3).join('\n')}\n`);
    const before = (await item('growing.jsonl'))!;
    const last = lines.at(-1)!;
    appendFileSync(file, `${lines.slice(3, -1).join('\n')}\n${last.slice(0, 20)}`);
    expect((await item('growing.jsonl'))!.damagedLines).toBe(1);
    appendFileSync(file, `${last.slice(20)}\n`);
    const after = (await item('growing.jsonl'))!;
    expect(after.damagedLines).toBe(0);
    expect(after.messageCount).toBe((await item('everything.jsonl'))!.messageCount);
    expect(after.messageCount).toBeGreaterThan(before.messageCount);
    rmSync(file);
  });

  it('downloads a file byte for byte, as an attachment', async () => {
    const reply = await call(server.port, 'GET', '/api/sessions/everything.jsonl/file');
    expect(reply.status).toBe(200);
    expect(reply.headers['content-disposition']).toMatch(/^attachment; filename="?everything\.jsonl"?$/);
    expect(reply.body.equals(readFileSync(golden('everything')))).toBe(true);
  });

  it('reaches nothing outside the folder: traversal, links, other extensions, unknown names', async () => {
    for (const id of ['..%2F..%2Fetc%2Fpasswd', '..%2Fsecret.jsonl', 'link.jsonl', 'notes.txt', '.hidden.jsonl']) {
      const reply = await call(server.port, 'GET', `/api/sessions/${id}/file`);
      expect([400, 404], id).toContain(reply.status);
      expect(json(reply).error, id).toEqual(expect.any(String));
      expect((await call(server.port, 'DELETE', `/api/sessions/${id}`)).status, id).toBeGreaterThanOrEqual(400);
    }
    expect(json(await call(server.port, 'GET', '/api/sessions/link.jsonl/file')).error).toMatch(/symbolic link/);
    expect((await call(server.port, 'GET', '/api/sessions/missing.jsonl/file')).status).toBe(404);
    expect(readFileSync(path.join(outside, 'secret.jsonl'), 'utf8')).toBe('not yours\n');
  });

  it('imports a session, checked by the reader, under its own name without replacing a file', async () => {
    const content = readFileSync(golden('noisy-stdout'));
    const first = await call(server.port, 'POST', '/api/sessions?name=bug%20report.jsonl', { body: content });
    expect(first.status).toBe(201);
    expect(json(first)).toMatchObject({ session: { id: 'bug-report.jsonl', findingCount: 1, server: 'noisy-stdout-fixture' }, problems: [] });
    const second = await call(server.port, 'POST', '/api/sessions?name=bug%20report.jsonl', { body: content });
    expect(json(second)).toMatchObject({ session: { id: 'bug-report-2.jsonl' } });
    expect(readFileSync(path.join(dir, 'bug-report-2.jsonl')).equals(content)).toBe(true);
    const traversal = await call(server.port, 'POST', `/api/sessions?name=${encodeURIComponent('../../escape.jsonl')}`, { body: content });
    expect(json(traversal)).toMatchObject({ session: { id: 'escape.jsonl' } });
  });

  it('refuses to import what it could not open: a future version, not a session, damaged lines (unless accepted)', async () => {
    const future = await call(server.port, 'POST', '/api/sessions?name=future.jsonl', { body: readFileSync(golden('from-the-future')) });
    expect(future.status).toBe(422);
    expect(json(future).error).toMatch(/^future\.jsonl cannot be imported: This session was written by a newer mcp-inspect \(session format version 99; this mcp-inspect reads up to version 2\)/);
    const other = await call(server.port, 'POST', '/api/sessions?name=trace.json', { body: '{"traceEvents":[]}\n' });
    expect(json(other).error).toMatch(/not an mcp-inspect session header/);
    expect(json(await call(server.port, 'POST', '/api/sessions?name=empty.jsonl', { body: '' })).error).toMatch(/The file is empty/);

    const damaged = await call(server.port, 'POST', '/api/sessions?name=damaged.jsonl', { body: readFileSync(golden('damaged')) });
    expect(damaged.status).toBe(422);
    expect(json(damaged)).toMatchObject({
      error: 'damaged.jsonl has 2 damaged lines (3, 5); import it anyway to skip them.',
      problems: [{ line: 3, message: expect.stringMatching(/^Line 3 is not JSON/) }, { line: 5, message: expect.stringMatching(/^Line 5 is not JSON/) }],
      damagedLines: 2,
    });
    // 100,000 damaged lines: a short answer (the first ten and a count), not megabytes.
    const [headerLine] = readFileSync(golden('damaged'), 'utf8').split('\n');
    const wrecked = `${headerLine}\n${'not a session entry\n'.repeat(100_000)}`;
    const refused = await call(server.port, 'POST', '/api/sessions?name=wrecked.jsonl', { body: wrecked });
    expect(refused.status).toBe(422);
    expect(refused.body.length).toBeLessThan(4000);
    expect(json(refused)).toMatchObject({
      error: 'wrecked.jsonl has 100,000 damaged lines (2, 3, 4, 5, 6, 7, 8, 9, 10, 11, …); import it anyway to skip them.',
      damagedLines: 100_000,
    });
    expect(json(refused).problems).toHaveLength(10);
    const accepted = await call(server.port, 'POST', '/api/sessions?name=damaged.jsonl&acceptDamaged=1', { body: readFileSync(golden('damaged')) });
    expect(json(accepted)).toMatchObject({ session: { id: 'damaged-2.jsonl', damagedLines: 2 }, problems: [{ line: 3 }, { line: 5 }] });
    expect((await list()).map((session) => session.id)).not.toContain('future.jsonl');
  });

  it('refuses an upload over the size limit before reading it', async () => {
    const reply = await new Promise<Reply>((resolve, reject) => {
      const request = http.request(
        { host: '127.0.0.1', port: server.port, method: 'POST', path: '/api/sessions?name=huge.jsonl', headers: { Host: `127.0.0.1:${server.port}`, Authorization: `Bearer ${token}`, 'Content-Length': String(300 * 1024 * 1024) } },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
        },
      );
      request.on('error', reject);
      request.write('{');
    });
    expect(reply.status).toBe(413);
    expect(json(reply).error).toBe('The file is larger than the 200 MiB an import accepts.');
  });

  it('deletes a file; a missing one is a 404', async () => {
    expect((await call(server.port, 'DELETE', '/api/sessions/bug-report-2.jsonl')).status).toBe(204);
    expect((await list()).map((session) => session.id)).not.toContain('bug-report-2.jsonl');
    expect((await call(server.port, 'DELETE', '/api/sessions/bug-report-2.jsonl')).status).toBe(404);
  });

  it('does not delete the file this proxy is recording into', async () => {
    const reply = await call(server.port, 'DELETE', '/api/sessions/live.jsonl');
    expect(reply.status).toBe(409);
    expect(json(reply).error).toMatch(/being recorded by this mcp-inspect right now/);
    expect((await list()).map((session) => session.id)).toContain('live.jsonl');
  });

  it('opens a saved session for a page at ?session=ID: its socket attaches to the recording, read-only', async () => {
    const opened = await call(server.port, 'POST', '/api/sessions/noisy-stdout.jsonl/open');
    expect(json(opened)).toEqual({ url: '/?session=noisy-stdout.jsonl' });
    const origin = `http://127.0.0.1:${server.port}`;
    const socket = new WebSocket(`ws://127.0.0.1:${server.port}${SOCKET_PATH}?token=${token}&session=noisy-stdout.jsonl`, { headers: { Origin: origin } });
    const frames: { id?: number; result?: { launch: { recordedSession?: { file: string } }; connections: { state: string; label: string }[]; findings: unknown[] } }[] = [];
    socket.on('message', (data) => frames.push(JSON.parse(String(data))));
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    socket.send(JSON.stringify({ id: 1, method: 'attach', params: { protocolVersion: INSPECTOR_PROTOCOL_VERSION } }));
    await expect.poll(() => frames.find((frame) => frame.id === 1)).toBeDefined();
    const snapshot = frames.find((frame) => frame.id === 1)!.result!;
    expect(snapshot.launch.recordedSession?.file).toBe(path.join(dir, 'noisy-stdout.jsonl'));
    expect(snapshot.connections).toEqual([expect.objectContaining({ state: 'recorded', label: 'noisy-stdout-fixture' })]);
    expect(snapshot.findings).toHaveLength(1);
    socket.close();

    const upgrade = (query: string, headers: Record<string, string>) =>
      new Promise<number>((resolve) => {
        const attempt = new WebSocket(`ws://127.0.0.1:${server.port}${SOCKET_PATH}?${query}`, { headers });
        attempt.once('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
        attempt.once('open', () => resolve(101));
      });
    expect(await upgrade(`token=${token}&session=missing.jsonl`, { Origin: origin })).toBe(404);
    // The guard comes first: without the token or from another origin, a saved session is refused too.
    expect(await upgrade('session=noisy-stdout.jsonl', { Origin: origin })).toBe(401);
    expect(await upgrade(`token=${token}&session=noisy-stdout.jsonl`, { Origin: 'http://evil.example' })).toBe(403);
    expect(await upgrade(`token=${token}&session=noisy-stdout.jsonl`, {})).toBe(403);
    const future = await call(server.port, 'POST', '/api/sessions/from-the-future.jsonl/open');
    expect(future.status).toBe(422);
    expect(json(future).error).toMatch(/written by a newer mcp-inspect/);
  });
});
