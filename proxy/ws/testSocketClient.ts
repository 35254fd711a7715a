// Test helper: a raw client of the proxy's socket, as a page would open it, that keeps every frame
// it receives and lets a test send anything (including frames a real UI never would).
import WebSocket from 'ws';
import type { ConnectionSummary } from '../../shared/connectionTypes';
import { INSPECTOR_PROTOCOL_VERSION, SOCKET_PATH, type RequestResult } from '../../shared/inspectorProtocol';
import type { Finding } from '../../shared/diagnosis';
import type { RecordedEvent } from '../../shared/recordedEvent';

export interface Frame {
  id?: number;
  result?: unknown;
  error?: { message: string };
  event?: string;
  params?: unknown;
}

export class TestSocketClient {
  readonly frames: Frame[] = [];
  private nextId = 1;
  readonly closed: Promise<{ code: number; reason: string }>;

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => this.frames.push(JSON.parse(String(data)) as Frame));
    this.closed = new Promise((resolve) => socket.once('close', (code, reason) => resolve({ code, reason: String(reason) })));
  }

  /** Opens the socket like the UI (this origin, token in the query); rejects with the HTTP status if refused. */
  static open(port: number, token: string, headers: Record<string, string> = { Origin: `http://127.0.0.1:${port}` }) {
    const socket = new WebSocket(`ws://127.0.0.1:${port}${SOCKET_PATH}?token=${encodeURIComponent(token)}`, { headers });
    return new Promise<TestSocketClient>((resolve, reject) => {
      socket.once('open', () => resolve(new TestSocketClient(socket)));
      socket.once('unexpected-response', (_request, response) => reject(new Error(`HTTP ${response.statusCode}`)));
      socket.once('error', reject);
    });
  }

  sendText(text: string): void {
    this.socket.send(text);
  }

  /** Sends a request envelope and resolves with the answer frame (result or error). */
  async call(method: string, params: unknown): Promise<Frame> {
    const id = this.nextId++;
    this.socket.send(JSON.stringify({ id, method, params }));
    return this.waitFor(() => this.frames.find((frame) => frame.id === id));
  }

  async attach(protocolVersion = INSPECTOR_PROTOCOL_VERSION): Promise<RequestResult<'attach'>> {
    const answer = await this.call('attach', { protocolVersion });
    if (answer.error) throw new Error(answer.error.message);
    return answer.result as RequestResult<'attach'>;
  }

  /** Every event pushed in `eventsRecorded` frames so far, in arrival order. */
  events(): RecordedEvent[] {
    return this.frames.flatMap((frame) => (frame.event === 'eventsRecorded' ? (frame.params as { events: RecordedEvent[] }).events : []));
  }

  /** Every finding pushed in `diagnosisRaised` frames so far, in arrival order. */
  findings(): Finding[] {
    return this.frames.flatMap((frame) => (frame.event === 'diagnosisRaised' ? (frame.params as { findings: Finding[] }).findings : []));
  }

  /** The latest summary pushed for a connection. */
  latest(connectionId: string): ConnectionSummary | undefined {
    const changes = this.frames.filter((frame) => frame.event === 'connectionChanged' && (frame.params as ConnectionSummary).id === connectionId);
    return changes.at(-1)?.params as ConnectionSummary | undefined;
  }

  async waitFor<T>(probe: () => T | undefined | false, timeoutMs = 15_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = probe();
      if (value !== undefined && value !== false) return value;
      if (Date.now() > deadline) throw new Error('timed out waiting on the inspector socket');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  close(): void {
    this.socket.close();
  }
}
