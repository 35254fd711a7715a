// The Sessions page's download in a folder under a dot-directory, like the default
// ~/.mcp-inspect/sessions: the file comes back whole, and nothing outside the folder does.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startInspectorServer, type InspectorServer } from '../server';

const token = 'download-test-token';
const golden = path.resolve('e2e/assets/everything.session.jsonl');

function download(port: number, id: string): Promise<{ status: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const headers = { Host: `127.0.0.1:${port}`, Authorization: `Bearer ${token}` };
    const request = http.request({ host: '127.0.0.1', port, path: `/api/sessions/${id}/file`, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks) }));
    });
    request.on('error', reject);
    request.end();
  });
}

describe('session download from a folder under a dot-directory', () => {
  let server: InspectorServer;
  let home: string;

  beforeAll(async () => {
    home = mkdtempSync(path.join(os.tmpdir(), 'mcp-inspect-home-'));
    const dir = path.join(home, '.mcp-inspect', 'sessions');
    mkdirSync(dir, { recursive: true });
    copyFileSync(golden, path.join(dir, 'everything.jsonl'));
    writeFileSync(path.join(home, '.mcp-inspect', 'secret.jsonl'), 'not a session of this folder\n');
    server = await startInspectorServer({ port: 0, token, clientDir: home, log: () => {}, sessionsDir: dir });
  });
  afterAll(async () => {
    await server?.close();
    rmSync(home, { recursive: true, force: true });
  });

  it('sends the file byte for byte', async () => {
    const reply = await download(server.port, 'everything.jsonl');
    expect(reply.status).toBe(200);
    expect(reply.body.equals(readFileSync(golden))).toBe(true);
  });

  it('still refuses traversal and hidden names', async () => {
    for (const id of ['..%2Fsecret.jsonl', '..%2F..%2F.mcp-inspect%2Fsecret.jsonl', '.hidden.jsonl']) {
      const reply = await download(server.port, id);
      expect([400, 404], id).toContain(reply.status);
      expect(reply.body.toString(), id).not.toContain('not a session of this folder');
    }
  });
});
