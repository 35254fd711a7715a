// Which request each recorded message belongs to: a request to itself, its answer, cancellation and
// progress to it. Reports that speak per request (JUnit's test cases, SARIF's locations) place a
// finding by the messages it points at. Read off the same exchanges the exports use (mcpExchanges).
import type { McpExchange } from './mcpExchanges';

/** Seq of a request, or of a message tied to one → seq of that request. */
export function messageRequests(exchanges: readonly McpExchange[]): Map<number, number> {
  const owners = new Map<number, number>();
  for (const exchange of exchanges) {
    if (exchange.id === undefined) continue;
    owners.set(exchange.startSeq, exchange.startSeq);
    if (exchange.endSeq !== undefined) owners.set(exchange.endSeq, exchange.startSeq);
    for (const note of exchange.notes) owners.set(note.seq, exchange.startSeq);
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
