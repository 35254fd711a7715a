// What is wrong with one content block or resource contents object, by hand rather than by the SDK's
// schema: cheap enough to run on every result, and in plain words. `content-invalid` reports these, and
// `result-schema` leaves the locations they cover to it (anything else there stays a schema finding).
import { asRecord, showValue } from './rule';
import type { ContentLocation } from './contentLocations';

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

/** The problems of one location, or none. */
export function contentProblems(location: ContentLocation): string[] {
  const value = asRecord(location.value);
  if (!value) return [`is not an object (${showValue(location.value)})`];
  return location.kind === 'block' ? blockProblems(value) : resourceProblems(value);
}

/** Whether a schema problem's path lies at or under `location`. */
export function isUnder(problemPath: string, locationPath: string): boolean {
  return problemPath === locationPath || problemPath.startsWith(`${locationPath}.`) || problemPath.startsWith(`${locationPath}[`);
}
