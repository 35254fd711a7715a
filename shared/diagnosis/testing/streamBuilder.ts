// Builds recorded streams for the diagnosis tests: one call per event, seq and time stamped in order.
import type { FaultEvent } from '../../faults/faultEvent';
import type { RecordedEvent, TransportEvent } from '../../recordedEvent';
import type { JsonRpcId } from '../../jsonrpc';
import { createDiagnosis } from '../createDiagnosis';
import type { Finding } from '../finding';
import type { DiagnosisRule } from '../rule';

/** A recorded stream under construction for one connection. */
export class StreamBuilder {
  readonly events: RecordedEvent[] = [];

  constructor(readonly connectionId = 'conn-1') {}

  private stamp(): { seq: number; time: number; connectionId: string } {
    const seq = this.events.length + 1;
    return { seq, time: 1_700_000_000_000 + seq, connectionId: this.connectionId };
  }

  /** Adds any message (valid or not) and returns its seq. */
  raw(direction: 'outgoing' | 'incoming', message: unknown): number {
    const event: RecordedEvent = { ...this.stamp(), kind: 'message', direction, message, size: JSON.stringify(message)?.length ?? 0 };
    this.events.push(event);
    return event.seq;
  }

  clientRequest(id: JsonRpcId, method: string, params?: Record<string, unknown>): number {
    return this.raw('outgoing', { jsonrpc: '2.0', id, method, ...(params ? { params } : {}) });
  }

  clientNotification(method: string, params?: Record<string, unknown>): number {
    return this.raw('outgoing', { jsonrpc: '2.0', method, ...(params ? { params } : {}) });
  }

  serverRequest(id: JsonRpcId, method: string, params?: Record<string, unknown>): number {
    return this.raw('incoming', { jsonrpc: '2.0', id, method, ...(params ? { params } : {}) });
  }

  serverNotification(method: string, params?: Record<string, unknown>): number {
    return this.raw('incoming', { jsonrpc: '2.0', method, ...(params ? { params } : {}) });
  }

  serverResult(id: JsonRpcId, result: Record<string, unknown>): number {
    return this.raw('incoming', { jsonrpc: '2.0', id, result });
  }

  serverError(id: JsonRpcId, code: number, message: string): number {
    return this.raw('incoming', { jsonrpc: '2.0', id, error: { code, message } });
  }

  clientResult(id: JsonRpcId, result: Record<string, unknown>): number {
    return this.raw('outgoing', { jsonrpc: '2.0', id, result });
  }

  stdout(text: string): number {
    this.events.push({ ...this.stamp(), kind: 'stdout', text });
    return this.events.length;
  }

  stderr(text: string): number {
    this.events.push({ ...this.stamp(), kind: 'stderr', text });
    return this.events.length;
  }

  /** An injected fault's event (shared/faults/). */
  fault(fault: FaultEvent): number {
    this.events.push({ ...this.stamp(), kind: 'fault', fault });
    return this.events.length;
  }

  /** A message between the inspector (as an MCP Apps host) and the app of `resourceUri`. */
  app(direction: 'to-app' | 'from-app', resourceUri: string, message: unknown): number {
    this.events.push({ ...this.stamp(), kind: 'app', direction, resourceUri, message, size: JSON.stringify(message)?.length ?? 0 });
    return this.events.length;
  }

  transport(event: TransportEvent): number {
    this.events.push({ ...this.stamp(), kind: 'transport', event });
    return this.events.length;
  }

  /**
   * A correct handshake: initialize (ids from 0), its result, notifications/initialized.
   * Returns the seqs of the three messages.
   */
  handshake(options: { serverCapabilities?: Record<string, unknown>; clientCapabilities?: Record<string, unknown>; version?: string } = {}): number[] {
    const version = options.version ?? '2025-11-25';
    return [
      this.clientRequest(0, 'initialize', { protocolVersion: version, capabilities: options.clientCapabilities ?? {}, clientInfo: { name: 'test-client', version: '1.0.0' } }),
      this.serverResult(0, { protocolVersion: version, capabilities: options.serverCapabilities ?? { tools: { listChanged: true } }, serverInfo: { name: 'test-server', version: '1.0.0' } }),
      this.clientNotification('notifications/initialized'),
    ];
  }
}

/** Runs the stream through a diagnosis with the given rules (all of them by default), then finishes it. */
export function diagnose(events: readonly RecordedEvent[], rules?: readonly DiagnosisRule[]): Finding[] {
  const diagnosis = createDiagnosis(rules);
  for (const event of events) diagnosis.observe(event);
  diagnosis.finish();
  return diagnosis.findings();
}
