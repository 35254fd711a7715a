// Which request each recorded message belongs to: a request to itself, a response to the request it
// answers. Reports that speak per request (JUnit's test cases, SARIF's locations) place a finding
// by the messages it points at. Pairing is the shared one (shared/requestPairing.ts), so a report
// and the log can never disagree on which response answers which request.
import { readEnvelope } from '../jsonrpc';
import type { RecordedEvent } from '../recordedEvent';
import { RequestPairing, startsConnectionAttempt } from '../requestPairing';

/** Seq of a request or response message → seq of the request it belongs to. */
export function messageRequests(events: readonly RecordedEvent[]): Map<number, number> {
  const owners = new Map<number, number>();
  const pairing = new RequestPairing<number>({ maxOpen: Number.POSITIVE_INFINITY });
  for (const event of events) {
    if (startsConnectionAttempt(event)) pairing.clear();
    if (event.kind !== 'message') continue;
    const envelope = readEnvelope(event.message);
    if (envelope.id === undefined) continue;
    if (envelope.kind === 'request') {
      owners.set(event.seq, event.seq);
      pairing.opened(event.direction, envelope.id, event.seq);
    } else if (envelope.kind === 'response' || envelope.kind === 'error') {
      const paired = pairing.answered(event.direction, envelope.id, event.seq);
      if (paired.status !== 'unknown') owners.set(event.seq, paired.request);
    }
  }
  return owners;
}

/** The request a finding is about: the owner of the last message it points at that has one. */
export function requestOfFinding(seqs: readonly number[], owners: ReadonlyMap<number, number>): number | undefined {
  for (let index = seqs.length - 1; index >= 0; index--) {
    const owner = owners.get(seqs[index]!);
    if (owner !== undefined) return owner;
  }
  return undefined;
}
