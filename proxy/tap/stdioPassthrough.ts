// The stdio half of `mcp-inspect tap`: starts the server the host asked for and passes bytes between
// the host (the tap's own stdin and stdout) and the server, unchanged and in order, while reporting
// each line that crossed as an event: host → server lines are `outgoing` messages, server → host lines
// `incoming` ones (or `stdout` when not JSON), the server's stderr is passed to the tap's stderr and
// reported line by line, and the process's life as transport events. Reporting never delays a byte:
// the bytes are written first, and the events are only built from what was already written.
import type { ChildProcess } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import spawn from 'cross-spawn';
import type { ProcessExit, StdioTarget } from '../../shared/connectionTypes';
import type { UnstampedEvent } from '../../shared/recordedEvent';
import { formatCommandLine } from '../../shared/session/targetReview';
import { LineSplitter } from '../upstream/lineSplitter';
import { MAX_STDOUT_LINE_BYTES } from '../upstream/stdioTransport';

const MAX_STDERR_LINE_BYTES = 64 * 1024;

export interface HostStreams {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}

export interface StdioPassthroughOptions {
  target: StdioTarget;
  host: HostStreams;
  report: (event: UnstampedEvent) => void;
  /** The tap's own messages (stderr). */
  warn: (message: string) => void;
}

export interface StdioPassthrough {
  /** Resolves once the server ended and everything it wrote reached the host. */
  exited: Promise<ProcessExit>;
  /** Passes a signal on to the server (the host stopping the tap stops the server). */
  signal(signal: NodeJS.Signals): void;
}

/** A line as an event: JSON is a message (whatever its shape: the diagnosis judges it), anything else text. */
function lineEvent(direction: 'outgoing' | 'incoming', line: string, bytes: number): UnstampedEvent | undefined {
  if (line.trim() === '') return undefined;
  try {
    return { kind: 'message', direction, message: JSON.parse(line) as unknown, size: bytes };
  } catch {
    // A host writing non-JSON to the server is recorded as a string where a message should be; a
    // server writing it to stdout is the classic stdout-hygiene bug, shown as a stdout line.
    return direction === 'incoming' ? { kind: 'stdout', text: line } : { kind: 'message', direction, message: line, size: bytes };
  }
}

function observeLines(stream: Readable, options: { maxLineBytes: number; overflow: 'split' | 'discard'; onLine: (line: string, bytes: number) => void; onOverflow?: (bytes: number) => void }): void {
  const lines = new LineSplitter(options);
  stream.on('data', (chunk: Buffer) => lines.push(chunk));
  stream.on('end', () => lines.end());
}

export function startStdioPassthrough(options: StdioPassthroughOptions): StdioPassthrough {
  const { target, host, report, warn } = options;
  const commandLine = formatCommandLine(target.command, target.args);
  report({ kind: 'transport', event: { type: 'connecting', transport: 'stdio' } });
  let child: ChildProcess;
  try {
    child = spawn(target.command, target.args, { stdio: ['pipe', 'pipe', 'pipe'], env: process.env, cwd: target.cwd, windowsHide: true });
  } catch (error) {
    return failedStart(`Could not start "${commandLine}": ${error instanceof Error ? error.message : String(error)}`, report, warn);
  }
  const exited = new Promise<ProcessExit>((resolve) => {
    let exit: ProcessExit | undefined;
    child.once('spawn', () => report({ kind: 'transport', event: { type: 'spawned', pid: child.pid ?? -1, command: commandLine } }));
    child.once('error', (error) => {
      if (child.pid !== undefined) return warn(`server process error: ${error.message}`);
      const message = `Could not start "${commandLine}": ${error.message}`;
      warn(message);
      report({ kind: 'transport', event: { type: 'error', message } });
      report({ kind: 'transport', event: { type: 'exited', code: 127, signal: null } });
      resolve({ code: 127, signal: null });
    });
    child.once('exit', (code, signal) => (exit = { code, signal }));
    // `close`: the process ended and its stdout and stderr are drained, so the host has every byte.
    child.once('close', (code, signal) => {
      const ended = exit ?? { code, signal };
      report({ kind: 'transport', event: { type: 'exited', code: ended.code, signal: ended.signal } });
      resolve(ended);
    });
  });

  // Host → server. The host closing its end means it is done with the server: so is the server's stdin.
  host.stdin.pipe(child.stdin!);
  child.stdin!.on('error', () => {});
  observeLines(host.stdin, {
    maxLineBytes: MAX_STDOUT_LINE_BYTES,
    overflow: 'discard',
    onLine: (line, bytes) => emit(lineEvent('outgoing', line, bytes)),
    onOverflow: (bytes) => report({ kind: 'transport', event: { type: 'error', message: `A line from the host exceeded ${MAX_STDOUT_LINE_BYTES / 1024 / 1024} MiB (${bytes} bytes so far): passed on, not shown` } }),
  });
  // Server → host, unchanged; stderr too, where the host keeps the server's log.
  child.stdout!.pipe(host.stdout, { end: false });
  child.stderr!.pipe(host.stderr, { end: false });
  observeLines(child.stdout!, {
    maxLineBytes: MAX_STDOUT_LINE_BYTES,
    overflow: 'discard',
    onLine: (line, bytes) => emit(lineEvent('incoming', line, bytes)),
    onOverflow: (bytes) => report({ kind: 'transport', event: { type: 'error', message: `A stdout line exceeded ${MAX_STDOUT_LINE_BYTES / 1024 / 1024} MiB (${bytes} bytes so far): passed on, not shown` } }),
  });
  observeLines(child.stderr!, { maxLineBytes: MAX_STDERR_LINE_BYTES, overflow: 'split', onLine: (text) => report({ kind: 'stderr', text }) });
  // The host went away (its end of our stdout closed): the server has no one to answer.
  host.stdout.on('error', () => child.kill('SIGTERM'));

  function emit(event: UnstampedEvent | undefined): void {
    if (event) report(event);
  }

  return {
    exited,
    signal: (signal) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    },
  };
}

function failedStart(message: string, report: (event: UnstampedEvent) => void, warn: (message: string) => void): StdioPassthrough {
  warn(message);
  report({ kind: 'transport', event: { type: 'error', message } });
  return { exited: Promise.resolve({ code: 127, signal: null }), signal: () => {} };
}
