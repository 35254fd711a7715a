// Every response must answer exactly one request sent the other way, and only once.
import { specLinks } from '../specLinks';
import { describeRequest, showValue, type DiagnosisRule, type FindingDraft, type ObservedMessage } from '../rule';

function sideOf(message: ObservedMessage): { who: string; peer: string; severity?: 'info' } {
  return message.sender === 'server' ? { who: 'The server', peer: 'client' } : { who: 'The client', peer: 'server', severity: 'info' };
}

export const responseUnknownIdRule: DiagnosisRule = {
  descriptor: {
    id: 'response-unknown-id',
    title: 'Response to no request',
    severity: 'error',
    specSection: specLinks.responses,
    explanation: 'A response must carry the id of a request in flight from the other side; otherwise nobody can match it.',
  },
  createChecker() {
    return {
      observe({ message }): FindingDraft[] {
        if (message?.correlation?.status !== 'unknown') return [];
        const { who, peer, severity } = sideOf(message);
        const kind = message.envelope.kind === 'error' ? 'an error' : 'a result';
        const text = `${who} sent ${kind} for id ${showValue(message.envelope.id)}, but no ${peer} request with that id is in flight.`;
        return [{ message: text, seqs: [message.seq], ...(severity ? { severity } : {}) }];
      },
    };
  },
};

export const responseDuplicateRule: DiagnosisRule = {
  descriptor: {
    id: 'response-duplicate',
    title: 'Second response to one request',
    severity: 'error',
    specSection: specLinks.responses,
    explanation: 'Each request gets exactly one response; a second one for the same id is a bug in the responder.',
  },
  createChecker() {
    return {
      observe({ message }): FindingDraft[] {
        if (message?.correlation?.status !== 'duplicate') return [];
        const { request, firstResponseSeq } = message.correlation;
        const { who, severity } = sideOf(message);
        const text = `${who} answered ${describeRequest(request)} a second time.`;
        return [{ message: text, seqs: [request.seq, firstResponseSeq, message.seq], ...(severity ? { severity } : {}) }];
      },
    };
  },
};
