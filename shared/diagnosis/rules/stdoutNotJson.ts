// A stdio server's stdout carries only protocol messages; anything else there corrupts the stream.
import { specLinks } from '../specLinks';
import { showValue, type DiagnosisRule, type FindingDraft } from '../rule';

/** A server that prints a banner per request would bury the real findings: report the first lines only. */
const MAX_REPORTED_LINES = 10;

export const stdoutNotJsonRule: DiagnosisRule = {
  descriptor: {
    id: 'stdout-not-json',
    title: 'Non-JSON output on stdout',
    severity: 'error',
    specSection: specLinks.stdio,
    explanation: 'A stdio server must not write anything to stdout that is not a valid MCP message; logs belong on stderr.',
  },
  createChecker() {
    let reported = 0;
    return {
      observe({ event }): FindingDraft[] {
        if (event.kind !== 'stdout' || reported >= MAX_REPORTED_LINES) return [];
        reported += 1;
        const more = reported === MAX_REPORTED_LINES ? ' Further such lines on this connection are not reported.' : '';
        return [{ message: `The server wrote a line to stdout that is not JSON: ${showValue(event.text)}. Logs belong on stderr.${more}`, seqs: [event.seq] }];
      },
    };
  },
};
