// Fault injection in the tap's reverse proxy (`tap --url … --listen …`), with the same engine as every
// other connection (shared/faults/). Once a rule is on, each POST body is read whole before it is sent
// on, so a fault can act on the message it carries: `status` and `expire-session` answer the POST
// themselves (and after `expire-session` every request with that Mcp-Session-Id gets 404); `delay`
// holds it; `drop` answers 202 and sends nothing; `error` answers with the JSON-RPC error in the
// server's place; `corrupt` sends the message cut in half; `duplicate` sends it twice (the host gets the
// first answer); `timeout` sends it and withholds the answer; `kill` cuts the host's connection. Toward
// the host, `close-stream` ends an SSE stream before the event it matches. `reorder` and the other
// actions toward the host are not applied over HTTP (the rule is kept, and acts in a stdio tap).
import { Readable } from 'node:stream';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { FaultEngine } from '../../shared/faults/faultEngine';
import type { FaultRule } from '../../shared/faults/faultRule';
import { faultEventOf } from '../../shared/faults/faultStage';
import type { FaultEvent } from '../../shared/faults/faultEvent';
import { closingBeforeFaultedEvent } from '../upstream/faultingFetch';
import { forward, messagesOf, reportRequestBody, type Report, type Sending } from './httpForward';

export class HttpTapFaults {
  private readonly engine = new FaultEngine();
  private readonly expiredSessions = new Set<string>();
  private active = false;

  constructor(
    private readonly upstream: URL,
    private readonly report: Report,
  ) {}

  setRules(rules: readonly FaultRule[]): void {
    this.engine.setRules(rules);
    this.active = rules.length > 0 || this.expiredSessions.size > 0;
  }

  /** Sends one request on, through the faults when a rule is on. */
  handle(request: IncomingMessage, response: ServerResponse): void {
    if (!this.active) return forward(this.upstream, this.report, request, response);
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => this.decide(request, response, Buffer.concat(chunks)));
  }

  private record(fault: FaultEvent): void {
    this.report({ kind: 'fault', fault });
  }

  private decide(request: IncomingMessage, response: ServerResponse, body: Buffer): void {
    const sessionId = request.headers['mcp-session-id'];
    const closing: Sending = this.engine.hasAction('close-stream') ? { transformAnswer: (answer, type) => this.closingStream(answer, type) } : {};
    if (typeof sessionId === 'string' && this.expiredSessions.has(sessionId)) {
      this.record({ rule: 'expire-session', action: 'expire-session', direction: 'outgoing', detail: `answered ${request.method ?? 'GET'} with 404: session ${sessionId.slice(0, 8)}… was expired by a fault` });
      return void response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Session not found (expired by an mcp-inspect fault)\n');
    }
    const messages = messagesOf(body.toString('utf8'));
    // Batches and bodies that are not one message pass as they are.
    if (messages.length !== 1) return forward(this.upstream, this.report, request, response, { body, ...closing });
    const [message] = messages;
    reportRequestBody(this.report, body);
    const sent: Sending = { body, reported: true, ...closing };
    const http = this.engine.decide('outgoing', message, 'http');
    if (http?.action === 'status' || http?.action === 'expire-session') {
      this.record(faultEventOf(http, 'outgoing', undefined));
      if (http.action === 'expire-session' && typeof sessionId === 'string') this.expiredSessions.add(sessionId);
      const status = http.action === 'status' ? http.status : 404;
      return void response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`Answered by an mcp-inspect fault: "${http.ruleText}"\n`);
    }
    const decision = this.engine.decide('outgoing', message);
    if (!decision) return forward(this.upstream, this.report, request, response, sent);
    this.record(faultEventOf(decision, 'outgoing', undefined));
    switch (decision.action) {
      case 'delay':
        return void setTimeout(() => forward(this.upstream, this.report, request, response, sent), decision.delayMs).unref();
      case 'drop':
        return void response.writeHead(202).end();
      case 'error':
        return void response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(decision.answer));
      case 'corrupt':
        return forward(this.upstream, this.report, request, response, { ...sent, body: Buffer.from(decision.text) });
      case 'duplicate':
        forward(this.upstream, this.report, request, response, sent);
        return forward(this.upstream, this.report, request, response, { ...sent, discardAnswer: true });
      case 'timeout':
        return forward(this.upstream, this.report, request, response, { ...sent, discardAnswer: true });
      case 'kill':
        return void response.socket?.destroy();
      default:
        return forward(this.upstream, this.report, request, response, sent);
    }
  }

  private closingStream(answer: Readable, type: string): Readable {
    if (!/text\/event-stream/i.test(type)) return answer;
    const web = Readable.toWeb(answer) as unknown as ReadableStream<Uint8Array>;
    return Readable.fromWeb(web.pipeThrough(closingBeforeFaultedEvent(this.engine, { recordFault: (fault) => this.record(fault) })) as unknown as WebReadableStream);
  }
}
