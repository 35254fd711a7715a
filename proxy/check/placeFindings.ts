// Which request of check's each finding is about (by the messages it points at), for the reports that
// speak per request: JUnit's test cases and SARIF's locations. Findings about no request check sent
// (the handshake, stderr, a notification out of the blue) are `unplaced`.
import { requestOfFinding } from '../../shared/artifacts/messageRequests';
import type { Finding } from '../../shared/diagnosis';
import type { SentRequest } from './exploreServer';
import type { CheckRun } from './runCheck';

export interface PlacedFindings {
  byRequest: Map<SentRequest, Finding[]>;
  unplaced: Finding[];
}

export function placeFindings(run: CheckRun): PlacedFindings {
  const byRequest = new Map<SentRequest, Finding[]>();
  const unplaced: Finding[] = [];
  if (run.outcome !== 'checked') return { byRequest, unplaced: [...run.findings] };
  const bySeq = new Map(run.exploration.sent.flatMap((request) => (request.requestSeq === undefined ? [] : [[request.requestSeq, request] as const])));
  for (const finding of run.findings) {
    const seq = requestOfFinding(finding.seqs, run.requestOfMessage);
    const request = seq === undefined ? undefined : bySeq.get(seq);
    if (request) byRequest.set(request, [...(byRequest.get(request) ?? []), finding]);
    else unplaced.push(finding);
  }
  return { byRequest, unplaced };
}
