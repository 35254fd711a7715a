// Requests still unanswered when the connection ends (a crash is reported by server-crashed instead).
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
    return {
      observe: () => [],
      end({ event, connection }): FindingDraft[] {
        if (event?.kind === 'transport' && event.event.type === 'exited' && isAbnormalExit(event.event)) return [];
        const when = event ? ` before the connection ${event.kind === 'transport' ? event.event.type : 'ended'}` : ' by the end of the recording';
        return connection.pendingRequests().map((request) =>
          request.sender === 'client'
            ? { message: `The server sent no response to ${describeRequest(request)}${when}.`, seqs: [request.seq] }
            : { message: `The client sent no response to the server's ${describeRequest(request)}${when}.`, seqs: [request.seq], severity: 'info' },
        );
      },
    };
  },
};
