// The relay of a stdio tap: starts the server the host asked for and passes bytes between the host
// (the tap's own stdin and stdout) and the server, unchanged and in order; the server's stderr goes to
// the tap's stderr, where the host keeps the server's log. A copy of every chunk, after it was
// written, goes to the observer (tapObserver.ts), with the process's life as transport events: this
// thread does nothing else, so a byte never waits for the reporting.
import type { ChildProcess } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import spawn from 'cross-spawn';
import type { ProcessExit, StdioTarget } from '../../shared/connectionTypes';
import type { UnstampedEvent } from '../../shared/recordedEvent';
import { formatCommandLine } from '../../shared/session/targetReview';
import type { FaultRule } from '../../shared/faults/faultRule';
import { LineRelay } from './lineRelay';
import { TapFaults } from './tapFaults';
import type { TapObserver, TappedStream } from './tapObserver';

export interface HostStreams {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}

export interface StdioPassthroughOptions {
  target: StdioTarget;
  host: HostStreams;
  observer: Pick<TapObserver, 'bytes' | 'ended' | 'event'>;
  /** The tap's own messages (stderr). */
  warn: (message: string) => void;
}

export interface StdioPassthrough {
  /** Resolves once the server ended and everything it wrote reached the host. */
  exited: Promise<ProcessExit>;
  /** Passes a signal on to the server (the host stopping the tap stops the server). */
  signal(signal: NodeJS.Signals): void;
  /** Replaces the fault rules (shared/faults/) acting on the traffic from the next line on. */
  setFaults(rules: readonly FaultRule[]): void;
}

const NOT_STARTED: ProcessExit = { code: 127, signal: null };

export function startStdioPassthrough(options: StdioPassthroughOptions): StdioPassthrough {
  const { target, host, observer, warn } = options;
  const commandLine = formatCommandLine(target.command, target.args);
  const note = (event: UnstampedEvent) => observer.event(event, Date.now());
  const failed = (message: string): ProcessExit => {
    warn(message);
    note({ kind: 'transport', event: { type: 'error', message } });
    note({ kind: 'transport', event: { type: 'exited', ...NOT_STARTED } });
    return NOT_STARTED;
  };
  note({ kind: 'transport', event: { type: 'connecting', transport: 'stdio' } });
  let child: ChildProcess;
  try {
    child = spawn(target.command, target.args, { stdio: ['pipe', 'pipe', 'pipe'], env: process.env, cwd: target.cwd, windowsHide: true });
  } catch (error) {
    return { exited: Promise.resolve(failed(`Could not start "${commandLine}": ${error instanceof Error ? error.message : String(error)}`)), signal: () => {}, setFaults: () => {} };
  }
  const exited = new Promise<ProcessExit>((resolve) => {
    let exit: ProcessExit | undefined;
    child.once('spawn', () => note({ kind: 'transport', event: { type: 'spawned', pid: child.pid ?? -1, command: commandLine } }));
    child.once('error', (error) => {
      if (child.pid !== undefined) warn(`server process error: ${error.message}`);
      else resolve(failed(`Could not start "${commandLine}": ${error.message}`));
    });
    child.once('exit', (code, signal) => (exit = { code, signal }));
    // `close`: the process ended and its stdout and stderr are drained, so the host has every byte.
    child.once('close', (code, signal) => {
      const ended = exit ?? { code, signal };
      note({ kind: 'transport', event: { type: 'exited', code: ended.code, signal: ended.signal } });
      resolve(ended);
    });
  });

  const faults = new TapFaults(child, observer);
  const toServer = new LineRelay(host.stdin, child.stdin!, 'outgoing', faults.pass, copyTo(observer, 'host'), true);
  const toHost = new LineRelay(child.stdout!, host.stdout, 'incoming', faults.pass, copyTo(observer, 'stdout'), false);
  faults.connect(toServer, toHost);
  child.stderr!.pipe(host.stderr, { end: false });
  child.stderr!.on('data', copyTo(observer, 'stderr'));
  for (const [from, stream] of [[host.stdin, 'host'], [child.stdout!, 'stdout'], [child.stderr!, 'stderr']] as const) from.on('end', () => observer.ended(stream, Date.now()));
  child.stdin!.on('error', () => {});
  // The host went away (its end of our stdout closed): the server has no one to answer.
  host.stdout.on('error', () => child.kill('SIGTERM'));

  return {
    exited: exited.finally(() => faults.close()),
    signal: (signal) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    },
    setFaults: (rules) => faults.set(rules),
  };
}

const copyTo = (observer: StdioPassthroughOptions['observer'], stream: TappedStream) => (chunk: Buffer) => observer.bytes(stream, chunk, Date.now());
