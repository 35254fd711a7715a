// Era and transport fallback end to end (issue 12): `check` and `--cli` through the built CLI, and the
// UI, against server-everything over legacy SSE and legacy Streamable HTTP and the 2026-07-28 fixture.
// One decision: the era probe's refusal means "send initialize", initialize's 400/404/405 means SSE,
// and neither refusal is an unanswered request.
import { execFile } from 'node:child_process';
import { startEverythingServer, type RunningHttpServer } from './fixtures/everythingServer';
import { startModernServer } from './fixtures/modernServer';
import { builtCli, everythingEntry, fixtureServerCommand } from './fixtures/paths';
import { startProxy } from './fixtures/proxyProcess';
import { expect, test } from './fixtures/test';
import { InspectorPage } from './pages/InspectorPage';

interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

interface CheckJson {
  outcome: 'checked' | 'connect-failed';
  findings: { ruleId: string; message: string }[];
  requests?: Record<string, { sent: number; failed: number }>;
}

function runCli(args: string[]): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [builtCli, ...args], { timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : null, stdout, stderr });
    });
  });
}

async function checkJson(args: string[]): Promise<{ code: number | null; report: CheckJson }> {
  const { code, stdout } = await runCli(['check', '--json', ...args]);
  return { code, report: JSON.parse(stdout) as CheckJson };
}

test.describe('server-everything over legacy SSE', () => {
  let server: RunningHttpServer;
  test.beforeAll(async () => {
    server = await startEverythingServer('sse');
  });
  test.afterAll(async () => server.stop());

  test('check with transport auto falls back to SSE: exit 0, no finding for the refused initialize', async () => {
    for (const era of ['legacy', 'auto']) {
      const { code, report } = await checkJson(['--era', era, '--url', server.url]);
      expect(report.outcome).toBe('checked');
      expect(report.findings).toEqual([]);
      expect(report.requests?.['tools/list']?.sent).toBe(1);
      expect(code).toBe(0);
    }
  });

  test('check --era auto --transport sse: connects, no finding', async () => {
    const { code, report } = await checkJson(['--era', 'auto', '--transport', 'sse', '--url', server.url]);
    expect(report.findings).toEqual([]);
    expect(code).toBe(0);
  });

  test('check --era modern: exit 3, the server answered -32601 "method not found", i.e. it is legacy', async () => {
    const { code, stdout } = await runCli(['check', '--era', 'modern', '--transport', 'sse', '--url', server.url]);
    expect(stdout).toContain('Could not connect: The server answered server/discover with -32601 "method not found", i.e. it is a legacy server');
    expect(stdout).toContain('--era auto or --era legacy');
    expect(stdout).not.toContain('exited');
    expect(code).toBe(3);
  });

  test('the UI connected with transport auto shows no diagnosis, also after disconnecting', async ({ page }) => {
    const proxy = await startProxy(['--no-open', '--no-record', '--url', server.url]);
    try {
      const inspector = new InspectorPage(page);
      await inspector.open(proxy.url);
      await inspector.expectConnected();
      await inspector.showTab('Log');
      await expect(inspector.logRows(/falling back to the legacy HTTP\+SSE transport/).first()).toBeVisible();
      // request-unanswered is decided when the attempt ends: disconnect, then look.
      await inspector.button('Disconnect').click();
      await expect(inspector.status).toContainText('Disconnected');
      await inspector.showTab('Diagnoses');
      await expect(page.getByText('No findings: every message so far follows the protocol.')).toBeVisible();
      await expect(inspector.tab('Diagnoses')).toHaveText('Diagnoses');
    } finally {
      await proxy.stop();
    }
  });
});

test.describe('server-everything over legacy Streamable HTTP', () => {
  let server: RunningHttpServer;
  test.beforeAll(async () => {
    server = await startEverythingServer('streamableHttp');
  });
  test.afterAll(async () => server.stop());

  for (const transport of ['auto', 'http']) {
    test(`check --era auto --transport ${transport}: the refused probe falls back to initialize, no finding`, async () => {
      const { code, report } = await checkJson(['--era', 'auto', '--transport', transport, '--url', server.url]);
      expect(report.outcome).toBe('checked');
      expect(report.findings).toEqual([]);
      expect(report.requests?.['tools/list']?.sent).toBe(1);
      expect(code).toBe(0);
    });
  }

  test('check (exit 3) and --cli (exit 4, unreachable, as the official CLI) with --era modern say why in plain words', async () => {
    const check = await runCli(['check', '--era', 'modern', '--url', server.url]);
    expect(check.stdout).toContain('Could not connect: The server refused server/discover with HTTP 400, as a legacy server');
    expect(check.stdout).toContain('--era auto or --era legacy');
    expect(check.code).toBe(3);
    const cli = await runCli(['--cli', '--era', 'modern', '--url', server.url, '--method', 'tools/list']);
    expect(cli.stderr).toContain('cannot connect: The server refused server/discover with HTTP 400');
    expect(cli.code).toBe(4);
  });

  test('the UI in era modern shows the plain-words reason as the connection error', async ({ page }) => {
    const proxy = await startProxy(['--no-open', '--no-record', '--era', 'modern', '--url', server.url]);
    try {
      const inspector = new InspectorPage(page);
      await inspector.open(proxy.url);
      await expect(inspector.status).toContainText('Failed');
      await expect(inspector.status).toContainText('The server refused server/discover with HTTP 400, as a legacy server');
      await expect(inspector.status).toContainText('--era auto or --era legacy');
    } finally {
      await proxy.stop();
    }
  });
});

test.describe('legacy servers over stdio', () => {
  test('check --era auto: a server that exits on the probe is started again for initialize, no finding', async () => {
    const exitOnProbe = fixtureServerCommand('exitOnProbeServer');
    const { code, report } = await checkJson(['--era', 'auto', '--', exitOnProbe.command, ...exitOnProbe.args]);
    expect(report.outcome).toBe('checked');
    expect(report.findings).toEqual([]);
    expect(code).toBe(0);
  });

  test('check --era modern on server-everything: exit 3, it answered -32601, not "exited with code 0"', async () => {
    const { code, stdout } = await runCli(['check', '--era', 'modern', '--', process.execPath, everythingEntry, 'stdio']);
    expect(stdout).toContain('Could not connect: The server answered server/discover with -32601 "method not found", i.e. it is a legacy server');
    expect(stdout).not.toContain('exited with code 0');
    expect(code).toBe(3);
  });
});

test('check --era auto against the 2026-07-28 fixture connects in the modern era, no finding', async () => {
  const server = await startModernServer();
  try {
    const { code, stdout } = await runCli(['check', '--era', 'auto', '--url', server.url]);
    expect(stdout).toContain('Checked modern-fixture 1.0.0 (protocol 2026-07-28)');
    expect(stdout).toContain('No findings.');
    expect(code).toBe(0);
  } finally {
    await server.stop();
  }
});
