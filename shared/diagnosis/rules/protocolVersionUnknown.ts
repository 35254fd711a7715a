// Version negotiation: the server answers with the version the client offered or another it supports.
import { specLinks } from '../specLinks';
import { asRecord, showValue, type DiagnosisRule, type FindingDraft } from '../rule';

/** The revisions negotiated through `initialize`. */
export const KNOWN_PROTOCOL_VERSIONS = ['2024-11-05', '2025-03-26', '2025-06-18', '2025-11-25'] as const;

export const protocolVersionUnknownRule: DiagnosisRule = {
  descriptor: {
    id: 'protocol-version-unknown',
    title: 'Unknown protocol version',
    severity: 'error',
    specSection: specLinks.versionNegotiation,
    explanation: 'The initialize result must name the version the client offered or another published revision the server supports.',
  },
  createChecker() {
    return {
      observe({ message }): FindingDraft[] {
        if (message?.envelope.kind !== 'response' || message.correlation?.status !== 'answers') return [];
        const { request } = message.correlation;
        if (request.method !== 'initialize') return [];
        const answered = asRecord(asRecord(message.raw)?.result)?.protocolVersion;
        if (typeof answered !== 'string') return []; // a missing version is result-schema's finding
        const offered = request.params?.protocolVersion;
        if (answered === offered || (KNOWN_PROTOCOL_VERSIONS as readonly string[]).includes(answered)) return [];
        return [{
          message: `The server answered initialize with protocolVersion ${showValue(answered)}: the client offered ${showValue(offered)}, and it is not a known revision (${KNOWN_PROTOCOL_VERSIONS.join(', ')}).`,
          seqs: [request.seq, message.seq],
        }];
      },
    };
  },
};
