// Era auto and modern over stdio, against real servers: a legacy server that exits on the
// server/discover probe is started again for initialize (auto), and era modern against a legacy
// server fails saying what the server answered (not "exited with code 0", which is our own close).
import { createRequire } from 'node:module';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONNECTION_SETTINGS, type EraChoice, type StdioTarget } from '../../shared/connectionTypes';
import { fixtureServerCommand } from '../../e2e/fixtures/paths';
import { Inspector } from './Inspector';
import { observeInspector } from './observeInspector';

const require = createRequire(import.meta.url);
const stdio = (command: string, args: string[]): StdioTarget => ({ transport: 'stdio', command, args, env: {} });
const exitOnProbe = fixtureServerCommand('exitOnProbeServer');

describe('eras over stdio', () => {
  const inspector = new Inspector({ inspectorVersion: '0.0.0-test', isDemo: false });
  const seen = observeInspector(inspector);
  afterAll(() => inspector.closeAll());

  const connect = (target: StdioTarget, era: EraChoice) => {
    const { id } = inspector.connect(target, { ...DEFAULT_CONNECTION_SETTINGS, era });
    return { id, settled: seen.state(id, ['connected', 'failed', 'exited']) };
  };
  const findingsOf = (id: string) => inspector.snapshot().findings.filter((finding) => finding.connectionId === id);

  it('auto: a legacy server that exits on the probe is started again and sent initialize, with no finding', async () => {
    const { id, settled } = connect(stdio(exitOnProbe.command, exitOnProbe.args), 'auto');
    const summary = await settled;
    expect(summary).toMatchObject({ state: 'connected', handshake: { serverInfo: { name: 'exit-on-probe-fixture' }, negotiation: { era: 'legacy', fellBack: true } } });
    expect(summary.handshake?.negotiation?.reason).toBe(
      'The server exited with code 1 on the server/discover probe, as some legacy servers do on any request before initialize; it was started again and sent initialize',
    );
    expect(seen.events.filter((event) => event.connectionId === id && event.kind === 'transport' && event.event.type === 'spawned')).toHaveLength(2);
    expect(await inspector.get(id).request('tools/call', { name: 'echo', arguments: { message: 'after the restart' } })).toMatchObject({
      ok: true,
      result: { content: [{ text: 'after the restart' }] },
    });
    await inspector.get(id).disconnect();
    expect(findingsOf(id)).toEqual([]);
  });

  it('modern: a legacy server (server-everything) fails with what it answered, and the eras that would connect', async () => {
    const everything = stdio(process.execPath, [require.resolve('@modelcontextprotocol/server-everything/dist/index.js'), 'stdio']);
    const { id, settled } = connect(everything, 'modern');
    const summary = await settled;
    expect(summary.state).toBe('failed');
    expect(summary.error).toBe(
      'The server answered server/discover with -32601 "method not found", i.e. it is a legacy server (2025 initialize handshake), ' +
        'not a 2026-07-28 one, which the era modern requires. Choose the era auto (probe, then fall back to initialize) or legacy (--era auto or --era legacy).',
    );
    expect(findingsOf(id)).toEqual([]);
  });
});
