// Tool names in 2025-11-25: 1–128 characters of A-Z, a-z, 0-9, `_`, `-` and `.`, unique within a server.
import { specLinks } from '../specLinks';
import { asRecord, describeRequest, showValue, type DiagnosisRule, type FindingDraft } from '../rule';
import { PaginationWalks, readListPage, type ListPage } from '../paginationWalks';

const TOOL_NAME = /^[A-Za-z0-9_.-]{1,128}$/;

function nameProblem(name: string): string | undefined {
  if (name.length === 0) return 'is empty';
  if (name.length > 128) return `is ${name.length} characters long (at most 128)`;
  const bad = [...new Set(name.replace(/[A-Za-z0-9_.-]/g, ''))].map((character) => JSON.stringify(character));
  return TOOL_NAME.test(name) ? undefined : `contains ${bad.join(', ')} (only A-Z, a-z, 0-9, "_", "-" and "." are allowed)`;
}

function checkPage(page: ListPage, seen: Map<string, number>, protocolVersion: string | undefined): FindingDraft[] {
  // The character rules came with 2025-11-25; for older revisions they are advice, not a violation.
  const older = protocolVersion !== undefined && protocolVersion < '2025-11-25';
  const tools = Array.isArray(page.result.tools) ? page.result.tools : [];
  const findings: FindingDraft[] = [];
  for (const tool of tools) {
    const name = asRecord(tool)?.name;
    if (typeof name !== 'string') continue; // a missing name is result-schema's finding
    const problem = nameProblem(name);
    if (problem) {
      const note = older ? ` (a rule since 2025-11-25; this connection runs ${protocolVersion})` : '';
      findings.push({ message: `The tool name ${showValue(name)} in ${describeRequest(page.request)} ${problem}${note}.`, seqs: [page.seq], ...(older ? { severity: 'info' as const } : {}) });
    }
    const firstSeq = seen.get(name);
    if (firstSeq !== undefined) {
      const where = firstSeq === page.seq ? 'in the same page' : 'on an earlier page of this listing';
      findings.push({ message: `The tool name ${showValue(name)} appears twice in the tools listing (${where}); names must be unique.`, seqs: firstSeq === page.seq ? [page.seq] : [firstSeq, page.seq] });
    } else {
      seen.set(name, page.seq);
    }
  }
  return findings;
}

export const toolNameInvalidRule: DiagnosisRule = {
  descriptor: {
    id: 'tool-name-invalid',
    title: 'Invalid or repeated tool name',
    severity: 'warning',
    specSection: specLinks.toolNames,
    explanation: 'Tool names should be 1–128 characters of A-Z, a-z, 0-9, "_", "-" and ".", and unique across a listing (all its pages).',
  },
  createChecker() {
    const walks = new PaginationWalks<Map<string, number>>(() => new Map());
    return {
      observe({ message, connection }): FindingDraft[] {
        const page = message?.sender === 'server' ? readListPage(message) : undefined;
        if (!page || page.request.method !== 'tools/list') return [];
        const walk = walks.walkFor(page);
        const findings = checkPage(page, walk.state, connection.handshake.protocolVersion);
        walks.advance(page, walk);
        return findings;
      },
    };
  },
};
