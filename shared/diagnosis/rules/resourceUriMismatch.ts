// A resources/read result must be the contents of the resource asked for. A resource may expand into
// several contents (a folder into its files), so the rule speaks only when none of them has the URI read.
import { specLinks } from '../specLinks';
import { answeredResult, asRecord, describeRequest, showValue, type DiagnosisRule, type FindingDraft } from '../rule';

/** Schemes are case-insensitive (RFC 3986 §3.1); the rest of a URI is compared as sent. */
function normalise(uri: string): string {
  const colon = uri.indexOf(':');
  return colon === -1 ? uri : uri.slice(0, colon).toLowerCase() + uri.slice(colon);
}

export const resourceUriMismatchRule: DiagnosisRule = {
  descriptor: {
    id: 'resource-uri-mismatch',
    title: 'Read returned another resource',
    severity: 'warning',
    specSection: specLinks.readingResources,
    explanation: 'The contents returned by resources/read should carry the URI that was read; other URIs suggest the server answered for a different resource.',
  },
  createChecker() {
    return {
      observe({ message }): FindingDraft[] {
        const answered = answeredResult(message);
        if (!answered || !message || answered.request.method !== 'resources/read') return [];
        const asked = answered.request.params?.uri;
        const contents = answered.result.contents;
        if (typeof asked !== 'string' || !Array.isArray(contents)) return [];
        const uris = contents.map((item) => asRecord(item)?.uri).filter((uri): uri is string => typeof uri === 'string');
        if (uris.length === 0 || uris.some((uri) => normalise(uri) === normalise(asked))) return [];
        const returned = [...new Set(uris)].map((uri) => showValue(uri)).join(', ');
        return [{ message: `${describeRequest(answered.request)} asked for ${showValue(asked)} but the contents carry ${returned}.`, seqs: [answered.request.seq, message.seq] }];
      },
    };
  },
};
