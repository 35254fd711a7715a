// Content blocks (tool results, prompt messages) and resource contents (resources/read, embedded
// resources) whose type is unknown or whose data cannot be used: invalid base64, a missing or malformed
// mimeType, a text block without text.
import { specLinks } from '../specLinks';
import { answeredResult, asRecord, describeRequest, showValue, type DiagnosisRule, type FindingDraft } from '../rule';
import { contentLocations, type ContentLocation } from '../contentLocations';
import { issuesToProblems } from '../zodIssues';
import { BlobResourceContentsSchema, ContentBlockSchema, TextResourceContentsSchema } from '@modelcontextprotocol/core';

const BLOCK_TYPES = ['text', 'image', 'audio', 'resource_link', 'resource'];
/** RFC 4648 base64 with padding, as the schema's `format: byte` asks; no whitespace or URL-safe alphabet. */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
/** `type/subtype` with optional parameters (RFC 6838 names). */
const MIME_TYPE = /^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*\/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*(\s*;.*)?$/;

function base64Problem(data: unknown, field: string): string | undefined {
  if (typeof data !== 'string') return `${field} is ${data === undefined ? 'missing' : `not a string (${showValue(data)})`}`;
  if (BASE64.test(data)) return undefined;
  const bad = data.replace(/[A-Za-z0-9+/=]/g, '');
  const why = bad.length > 0 ? `contains ${showValue([...new Set(bad)].join(''))}` : 'has the wrong length or padding';
  return `${field} is not valid base64 (it ${why})`;
}

function mimeTypeProblem(mimeType: unknown, required: boolean): string | undefined {
  if (mimeType === undefined) return required ? 'mimeType is missing' : undefined;
  if (typeof mimeType !== 'string' || !MIME_TYPE.test(mimeType)) return `mimeType ${showValue(mimeType)} is not a MIME type (type/subtype)`;
  return undefined;
}

function blockProblems(block: Record<string, unknown>): string[] {
  const { type } = block;
  switch (type) {
    case 'text':
      return typeof block.text === 'string' ? [] : [`text is ${block.text === undefined ? 'missing' : 'not a string'}`];
    case 'image':
    case 'audio':
      return [base64Problem(block.data, 'data'), mimeTypeProblem(block.mimeType, true)].filter((problem) => problem !== undefined);
    case 'resource_link':
      return [typeof block.uri === 'string' ? undefined : 'uri is missing', typeof block.name === 'string' ? undefined : 'name is missing'].filter((problem) => problem !== undefined);
    case 'resource':
      return asRecord(block.resource) ? [] : ['resource is missing'];
    default:
      return [`type ${showValue(type)} is not a content type (${BLOCK_TYPES.join(', ')})`];
  }
}

function resourceProblems(contents: Record<string, unknown>): string[] {
  const problems: (string | undefined)[] = [typeof contents.uri === 'string' ? undefined : 'uri is missing', mimeTypeProblem(contents.mimeType, false)];
  const hasText = 'text' in contents;
  const hasBlob = 'blob' in contents;
  if (hasText === hasBlob) problems.push(hasText ? 'has both text and blob (one of them)' : 'has neither text nor blob');
  else if (hasText && typeof contents.text !== 'string') problems.push('text is not a string');
  else if (hasBlob) problems.push(base64Problem(contents.blob, 'blob'));
  return problems.filter((problem) => problem !== undefined);
}

/** An embedded resource's contents are judged at their own location: the block is checked around them. */
const PLACEHOLDER_CONTENTS = { uri: 'placeholder:', text: '' };

/** What the hand-written checks do not cover (annotations, field types) is left to the SDK's schema. */
function schemaProblems(location: ContentLocation, value: Record<string, unknown>): string[] {
  const parsed =
    location.kind === 'resource'
      ? ('blob' in value ? BlobResourceContentsSchema : TextResourceContentsSchema).safeParse(value)
      : ContentBlockSchema.safeParse(value.type === 'resource' ? { ...value, resource: PLACEHOLDER_CONTENTS } : value);
  if (parsed.success) return [];
  return issuesToProblems(parsed.error.issues).map(({ path, problem }) => (path ? `${path} ${problem}` : problem));
}

function locationProblems(location: ContentLocation): string[] {
  const value = asRecord(location.value);
  if (!value) return [`is not an object (${showValue(location.value)})`];
  const problems = location.kind === 'block' ? blockProblems(value) : resourceProblems(value);
  return problems.length > 0 ? problems : schemaProblems(location, value);
}

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
          const problems = locationProblems(location);
          if (problems.length === 0) return [];
          return [{ message: `In the result of ${describeRequest(answered.request)}, ${location.path}: ${problems.join('; ')}.`, seqs: [answered.request.seq, message.seq] }];
        });
      },
    };
  },
};
