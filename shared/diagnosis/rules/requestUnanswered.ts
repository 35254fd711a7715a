// Requests still unanswered when the connection ends (a crash is reported by server-crashed instead).
// A request whose HTTP POST was refused with 401/403 never reached the server (the OAuth flow starts
// there and the request is sent again after it): that is not the server failing to answer.
import { specLinks } from '../specLinks';
import { describeRequest, type DiagnosisRule, type FindingDraft } from '../rule';
import { isAbnormalExit } from './serverCrashed';

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
    const refused = new Set<number>();
    return {
      observe({ event, message }) {
        if (message?.sender === 'client' && message.envelope.kind === 'request') lastClientRequestSeq = message.seq;
        // The POST's exchange is recorded when its answer comes, right after the message it carried.
        if (event.kind === 'transport' && event.event.type === 'http' && event.event.method === 'POST' && (event.event.status === 401 || event.event.status === 403)) {
          if (lastClientRequestSeq !== undefined) refused.add(lastClientRequestSeq);
        }
        return [];
      },
      end({ event, connection }): FindingDraft[] {
        if (event?.kind === 'transport' && event.event.type === 'exited' && isAbnormalExit(event.event)) return [];
        const when = event ? ` before the connection ${event.kind === 'transport' ? event.event.type : 'ended'}` : ' by the end of the recording';
        const delivered = connection.pendingRequests().filter((request) => !refused.has(request.seq));
        return delivered.map((request) =>
          request.sender === 'client'
            ? { message: `The server sent no response to ${describeRequest(request)}${when}.`, seqs: [request.seq] }
            : { message: `The client sent no response to the server's ${describeRequest(request)}${when}.`, seqs: [request.seq], severity: 'info' },
        );
      },
    };
  },
};
