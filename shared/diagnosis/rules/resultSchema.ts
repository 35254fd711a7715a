// Every result from the server is checked against the official schema of its request's method, and every
// server request and notification against its own.
import { specLinks } from '../specLinks';
import { asRecord, describeRequest, type DiagnosisRule, type FindingDraft, type ObservedMessage } from '../rule';
import { resultSchemaFor, serverMessageSchemaFor } from '../messageSchemas';
import { describeProblems, issuesToProblems } from '../zodIssues';
import { contentLocations } from '../contentLocations';
import { contentProblems, isUnder } from '../contentProblems';

function checkResult(message: ObservedMessage): FindingDraft[] {
  if (message.envelope.kind !== 'response' || message.correlation?.status !== 'answers') return [];
  const { request } = message.correlation;
  const result = asRecord(message.raw)?.result;
  // A 2026-07-28 result asking for more input (MRTR) is not the method's final result.
  const resultType = asRecord(result)?.resultType;
  if (resultType !== undefined && resultType !== 'complete') return [];
  const schema = resultSchemaFor(request.method, request.params);
  if (!schema || !asRecord(result)) return []; // a non-object result is envelope-invalid's finding
  const parsed = schema.safeParse(result);
  if (parsed.success) return [];
  // Content that content-invalid finds broken is its finding, not a second one here.
  const judged = contentLocations(request.method, asRecord(result)!).filter((location) => contentProblems(location).length > 0);
  const problems = issuesToProblems(parsed.error.issues, ['result']).filter((problem) => !judged.some((location) => isUnder(problem.path, location.path)));
  if (problems.length === 0) return [];
  return [{ message: `The server's result for ${describeRequest(request)} does not match the schema: ${describeProblems(problems)}.`, seqs: [request.seq, message.seq] }];
}

function checkServerMessage(message: ObservedMessage): FindingDraft[] {
  const { kind, method } = message.envelope;
  if ((kind !== 'request' && kind !== 'notification') || method === undefined) return [];
  const schema = serverMessageSchemaFor(kind, method);
  if (!schema) return [];
  // The envelope (jsonrpc, id) is envelope-invalid's business: validate only method and params here.
  const raw = asRecord(message.raw) ?? {};
  if ('params' in raw && !asRecord(raw.params)) return []; // non-object params are envelope-invalid's finding
  const parsed = schema.safeParse({ method: raw.method, ...('params' in raw ? { params: raw.params } : {}) });
  if (parsed.success) return [];
  const problems = issuesToProblems(parsed.error.issues);
  if (problems.length === 0) return [];
  return [{ message: `The server's ${kind} ${method} does not match the schema: ${describeProblems(problems)}.`, seqs: [message.seq] }];
}

export const resultSchemaRule: DiagnosisRule = {
  descriptor: {
    id: 'result-schema',
    title: 'Message does not match the schema',
    severity: 'error',
    specSection: specLinks.schema,
    explanation: "Each server result must match the schema of its request's method, and each server request or notification its own schema.",
  },
  createChecker() {
    return {
      observe({ message }): FindingDraft[] {
        if (!message || message.sender !== 'server') return [];
        return message.envelope.kind === 'response' ? checkResult(message) : checkServerMessage(message);
      },
    };
  },
};
