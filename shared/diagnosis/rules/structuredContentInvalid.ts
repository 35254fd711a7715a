// A tool that declares an outputSchema must return structuredContent that conforms to it. The schemas are
// learned from the tools/list results earlier in the same stream; a tool never listed is not judged.
import type { Validator } from '@cfworker/json-schema';
import { specLinks } from '../specLinks';
import { answeredResult, asRecord, describeRequest, type DiagnosisRule, type FindingDraft } from '../rule';
import { createSchemaValidator } from '../../schemaValidator';
import { validateJson } from '../jsonSchemaValidation';

/** A connection listing more tools than this is unusual; the oldest schemas are forgotten beyond it. */
const MAX_TOOLS = 1024;

interface ListedTool {
  validator: Validator | { unusable: string };
  listedAtSeq: number;
}

function learnTools(result: Record<string, unknown>, seq: number, tools: Map<string, ListedTool | undefined>): void {
  if (!Array.isArray(result.tools)) return;
  for (const entry of result.tools) {
    const tool = asRecord(entry);
    if (typeof tool?.name !== 'string') continue;
    const outputSchema = asRecord(tool.outputSchema);
    tools.delete(tool.name);
    if (!outputSchema) tools.set(tool.name, undefined);
    else {
      let validator: ListedTool['validator'];
      try {
        validator = createSchemaValidator(outputSchema);
      } catch (error) {
        validator = { unusable: error instanceof Error ? error.message : String(error) };
      }
      tools.set(tool.name, { validator, listedAtSeq: seq });
    }
    if (tools.size > MAX_TOOLS) tools.delete(tools.keys().next().value as string);
  }
}

function checkCall(name: string, listed: ListedTool, result: Record<string, unknown>, describe: string, seqs: number[]): FindingDraft[] {
  // A tool that reports an error need not produce its structured output.
  if (result.isError === true || 'unusable' in listed.validator) return [];
  if (result.structuredContent === undefined) {
    return [{ message: `${describe} returned no structuredContent, but the tool "${name}" declares an outputSchema (listed in message ${listed.listedAtSeq}).`, seqs }];
  }
  const verdict = validateJson(listed.validator, result.structuredContent);
  if (verdict.valid !== false) return [];
  const problems = verdict.errors.slice(0, 5).map(({ pointer, message }) => `${pointer || '(root)'} ${message}`);
  const more = verdict.errors.length > 5 ? `; and ${verdict.errors.length - 5} more` : '';
  return [{ message: `The structuredContent of ${describe} does not conform to the outputSchema of "${name}" (listed in message ${listed.listedAtSeq}): ${problems.join('; ')}${more}.`, seqs }];
}

export const structuredContentInvalidRule: DiagnosisRule = {
  descriptor: {
    id: 'structured-content-invalid',
    title: 'Structured content breaks the output schema',
    severity: 'error',
    specSection: specLinks.outputSchema,
    explanation: 'A tool with an outputSchema must return structuredContent that conforms to it (unless the call failed with isError).',
  },
  createChecker() {
    const tools = new Map<string, ListedTool | undefined>();
    return {
      observe({ message }): FindingDraft[] {
        const answered = answeredResult(message);
        if (!answered || !message) return [];
        const { request, result } = answered;
        if (request.method === 'tools/list') learnTools(result, message.seq, tools);
        if (request.method !== 'tools/call') return [];
        const name = request.params?.name;
        const listed = typeof name === 'string' ? tools.get(name) : undefined;
        if (!listed || typeof name !== 'string') return [];
        return checkCall(name, listed, result, describeRequest(request), [request.seq, message.seq]);
      },
    };
  },
};
