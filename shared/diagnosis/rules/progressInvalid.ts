// Progress notifications must name a token of a request in flight and report ever-increasing progress.
import { specLinks } from '../specLinks';
import { asRecord, describeRequest, settledTrackedRequest, showValue, type DiagnosisRule, type FindingDraft, type ObservedMessage, type SettledTrackedRequest, type TrackedRequest } from '../rule';

/** Tokens of finished requests remembered, to tell "after the response" from "never issued". */
const FINISHED_WINDOW = 256;
/** Tokens in flight (tasks keep theirs after the response), bounded for memory. */
const MAX_ACTIVE = 1024;

interface ActiveToken {
  request: TrackedRequest;
  lastProgress?: number;
  lastSeq?: number;
}

interface FinishedToken {
  /** Without its params: the window holds 256 of them. */
  request: SettledTrackedRequest;
  /** The response's seq; absent when the request was cancelled (progress may then still race in). */
  responseSeq?: number;
}

function tokenKey(token: unknown): string | undefined {
  return typeof token === 'string' || typeof token === 'number' ? `${typeof token}:${String(token)}` : undefined;
}

class ProgressBook {
  /** Only a stdio stream delivers the server's messages in the order it sent them. */
  orderIsCertain = true;
  private readonly active = new Map<string, ActiveToken>();
  private readonly finished = new Map<string, FinishedToken>();

  /** A client request that asks for progress starts its token's life. */
  start(message: ObservedMessage): void {
    const params = asRecord(asRecord(message.raw)?.params);
    const key = tokenKey(asRecord(params?._meta)?.progressToken);
    const { method, id } = message.envelope;
    if (!key || method === undefined || id === undefined) return;
    this.active.set(key, { request: { id, method, params, seq: message.seq, sender: 'client' } });
    if (this.active.size > MAX_ACTIVE) this.active.delete(this.active.keys().next().value as string);
  }

  /** The request was answered (or cancelled: then `responseSeq` is absent and late progress is tolerated). */
  finish(requestId: unknown, responseSeq?: number): void {
    for (const [key, active] of this.active) {
      if (active.request.id !== requestId) continue;
      this.active.delete(key);
      this.finished.set(key, { request: settledTrackedRequest(active.request), responseSeq });
      if (this.finished.size > FINISHED_WINDOW) this.finished.delete(this.finished.keys().next().value as string);
      return;
    }
  }

  check(message: ObservedMessage): FindingDraft[] {
    const params = asRecord(asRecord(message.raw)?.params);
    const token = params?.progressToken;
    const key = tokenKey(token);
    if (!key) return []; // a missing token is result-schema's finding
    const active = this.active.get(key);
    if (active) return this.checkIncrease(active, params?.progress, message.seq);
    const finished = this.finished.get(key);
    if (finished?.responseSeq !== undefined) {
      const text = `The server sent progress for token ${showValue(token)} after it answered ${describeRequest(finished.request)}.`;
      // Over HTTP, progress and the response may travel on different streams, so their order is not certain.
      if (this.orderIsCertain) return [{ message: text, seqs: [finished.responseSeq, message.seq] }];
      return [{ message: `${text} (Over HTTP they may have used different streams.)`, seqs: [finished.responseSeq, message.seq], severity: 'warning' }];
    }
    if (finished) return [];
    return [{ message: `The server sent progress for token ${showValue(token)}, which no request in flight carries.`, seqs: [message.seq] }];
  }

  private checkIncrease(active: ActiveToken, progress: unknown, seq: number): FindingDraft[] {
    if (typeof progress !== 'number') return [];
    const previous = active.lastProgress;
    const previousSeq = active.lastSeq;
    active.lastProgress = progress;
    active.lastSeq = seq;
    if (previous === undefined || previousSeq === undefined || progress > previous) return [];
    return [{ message: `Progress for ${describeRequest(active.request)} went from ${previous} to ${progress}; it must increase with each notification.`, seqs: [previousSeq, seq] }];
  }
}

export const progressInvalidRule: DiagnosisRule = {
  descriptor: {
    id: 'progress-invalid',
    title: 'Invalid progress notification',
    severity: 'error',
    specSection: specLinks.progress,
    explanation: 'Progress must name the token of a request still in flight, and its value must increase with each notification.',
  },
  createChecker() {
    const book = new ProgressBook();
    return {
      observe({ event, message }): FindingDraft[] {
        if (event.kind === 'transport' && event.event.type === 'connecting') book.orderIsCertain = event.event.transport === 'stdio';
        if (!message) return [];
        const { envelope, sender } = message;
        if (sender === 'client' && envelope.kind === 'request') book.start(message);
        if (sender === 'client' && envelope.method === 'notifications/cancelled') {
          book.finish(asRecord(asRecord(message.raw)?.params)?.requestId);
        }
        // A task-augmented request's token stays valid for the task's whole life, past the response.
        const answered = message.correlation?.status === 'answers' ? message.correlation.request : undefined;
        if (sender === 'server' && answered && answered.params?.task === undefined) book.finish(answered.id, message.seq);
        if (sender === 'server' && envelope.kind === 'notification' && envelope.method === 'notifications/progress') return book.check(message);
        return [];
      },
    };
  },
};
