// Reads one MCP content block (tool results, prompt messages, sampling) into what the UI renders.
// A server may send anything: unknown types and broken fields become an explicit `unknown` block.

export type ContentView =
  | { type: 'text'; text: string; json?: unknown }
  | { type: 'image' | 'audio'; mimeType: string; dataUrl: string; bytes: number }
  | { type: 'resource_link'; uri: string; name?: string; title?: string; mimeType?: string; description?: string }
  | {
      type: 'resource';
      uri: string;
      mimeType?: string;
      text?: string;
      json?: unknown;
      markdown?: boolean;
      blobBytes?: number;
      blobDataUrl?: string;
      /** The text was decoded from the base64 `blob` (its MIME type is textual), which stays downloadable. */
      decodedBlob?: boolean;
    }
  | { type: 'unknown'; reason: string; raw: unknown };

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function decodedLength(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return Math.floor((base64.length * 3) / 4) - padding;
}

/** Texts longer than this are shown cut, with a "Show all"; they are not parsed as JSON up front. */
export const LARGE_TEXT_CHARS = 100_000;

/** JSON text (an object or array) is shown as a tree; anything else as text. */
export function parseJsonText(text: string): unknown {
  const trimmed = text.trim();
  if (!(trimmed.startsWith('{') || trimmed.startsWith('['))) return undefined;
  try {
    return JSON.parse(trimmed);
  } catch {
    return undefined;
  }
}

/** `text/markdown` (RFC 7763) and the older `text/x-markdown`, with or without parameters. */
export function isMarkdownMime(mimeType: string | undefined): boolean {
  const essence = mimeType?.split(';')[0]?.trim().toLowerCase();
  return essence === 'text/markdown' || essence === 'text/x-markdown';
}

function readMedia(block: Record<string, unknown>, type: 'image' | 'audio'): ContentView {
  const { data, mimeType } = block;
  if (typeof data !== 'string' || !BASE64.test(data)) return { type: 'unknown', reason: `${type} content without valid base64 data`, raw: block };
  if (typeof mimeType !== 'string' || !mimeType.startsWith(`${type}/`)) {
    return { type: 'unknown', reason: `${type} content with mimeType ${JSON.stringify(mimeType)}`, raw: block };
  }
  return { type, mimeType, dataUrl: `data:${mimeType};base64,${data}`, bytes: decodedLength(data) };
}

/** MIME types whose bytes are text (text/*, JSON, XML, YAML, JavaScript …), with or without parameters.
 * Images are not, SVG included: an image is shown as one. */
export function isTextualMime(mimeType: string | undefined): boolean {
  const essence = mimeType?.split(';')[0]?.trim().toLowerCase();
  if (!essence || essence.startsWith('image/')) return false;
  return (
    essence.startsWith('text/') ||
    essence.endsWith('+json') ||
    essence.endsWith('+xml') ||
    /^application\/(json|xml|javascript|ecmascript|x-javascript|yaml|x-yaml|toml|sql|graphql|x-sh|x-ndjson)$/.test(essence)
  );
}

/** Blobs larger than this are offered as a download only; decoding them would stall the page. */
export const MAX_DECODED_BLOB_BYTES = 5 * 1024 * 1024;

/** The UTF-8 text a base64 blob holds, or undefined when its bytes are not valid UTF-8. */
export function decodeTextBlob(base64: string): string | undefined {
  try {
    const binary = atob(base64);
    const bytes = new Uint8Array(binary.length);
    for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** A resource's text as the view shows it: a JSON tree when the MIME type says JSON, markdown rendered. */
function textFields(text: string, mimeType: string | undefined): { text: string; json?: unknown; markdown?: true } {
  const json = mimeType !== undefined && /json/.test(mimeType) && text.length <= LARGE_TEXT_CHARS ? parseJsonText(text) : undefined;
  return { text, ...(json === undefined ? {} : { json }), ...(isMarkdownMime(mimeType) ? { markdown: true as const } : {}) };
}

function readEmbedded(block: Record<string, unknown>): ContentView {
  const resource = block.resource;
  if (typeof resource !== 'object' || resource === null) return { type: 'unknown', reason: 'resource content without a resource', raw: block };
  const { uri, mimeType, text, blob } = resource as Record<string, unknown>;
  if (typeof uri !== 'string') return { type: 'unknown', reason: 'embedded resource without a uri', raw: block };
  const view: ContentView = { type: 'resource', uri, ...(typeof mimeType === 'string' ? { mimeType } : {}) };
  if (typeof text === 'string') return { ...view, ...textFields(text, view.mimeType) };
  if (typeof blob === 'string' && BASE64.test(blob)) {
    const blobView = { ...view, blobBytes: decodedLength(blob), blobDataUrl: `data:${view.mimeType ?? 'application/octet-stream'};base64,${blob}` };
    const decoded = isTextualMime(view.mimeType) && blobView.blobBytes <= MAX_DECODED_BLOB_BYTES ? decodeTextBlob(blob) : undefined;
    return decoded === undefined ? blobView : { ...blobView, ...textFields(decoded, view.mimeType), decodedBlob: true };
  }
  return { type: 'unknown', reason: 'embedded resource with neither text nor valid base64 blob', raw: block };
}

export function readContentBlock(block: unknown): ContentView {
  if (typeof block !== 'object' || block === null || Array.isArray(block)) return { type: 'unknown', reason: 'not an object', raw: block };
  const record = block as Record<string, unknown>;
  switch (record.type) {
    case 'text':
      if (typeof record.text !== 'string') return { type: 'unknown', reason: 'text content without text', raw: block };
      // A large text is parsed only when the person asks for all of it (see LargeText).
      return { type: 'text', text: record.text, json: record.text.length > LARGE_TEXT_CHARS ? undefined : parseJsonText(record.text) };
    case 'image':
    case 'audio':
      return readMedia(record, record.type);
    case 'resource_link': {
      if (typeof record.uri !== 'string') return { type: 'unknown', reason: 'resource_link without a uri', raw: block };
      const text = (key: string) => (typeof record[key] === 'string' ? { [key]: record[key] as string } : {});
      return { type: 'resource_link', uri: record.uri, ...text('name'), ...text('title'), ...text('mimeType'), ...text('description') };
    }
    case 'resource':
      return readEmbedded(record);
    default:
      return { type: 'unknown', reason: `unknown content type ${JSON.stringify(record.type)}`, raw: block };
  }
}

/** The UTF-8 size of a text. Large payloads are mostly ASCII, where a native regex scan settles it;
 * encoding or a JS loop over 5 Mi characters would block for 100+ ms. */
export function utf8Bytes(text: string): number {
  if (!/[\u0080-\uffff]/.test(text)) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4; // a surrogate pair: one 4-byte code point
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** What every content block may carry besides its content (MCP `Annotations` and `_meta`). */
export interface BlockExtras {
  audience?: string[];
  priority?: number;
  lastModified?: string;
  /** Annotation keys MCP does not define, kept so nothing a server sent is hidden. */
  otherAnnotations?: Record<string, unknown>;
  meta?: unknown;
}

export function readBlockExtras(block: unknown): BlockExtras {
  if (typeof block !== 'object' || block === null || Array.isArray(block)) return {};
  const { annotations, _meta: meta } = block as Record<string, unknown>;
  const extras: BlockExtras = meta === undefined ? {} : { meta };
  if (typeof annotations !== 'object' || annotations === null || Array.isArray(annotations)) return extras;
  const { audience, priority, lastModified, ...others } = annotations as Record<string, unknown>;
  if (Array.isArray(audience)) extras.audience = audience.map(String);
  if (typeof priority === 'number') extras.priority = priority;
  if (typeof lastModified === 'string') extras.lastModified = lastModified;
  if (Object.keys(others).length > 0) extras.otherAnnotations = others;
  return extras;
}
