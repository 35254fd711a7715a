// `mcp-inspect tap`: the line a host (Claude Desktop, Cursor, VS Code) runs instead of a server's.
// It passes the host's traffic through unchanged — stdout carries the server's bytes and nothing
// else, ever; the tap's own words go to stderr — and reports every message to an inspector UI,
// joined or started on --port. The tap ends when the server ends, with its exit code.
import os from 'node:os';
import type { ConnectionTarget, TapInfo } from '../../shared/connectionTypes';
import { enabledFaultRules, type FaultRule, type FaultRuleEntry } from '../../shared/faults/faultRule';
import type { UnstampedEvent } from '../../shared/recordedEvent';
import { resolveRecording } from '../cli/launchConfig';
import { startHttpPassthrough } from './httpPassthrough';
import { linkToInspector, type InspectorLink, type StartInspector } from './inspectorLink';
import { parseTapArgs } from './parseTapArgs';
import { startObserverThread } from './observerThread';
import { startStdioPassthrough } from './stdioPassthrough';
import { tapHelpText } from './tapHelpText';

const warn = (message: string): void => {
  process.stderr.write(`mcp-inspect tap: ${message}\n`);
};

/** How long the server gets to end after the host stopped the tap, before it is killed. */
const STOP_GRACE_MS = 3000;

export async function tapCommand(argv: readonly string[], startInspector: StartInspector): Promise<number> {
  const parsed = parseTapArgs(argv);
  if (parsed.kind === 'help') {
    process.stdout.write(tapHelpText());
    return 0;
  }
  if (parsed.kind === 'error') {
    warn(parsed.message);
    process.stderr.write('Run "mcp-inspect tap --help" for usage.\n');
    return 2;
  }
  // Stdout is the host's protocol channel: nothing of ours may reach it, whatever a library prints.
  console.log = console.info = console.debug = (...parts: unknown[]) => warn(parts.map(String).join(' '));
  const options = parsed.options;
  const { tapped } = options;
  const tap: TapInfo = tapped.kind === 'stdio' ? { via: 'stdio', pid: process.pid } : { via: 'http', pid: process.pid };
  const target: ConnectionTarget = tapped.target;
  const faults: FaultRuleEntry[] = options.faults.map((rule) => ({ rule, enabled: true }));
  const recording = resolveRecording({ record: options.record, recordFile: options.recordFile, sessionsDir: options.sessionsDirGiven ? options.sessionsDir : undefined }, new Date(), process.pid);

  if (tapped.kind === 'http') {
    // The link's hello names the address listened on, known once listening: earlier events wait for it.
    const early: UnstampedEvent[] = [];
    const linked: { link?: InspectorLink } = {};
    const passthrough = await startHttpPassthrough({ target: tapped.target, listen: tapped.listen, report: (event) => (linked.link ? linked.link.report(event) : early.push(event)), warn });
    if ('error' in passthrough) {
      warn(passthrough.error);
      return 1;
    }
    const link = (linked.link = linkToInspector({ ...options, recording, target, tap: { ...tap, listen: passthrough.url }, warn, startInspector, faults, onFaults: (entries) => passthrough.setFaults(enabledFaultRules(entries)) }));
    for (const event of early) link.report(event);
    passthrough.setFaults(enabledFaultRules(faults));
    warn(`forwarding ${passthrough.url} to ${tapped.target.url}`);
    await waitForStop();
    await passthrough.close();
    await link.close();
    return 0;
  }

  // The relay applies the rules; the person may change them in the UI, which tells the tap.
  const relay: { setFaults?: (rules: FaultRule[]) => void } = {};
  const observer = startObserverThread({ ...options, recording, target, tap, warn, startInspector, faults, onFaults: (entries) => relay.setFaults?.(enabledFaultRules(entries)) });
  const passthrough = startStdioPassthrough({ target: tapped.target, host: { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }, observer, warn });
  relay.setFaults = passthrough.setFaults;
  passthrough.setFaults(enabledFaultRules(faults));
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      passthrough.signal(signal);
      setTimeout(() => passthrough.signal('SIGKILL'), STOP_GRACE_MS).unref();
    });
  }
  const exit = await passthrough.exited;
  await observer.close();
  // The server is gone: what the host still writes has nowhere to go, and must not keep the tap alive.
  process.stdin.unpipe();
  process.stdin.destroy();
  return exit.code ?? 128 + (exit.signal ? (os.constants.signals[exit.signal as NodeJS.Signals] ?? 0) : 0);
}

/** Resolves on SIGINT, SIGTERM or SIGHUP (the reverse proxy serves until then). */
function waitForStop(): Promise<void> {
  return new Promise((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, () => resolve());
  });
}
