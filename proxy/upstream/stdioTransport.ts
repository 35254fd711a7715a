// A stdio client transport that shows the wire as it is. The SDK's StdioClientTransport hides what a
// debugger needs: it drops non-JSON stdout lines into onerror, discards the exit code and signal,
// and silently rejects malformed envelopes. This one reports every stdout line (message or not),
// every stderr line and the process's life to the tap, and hands the SDK only valid messages.
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Writable } from 'node:stream';
import spawn from 'cross-spawn';
import type { JSONRPCMessage } from '@modelcontextprotocol/client';
import { getDefaultEnvironment } from '@modelcontextprotocol/client/stdio';
import type { StdioTarget } from '../../shared/connectionTypes';
import type { FaultEngine } from '../../shared/faults/faultEngine';
import { FaultStage } from '../../shared/faults/faultStage';
import { incomingMessage } from './jsonRpcEnvelope';
import { LineSplitter } from './lineSplitter';
import { stderrLineText } from './stderrLineText';
import { rememberWireBytes } from './wireBytes';
import { formatCommandLine } from '../../shared/session/targetReview';
import { groupAlive, signalGroup, unwatchGroup, USE_PROCESS_GROUPS, watchGroup } from './processGroups';
import type { Tap, TappedTransport } from './transportTypes';

/** A single protocol message bigger than this is refused (the stream goes on after it). */
export const MAX_STDOUT_LINE_BYTES = 64 * 1024 * 1024;
/** Longer stderr lines are shown in pieces. */
const MAX_STDERR_LINE_BYTES = 64 * 1024;
/** close(): how long the server gets after stdin ends, then after SIGTERM, before the next step. */
const CLOSE_GRACE_MS = 2000;

export interface StdioTransportOptions {
  /** Overrides CLOSE_GRACE_MS (tests of the escalation need not sit out the real grace). */
  closeGraceMs?: number;
  /** Injected faults: every message passes this connection's fault stage after it is recorded. */
  faults?: FaultEngine;
}
/** While stopping, how often to look whether the server's process group is gone. */
const GROUP_POLL_MS = 50;
/** After the process exited, how long its pipes may stay open (held by a grandchild) before we stop reading. */
const PIPE_DRAIN_MS = 1000;

export class TappedStdioTransport implements TappedTransport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: (message: JSONRPCMessage) => void;
  readonly resolvedTransport = 'stdio' as const;

  private child: ChildProcess | undefined;
  private exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  private readonly closed: Promise<void>;
  private markClosed!: () => void;
  private isClosed = false;
  private closing: Promise<void> | undefined;
  private corked = false;
  private readonly faultStage: FaultStage | undefined;
  /** The write of the message the stage passed on at once (so `send` still fails when it fails). */
  private passedWrite: Promise<void> | undefined;
  /**
   * Set while `send` runs the stage (a write made then is `send`'s own, any other was held and reports
   * its own failure): the message's text and the line `send` encoded from it. The stage passes most
   * messages on at once and unchanged; those go out as these bytes, not encoded again.
   */
  private passingLine: { text: string; bytes: Buffer } | undefined;

  constructor(
    private readonly target: StdioTarget,
    private readonly tap: Tap,
    private readonly options: StdioTransportOptions = {},
  ) {
    this.closed = new Promise((resolve) => (this.markClosed = resolve));
    this.faultStage = options.faults && this.createFaultStage(options.faults);
  }

  /** Outgoing messages go to stdin as lines; incoming ones to the SDK client; corrupt incoming text is a parse error, as the SDK reports one. */
  private createFaultStage(engine: FaultEngine): FaultStage {
    const toServer = (text: string) => {
      const line = this.passingLine;
      const written = this.write(line !== undefined && line.text === text ? line.bytes : `${text}\n`);
      if (line !== undefined) this.passedWrite = written;
      else written.catch((error: unknown) => this.reportError(`Could not write a held message to the server: ${String(error)}`));
    };
    return new FaultStage(engine, {
      forward: (direction, message, text) => (direction === 'outgoing' ? toServer(text ?? JSON.stringify(message)) : this.deliver(message)),
      forwardText: (direction, text) => (direction === 'outgoing' ? toServer(text) : this.onerror?.(new SyntaxError(`Invalid JSON from the server: ${text}`))),
      // An answer in the server's place comes after `send` returned, as a real one would.
      answer: (direction, message) => (direction === 'outgoing' ? toServer(JSON.stringify(message)) : setImmediate(() => this.deliver(message))),
      killServer: () => this.killNow(),
      recordFault: (fault) => this.tap({ kind: 'fault', fault }),
    });
  }

  private get closeGraceMs(): number {
    return this.options.closeGraceMs ?? CLOSE_GRACE_MS;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  start(): Promise<void> {
    if (this.child) return Promise.reject(new Error('This stdio transport was already started'));
    const { command, args, cwd } = this.target;
    this.tap({ kind: 'transport', event: { type: 'connecting', transport: 'stdio' } });
    if (cwd !== undefined && !existsSync(cwd)) {
      return Promise.reject(this.startFailure(`Could not start "${command}": the working directory ${cwd} does not exist`));
    }
    return new Promise((resolve, reject) => {
      let child: ChildProcess;
      try {
        child = spawn(command, args, {
          env: { ...getDefaultEnvironment(), ...this.target.env },
          stdio: ['pipe', 'pipe', 'pipe'],
          shell: false,
          windowsHide: process.platform === 'win32',
          // A process group of its own: ending the server ends what it started (see processGroups.ts).
          detached: USE_PROCESS_GROUPS,
          cwd,
        });
      } catch (error) {
        reject(this.startFailure(describeSpawnError(command, error)));
        return;
      }
      this.child = child;
      child.once('spawn', () => {
        if (child.pid !== undefined) watchGroup(child.pid);
        this.tap({ kind: 'transport', event: { type: 'spawned', pid: child.pid ?? -1, command: formatCommandLine(command, args) } });
        resolve();
      });
      child.on('error', (error) => {
        if (child.pid === undefined) reject(this.startFailure(describeSpawnError(command, error)));
        else this.reportError(`Server process error: ${error.message}`, error);
      });
      child.once('exit', (code, signal) => this.onExit(child, code, signal));
      child.once('close', () => this.onProcessClosed());
      child.stdin?.on('error', (error) => this.reportError(`Could not write to the server's stdin: ${error.message}`, error));
      this.readStdout(child);
      this.readStderr(child);
    });
  }

  send(message: JSONRPCMessage): Promise<void> {
    const json = JSON.stringify(message);
    // Encoded once: the pipe gets these bytes, and the message's event is made from them. Written into
    // a buffer of the right size rather than from `${json}\n`, which V8 would first copy into a flat
    // string: a large request would be copied once more, into freshly mapped memory.
    const length = Buffer.byteLength(json, 'utf8');
    const line = Buffer.allocUnsafe(length + 1);
    line.write(json, 0, 'utf8');
    line[length] = 0x0a;
    const bytes = line.subarray(0, length);
    rememberWireBytes(message, bytes);
    const recorded = this.tap({ kind: 'message', direction: 'outgoing', message, size: bytes.length });
    if (!this.faultStage) return this.write(line);
    this.passedWrite = undefined;
    this.passingLine = { text: json, bytes: line };
    try {
      this.faultStage.pass('outgoing', message, { text: json, ...(recorded ? { targetSeq: recorded.seq } : {}) });
    } finally {
      this.passingLine = undefined;
    }
    const written = this.passedWrite ?? Promise.resolve();
    this.passedWrite = undefined;
    return written;
  }

  /**
   * Writes text exactly as given. It is recorded as an outgoing message: the parsed value when the
   * text is JSON, else the text itself (a string where a message should be, for the diagnosis to flag).
   */
  sendRaw(text: string): Promise<void> {
    let message: unknown = text;
    try {
      message = JSON.parse(text);
    } catch {
      // Not JSON: recorded as the text itself.
    }
    this.tap({ kind: 'message', direction: 'outgoing', message, size: Buffer.byteLength(text) });
    return this.write(text);
  }

  /**
   * Ends stdin, then SIGTERM to the server's process group, then SIGKILL, each after a grace period;
   * resolves once the process is gone. What the server left behind in its group is ended the same way.
   */
  close(): Promise<void> {
    this.faultStage?.close();
    this.closing ??= this.stop();
    return this.closing;
  }

  private async stop(): Promise<void> {
    const child = this.child;
    if (!child) return;
    if (!this.isClosed && child.exitCode === null && child.signalCode === null) {
      child.stdin?.end();
      if (!(await this.exitedWithin(this.closeGraceMs))) {
        signalGroup(child, 'SIGTERM');
        if (!(await this.exitedWithin(this.closeGraceMs))) signalGroup(child, 'SIGKILL');
      }
    }
    await this.endLeftovers(child);
    await this.closed;
  }

  /** The server is gone; processes it started in its group (a wrapper's child) may not be. */
  private async endLeftovers(child: ChildProcess): Promise<void> {
    const pid = child.pid;
    if (pid === undefined) return;
    if (groupAlive(pid)) {
      signalGroup(child, 'SIGTERM');
      const deadline = Date.now() + this.closeGraceMs;
      while (groupAlive(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, GROUP_POLL_MS));
      if (groupAlive(pid)) signalGroup(child, 'SIGKILL');
    }
    unwatchGroup(pid);
  }

  /** Kills the server's whole process group at once, synchronously (at the proxy's exit). */
  killNow(): void {
    // The group may outlive its leader (a wrapper's child): it is signalled even after the exit.
    if (this.child) signalGroup(this.child, 'SIGKILL');
  }

  private write(text: string | Buffer): Promise<void> {
    const stdin = this.child?.stdin;
    if (!stdin || !stdin.writable || this.exit) return Promise.reject(new Error('Not connected: the server process is not running'));
    this.corkUntilNextTick(stdin);
    return new Promise((resolve, reject) => {
      const flushed = stdin.write(text, (error) => {
        if (error) reject(error);
      });
      if (flushed) return resolve();
      // Wait for the pipe to drain, unless it closes first (the server died): never hang.
      const settle = (closed: boolean) => {
        stdin.off('drain', onDrain);
        stdin.off('close', onClose);
        if (closed) reject(new Error("Not connected: the server's stdin closed"));
        else resolve();
      };
      const onDrain = () => settle(false);
      const onClose = () => settle(true);
      stdin.once('drain', onDrain);
      stdin.once('close', onClose);
    });
  }

  /**
   * Messages sent in the same tick (many requests in flight) leave in one write instead of one
   * system call each; the pipe is uncorked before any I/O happens, so nothing waits.
   */
  private corkUntilNextTick(stdin: Writable): void {
    if (this.corked) return;
    this.corked = true;
    stdin.cork();
    process.nextTick(() => {
      this.corked = false;
      stdin.uncork();
    });
  }

  private readStdout(child: ChildProcess): void {
    const lines = new LineSplitter({
      maxLineBytes: MAX_STDOUT_LINE_BYTES,
      overflow: 'discard',
      onLine: (line, bytes, raw) => this.onStdoutLine(line, bytes, raw),
      onOverflow: (bytes) =>
        this.reportError(`A stdout line exceeded ${MAX_STDOUT_LINE_BYTES / 1024 / 1024} MiB (${bytes} bytes so far); it was discarded`),
    });
    child.stdout?.on('data', (chunk: Buffer) => lines.push(chunk));
    child.stdout?.on('end', () => lines.end());
    child.stdout?.on('error', (error) => this.reportError(`Could not read the server's stdout: ${error.message}`, error));
  }

  private readStderr(child: ChildProcess): void {
    const lines = new LineSplitter({
      maxLineBytes: MAX_STDERR_LINE_BYTES,
      overflow: 'split',
      onLine: (text) => this.tap({ kind: 'stderr', text: stderrLineText(text) }),
    });
    child.stderr?.on('data', (chunk: Buffer) => lines.push(chunk));
    child.stderr?.on('end', () => lines.end());
    child.stderr?.on('error', () => {});
  }

  private onStdoutLine(line: string, bytes: number, raw: Buffer): void {
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      this.tap({ kind: 'stdout', text: line });
      return;
    }
    rememberWireBytes(parsed, raw);
    // Recorded before it is delivered, so the log holds a response before the SDK resolves its request.
    const recorded = this.tap({ kind: 'message', direction: 'incoming', message: parsed, size: bytes });
    if (this.faultStage) this.faultStage.pass('incoming', parsed, { text: line, ...(recorded ? { targetSeq: recorded.seq } : {}) });
    else this.deliver(parsed);
  }

  /** Hands a parsed line to the SDK client, if it is a message the SDK accepts. */
  private deliver(parsed: unknown): void {
    const message = incomingMessage(parsed);
    if (message === undefined) return;
    try {
      this.onmessage?.(message);
    } catch (error) {
      this.reportError(`The client failed to handle a message: ${String(error)}`);
    }
  }

  private onExit(child: ChildProcess, code: number | null, signal: NodeJS.Signals | null): void {
    this.exit = { code, signal };
    // A grandchild may keep the pipes open after the server died; stop waiting for them.
    setTimeout(() => {
      child.stdout?.destroy();
      child.stderr?.destroy();
      child.stdin?.destroy();
    }, PIPE_DRAIN_MS).unref();
  }

  /** After the exit and the end of stdout/stderr: the last lines are in the log before `exited`. */
  private onProcessClosed(): void {
    if (this.isClosed) return;
    this.isClosed = true;
    const exit = this.exit ?? { code: this.child?.exitCode ?? null, signal: this.child?.signalCode ?? null };
    this.tap({ kind: 'transport', event: { type: 'exited', code: exit.code, signal: exit.signal } });
    // Nothing left of its group: the watchdog must not signal the id once it is reused.
    const pid = this.child?.pid;
    if (pid !== undefined && !groupAlive(pid)) unwatchGroup(pid);
    this.markClosed();
    this.onclose?.();
  }

  private exitedWithin(ms: number): Promise<boolean> {
    return new Promise((resolve) => {
      if (this.exit || this.isClosed) return resolve(true);
      const timer = setTimeout(() => resolve(false), ms);
      this.child?.once('exit', () => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }

  private startFailure(message: string): Error {
    this.isClosed = true;
    this.markClosed();
    this.tap({ kind: 'transport', event: { type: 'error', message } });
    return new Error(message);
  }

  private reportError(message: string, cause?: Error): void {
    this.tap({ kind: 'transport', event: { type: 'error', message } });
    this.onerror?.(cause ?? new Error(message));
  }
}

/** Says why a command could not start in plain words; ENOENT is by far the most common case. */
export function describeSpawnError(command: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return `Could not start "${command}": command not found (ENOENT)`;
  if (code === 'EACCES') return `Could not start "${command}": permission denied (EACCES)`;
  return `Could not start "${command}": ${error instanceof Error ? error.message : String(error)}`;
}
