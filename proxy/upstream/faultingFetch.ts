// The HTTP half of fault injection: a fetch between the tapping fetch and the network that applies the
// HTTP-only actions of the connection's fault engine. `status` and `expire-session` answer the POST
// that carries a matching message themselves (the server never sees it); after `expire-session` every
// request with that session id is answered 404, as by a server that forgot the session. `close-stream`
// ends an SSE response stream just before the event carrying a matching message.
import type { FetchLike } from '@modelcontextprotocol/client';
import type { FaultEngine } from '../../shared/faults/faultEngine';
import type { FaultEvent } from '../../shared/faults/faultEvent';
import { faultEventOf } from '../../shared/faults/faultStage';
import { readEnvelope } from '../../shared/jsonrpc';

/** Where the faulting fetch records its faults, and how it finds the seq of the message a POST carries. */
export interface FaultingFetchHooks {
  recordFault(fault: FaultEvent): void;
  /** The seq an outgoing message with this JSON-RPC id was recorded under (the transport records before sending). */
  seqOfOutgoing(id: string | number): number | undefined;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function createFaultingFetch(engine: FaultEngine, hooks: FaultingFetchHooks, fetchImpl: FetchLike = fetch): FetchLike {
  const expiredSessions = new Set<string>();
  return async (url, init) => {
    const sessionId = new Headers(init?.headers).get('mcp-session-id');
    if (sessionId !== null && expiredSessions.has(sessionId)) {
      hooks.recordFault({ rule: 'expire-session', action: 'expire-session', direction: 'outgoing', detail: `answered ${(init?.method ?? 'GET').toUpperCase()} with 404: session ${sessionId.slice(0, 8)}… was expired by a fault` });
      return new Response('Session not found (expired by an mcp-inspect fault)', { status: 404 });
    }
    const message = typeof init?.body === 'string' ? parseJson(init.body) : undefined;
    const decision = message === undefined ? undefined : engine.decide('outgoing', message, 'http');
    if (decision?.action === 'status' || decision?.action === 'expire-session') {
      const id = readEnvelope(message).id;
      hooks.recordFault(faultEventOf(decision, 'outgoing', id === undefined ? undefined : hooks.seqOfOutgoing(id)));
      if (decision.action === 'expire-session' && sessionId !== null) expiredSessions.add(sessionId);
      const status = decision.action === 'status' ? decision.status : 404;
      return new Response(`Answered by an mcp-inspect fault: "${decision.ruleText}"`, { status });
    }
    const response = await fetchImpl(url, init);
    // Only streams opened while a close-stream rule is set are read event by event (the rest pass untouched).
    if (!engine.hasAction('close-stream') || !/event-stream/i.test(response.headers.get('content-type') ?? '') || !response.body) return response;
    const body = response.body.pipeThrough(closingBeforeFaultedEvent(engine, hooks));
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  };
}

/**
 * Passes SSE bytes through event by event; ends the stream before an event `close-stream` matches.
 * Also for a reverse proxy (the tap's `--listen`) that relays a server's event stream to a host.
 */
export function closingBeforeFaultedEvent(engine: FaultEngine, hooks: Pick<FaultingFetchHooks, 'recordFault'>): TransformStream<Uint8Array, Uint8Array> {
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  let pending = '';
  let closed = false;
  return new TransformStream({
    transform(chunk, controller) {
      if (closed) return;
      pending += decoder.decode(chunk, { stream: true });
      let end: number;
      while ((end = pending.search(/\r?\n\r?\n/)) !== -1) {
        const separator = /\r?\n\r?\n/.exec(pending.slice(end))![0].length;
        const event = pending.slice(0, end + separator);
        pending = pending.slice(end + separator);
        const data = event
          .split(/\r?\n/)
          .filter((line) => line.startsWith('data:'))
          .map((line) => line.slice(5).replace(/^ /, ''))
          .join('\n');
        const message = data === '' ? undefined : parseJson(data);
        const decision = message === undefined ? undefined : engine.decide('incoming', message, 'http');
        if (decision?.action === 'close-stream') {
          hooks.recordFault(faultEventOf(decision, 'incoming', undefined));
          closed = true;
          controller.terminate();
          return;
        }
        controller.enqueue(encoder.encode(event));
      }
    },
    flush(controller) {
      if (!closed && pending !== '') controller.enqueue(encoder.encode(pending));
    },
  });
}
