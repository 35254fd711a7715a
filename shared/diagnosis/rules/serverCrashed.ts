// A server process that dies while requests are in flight: the most common "it just hangs" cause.
// The era probe does not count: a legacy server may exit on it, and the client starts it again.
import { specLinks } from '../specLinks';
import { describeRequest, showValue, type DiagnosisRule, type FindingDraft } from '../rule';
import type { TransportEvent } from '../../recordedEvent';
import { isEraProbe } from '../handshakeState';

/** How many stderr lines a crash report quotes. */
const STDERR_TAIL_LINES = 5;

/** A non-zero exit code or a signal: the process did not end the way a clean shutdown does. */
export function isAbnormalExit(exit: Extract<TransportEvent, { type: 'exited' }>): boolean {
  return exit.signal !== null || (exit.code !== null && exit.code !== 0);
}

export const serverCrashedRule: DiagnosisRule = {
  descriptor: {
    id: 'server-crashed',
    title: 'Server crashed with requests in flight',
    severity: 'error',
    specSection: specLinks.shutdown,
    explanation: 'The server process exited with an error code or a signal while it still owed responses.',
  },
  createChecker() {
    const stderrTail: { seq: number; text: string }[] = [];
    return {
      observe({ event, connection }): FindingDraft[] {
        if (event.kind === 'stderr') {
          stderrTail.push({ seq: event.seq, text: event.text });
          if (stderrTail.length > STDERR_TAIL_LINES) stderrTail.shift();
          return [];
        }
        if (event.kind !== 'transport' || event.event.type !== 'exited' || !isAbnormalExit(event.event)) return [];
        const inFlight = connection.pendingRequests().filter((request) => request.sender === 'client' && !isEraProbe(request.method, connection.handshake));
        if (inFlight.length === 0) return [];
        const how = event.event.signal !== null ? `was killed by ${event.event.signal}` : `exited with code ${event.event.code}`;
        const requests = inFlight.map(describeRequest).join(', ');
        const tail = stderrTail.length > 0 ? ` Last stderr lines: ${stderrTail.map((line) => showValue(line.text)).join(' | ')}.` : ' It wrote nothing to stderr.';
        return [{
          message: `The server ${how} while ${inFlight.length === 1 ? 'a request was' : `${inFlight.length} requests were`} in flight: ${requests}.${tail}`,
          seqs: [...inFlight.map((request) => request.seq), ...stderrTail.map((line) => line.seq), event.seq],
        }];
      },
    };
  },
};
