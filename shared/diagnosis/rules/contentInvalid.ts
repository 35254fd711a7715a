// Content blocks (tool results, prompt messages) and resource contents (resources/read, embedded
// resources) whose type is unknown or whose data cannot be used: invalid base64, a missing or malformed
// mimeType, a text block without text.
import { specLinks } from '../specLinks';
import { answeredResult, describeRequest, type DiagnosisRule, type FindingDraft } from '../rule';
import { contentLocations } from '../contentLocations';
import { contentProblems } from '../contentProblems';

export const contentInvalidRule: DiagnosisRule = {
  descriptor: {
    id: 'content-invalid',
    title: 'Unusable content',
    severity: 'error',
    specSection: specLinks.toolResultContent,
    explanation: 'Content blocks must be of a known type with valid data: base64 for images, audio and blobs, a MIME type where one is required.',
  },
  createChecker() {
    return {
      observe({ message }): FindingDraft[] {
        const answered = answeredResult(message);
        if (!answered || !message) return [];
        return contentLocations(answered.request.method, answered.result).flatMap((location) => {
          const problems = contentProblems(location);
          if (problems.length === 0) return [];
          return [{ message: `In the result of ${describeRequest(answered.request)}, ${location.path}: ${problems.join('; ')}.`, seqs: [answered.request.seq, message.seq] }];
        });
      },
    };
  },
};
