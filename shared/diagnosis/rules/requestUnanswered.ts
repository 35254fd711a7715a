// Requests still unanswered when the connection ends (a crash is reported by server-crashed instead).
// Not counted, because the server did answer them the way the spec lets it, and the client moved on:
// - a request whose HTTP POST was refused with 401/403: it never reached the server (the OAuth flow
//   starts there and the request is sent again after it);
// - a request refused with 400, 404 or 405 before the handshake finished: the spec's signal to fall
//   back (from the era probe to `initialize`, or from Streamable HTTP to the legacy HTTP+SSE transport);
// - the era probe (`server/discover` before the handshake) left unanswered: see isEraProbe.
import { specLinks } from '../specLinks';
import { handshakeUnfinished, isEraProbe } from '../handshakeState';
import { describeRequest, type DiagnosisRule, type FindingDraft } from '../rule';
import { isAbnormalExit } from './serverCrashed';

const AUTH_REFUSALS = new Set([401, 403]);
const FALLBACK_REFUSALS = new Set([400, 404, 405]);

export const requestUnansweredRule: DiagnosisRule = {
  descriptor: {
    id: 'request-unanswered',
    title: 'Request never answered',
    severity: 'warning',
    specSection: specLinks.timeouts,
    explanation: 'Every request must get a response (or be cancelled); one still open when the connection ends was never answered.',
  },
  createChecker() {
    let lastClientRequestSeq: number | undefined;
    const excused = new Set<number>();
    return {
      observe({ event, message, connection }) {
        if (message?.sender === 'client' && message.envelope.kind === 'request') {
          lastClientRequestSeq = message.seq;
          if (isEraProbe(message.envelope.method ?? '', connection.handshake)) excused.add(message.seq);
        }
        // The POST's exchange is recorded when its answer comes, right after the message it carried.
        if (event.kind === 'transport' && event.event.type === 'http' && event.event.method === 'POST' && lastClientRequestSeq !== undefined) {
          const { status } = event.event;
          if (AUTH_REFUSALS.has(status) || (FALLBACK_REFUSALS.has(status) && handshakeUnfinished(connection.handshake))) excused.add(lastClientRequestSeq);
        }
        return [];
      },
      end({ event, connection }): FindingDraft[] {
        if (event?.kind === 'transport' && event.event.type === 'exited' && isAbnormalExit(event.event)) return [];
        const when = event ? ` before the connection ${event.kind === 'transport' ? event.event.type : 'ended'}` : ' by the end of the recording';
        const delivered = connection.pendingRequests().filter((request) => !excused.has(request.seq));
        return delivered.map((request) =>
          request.sender === 'client'
            ? { message: `The server sent no response to ${describeRequest(request)}${when}.`, seqs: [request.seq] }
            : { message: `The client sent no response to the server's ${describeRequest(request)}${when}.`, seqs: [request.seq], severity: 'info' },
        );
      },
    };
  },
};
