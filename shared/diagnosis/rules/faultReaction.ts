// How a peer reacted to an injected fault (shared/faults/): not a bug report, a record of what it did
// when the inspector broke the traffic on purpose. Findings are `info` and, since a fault caused them,
// the inspector's (listed apart, not counted against the server).
// - `duplicate` of a request to the server: JSON-RPC answers every request it receives, and MCP forbids
//   a client to reuse an id, so a server may answer the repeat (twice) or drop it (once): both are
//   correct; never answering is not.
// - `corrupt` to the server: JSON-RPC 2.0 (§5.1) asks for a -32700 Parse error with id null; MCP's SDKs
//   log it and carry on. Says which.
// - `close-stream`: whether the client came back with a GET carrying `Last-Event-ID` to resume.
import { requestKey } from '../../jsonrpc';
import type { FaultEvent } from '../../faults/faultEvent';
import { specLinks } from '../specLinks';
import { asRecord, type DiagnosisRule, type FindingDraft } from '../rule';

interface Duplicated {
  fault: FaultEvent;
  faultSeq: number;
  answers: number[];
}

const describeTarget = (fault: FaultEvent) => `${fault.method ?? 'a message'}${fault.messageId === undefined ? '' : ` (id ${JSON.stringify(fault.messageId)})`}`;

export const faultReactionRule: DiagnosisRule = {
  descriptor: {
    id: 'fault-reaction',
    title: 'Reaction to an injected fault',
    severity: 'info',
    specSection: specLinks.resumability,
    explanation: 'What the server or client did when a fault was injected: a duplicated request answered twice or once, invalid JSON answered with a parse error or not, a cut stream resumed with Last-Event-ID or not.',
  },
  createChecker() {
    const duplicated = new Map<string, Duplicated>();
    let corrupted: { fault: FaultEvent; faultSeq: number } | undefined;
    let cutStream: { faultSeq: number } | undefined;
    const draft = (message: string, seqs: number[]): FindingDraft => ({ message, seqs, cause: 'inspector' });
    return {
      observe({ event, message }): FindingDraft[] {
        if (event.kind === 'fault') {
          const { fault } = event;
          if (fault.action === 'duplicate' && fault.direction === 'outgoing' && fault.messageId !== undefined) {
            duplicated.set(requestKey(fault.messageId), { fault, faultSeq: event.seq, answers: [] });
          } else if (fault.action === 'corrupt' && fault.direction === 'outgoing') corrupted = { fault, faultSeq: event.seq };
          else if (fault.action === 'close-stream') cutStream = { faultSeq: event.seq };
          return [];
        }
        if (event.kind === 'transport' && event.event.type === 'http' && event.event.method === 'GET' && cutStream) {
          const resumed = Object.keys(event.event.requestHeaders ?? {}).some((name) => name.toLowerCase() === 'last-event-id');
          const seqs = [cutStream.faultSeq, event.seq];
          cutStream = undefined;
          return [draft(resumed ? 'After the stream was cut, the client resumed it with a GET carrying Last-Event-ID.' : 'After the stream was cut, the client opened a new GET stream without Last-Event-ID: what the server sent meanwhile is lost.', seqs)];
        }
        if (message?.sender !== 'server' || (message.envelope.kind !== 'response' && message.envelope.kind !== 'error')) return [];
        if (corrupted && message.envelope.kind === 'error' && message.envelope.id === undefined && asRecord(asRecord(message.raw)?.error)?.code === -32700) {
          const seqs = [corrupted.faultSeq, message.seq];
          corrupted = undefined;
          return [draft('The server answered the invalid JSON with a -32700 Parse error, as JSON-RPC 2.0 asks.', seqs)];
        }
        const entry = message.envelope.id === undefined ? undefined : duplicated.get(requestKey(message.envelope.id));
        if (!entry) return [];
        entry.answers.push(message.seq);
        if (entry.answers.length < 2) return [];
        duplicated.delete(requestKey(message.envelope.id!));
        return [draft(`The server answered the duplicated request ${describeTarget(entry.fault)} twice: it treated the repeated id as a second request.`, [entry.faultSeq, ...entry.answers])];
      },
      end(): FindingDraft[] {
        const found: FindingDraft[] = [];
        for (const { fault, faultSeq, answers } of duplicated.values()) {
          found.push(
            answers.length === 1
              ? draft(`The server answered the duplicated request ${describeTarget(fault)} once: it ignored the repeated id.`, [faultSeq, ...answers])
              : draft(`The server never answered the duplicated request ${describeTarget(fault)}.`, [faultSeq]),
          );
        }
        if (corrupted) found.push(draft(`The server did not answer the invalid JSON (from ${describeTarget(corrupted.fault)}) with a -32700 Parse error; JSON-RPC 2.0 asks for one, MCP's SDKs log it and carry on.`, [corrupted.faultSeq]));
        if (cutStream) found.push(draft('After the stream was cut, the client did not open a new one before the connection ended.', [cutStream.faultSeq]));
        duplicated.clear();
        corrupted = cutStream = undefined;
        return found;
      },
    };
  },
};
