// After the client cancels a request, the server "SHOULD NOT send a response for the cancelled request".
// A response that crosses the cancellation on the wire is a race the spec allows, so only a response
// arriving well after the cancellation counts: the server kept working on something nobody wants.
import { requestKey } from '../../jsonrpc';
import { specLinks } from '../specLinks';
import { asRecord, describeRequest, type DiagnosisRule, type FindingDraft } from '../rule';

/** A response this soon after the cancellation may have been sent before it arrived. */
export const CANCELLATION_GRACE_MS = 250;
/** Cancellations remembered per attempt; a client cancelling thousands of requests keeps memory bounded. */
const MAX_REMEMBERED = 256;

interface Cancellation {
  seq: number;
  time: number;
}

export const cancellationIgnoredRule: DiagnosisRule = {
  descriptor: {
    id: 'cancellation-ignored',
    title: 'Cancelled request answered anyway',
    severity: 'warning',
    specSection: specLinks.cancellation,
    explanation: `A server should stop work on a request the client cancelled and not answer it; a response more than ${CANCELLATION_GRACE_MS} ms after the cancellation means it kept going.`,
  },
  createChecker() {
    const cancelled = new Map<string, Cancellation>();
    return {
      observe({ event, message }): FindingDraft[] {
        if (!message) return [];
        const { envelope } = message;
        if (message.sender === 'client' && envelope.kind === 'notification' && envelope.method === 'notifications/cancelled') {
          const requestId = asRecord(asRecord(message.raw)?.params)?.requestId;
          if (typeof requestId !== 'string' && typeof requestId !== 'number') return [];
          cancelled.set(requestKey(requestId), { seq: message.seq, time: event.time });
          if (cancelled.size > MAX_REMEMBERED) cancelled.delete(cancelled.keys().next().value as string);
          return [];
        }
        if (message.sender !== 'server' || message.correlation?.status !== 'late' || envelope.id === undefined) return [];
        const cancellation = cancelled.get(requestKey(envelope.id));
        if (!cancellation) return [];
        cancelled.delete(requestKey(envelope.id));
        const lateBy = event.time - cancellation.time;
        if (lateBy <= CANCELLATION_GRACE_MS) return [];
        const { request } = message.correlation;
        const answer = envelope.kind === 'error' ? 'an error' : 'a result';
        return [{ message: `The server answered ${describeRequest(request)} with ${answer} ${lateBy} ms after the client cancelled it.`, seqs: [request.seq, cancellation.seq, message.seq] }];
      },
    };
  },
};
