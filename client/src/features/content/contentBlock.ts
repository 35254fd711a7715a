// Reads one MCP content block (tool results, prompt messages, sampling) into what the UI renders.
// A server may send anything: unknown types and broken fields become an explicit `unknown` block.

export type ContentView =
  | { type: 'text'; text: string; json?: unknown }
  | { type: 'image' | 'audio'; mimeType: string; dataUrl: string; bytes: number }
  | { type: 'resource_link'; uri: string; name?: string; title?: string; mimeType?: string; description?: string }
  | { type: 'resource'; uri: string; mimeType?: string; text?: string; json?: unknown; blobBytes?: number; blobDataUrl?: string }
  | { type: 'unknown'; reason: string; raw: unknown };

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function decodedLength(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return Math.floor((base64.length * 3) / 4) - padding;
}

/** JSON text (an object or array) is shown as a tree; anything else as text. */
function parseJsonText(text: string): unknown {
  const trimmed = text.trim();
  if (!(trimmed.startsWith('{') || trimmed.startsWith('['))) return undefined;
  try {
    return JSON.parse(trimmed);
  } catch {
    return undefined;
  }
}

function readMedia(block: Record<string, unknown>, type: 'image' | 'audio'): ContentView {
  const { data, mimeType } = block;
  if (typeof data !== 'string' || !BASE64.test(data)) return { type: 'unknown', reason: `${type} content without valid base64 data`, raw: block };
  if (typeof mimeType !== 'string' || !mimeType.startsWith(`${type}/`)) {
    return { type: 'unknown', reason: `${type} content with mimeType ${JSON.stringify(mimeType)}`, raw: block };
  }
  return { type, mimeType, dataUrl: `data:${mimeType};base64,${data}`, bytes: decodedLength(data) };
}

function readEmbedded(block: Record<string, unknown>): ContentView {
  const resource = block.resource;
  if (typeof resource !== 'object' || resource === null) return { type: 'unknown', reason: 'resource content without a resource', raw: block };
  const { uri, mimeType, text, blob } = resource as Record<string, unknown>;
  if (typeof uri !== 'string') return { type: 'unknown', reason: 'embedded resource without a uri', raw: block };
  const view: ContentView = { type: 'resource', uri, ...(typeof mimeType === 'string' ? { mimeType } : {}) };
  if (typeof text === 'string') return { ...view, text, json: typeof mimeType === 'string' && /json/.test(mimeType) ? parseJsonText(text) : undefined };
  if (typeof blob === 'string' && BASE64.test(blob)) {
    return { ...view, blobBytes: decodedLength(blob), blobDataUrl: `data:${typeof mimeType === 'string' ? mimeType : 'application/octet-stream'};base64,${blob}` };
  }
  return { type: 'unknown', reason: 'embedded resource with neither text nor valid base64 blob', raw: block };
}

export function readContentBlock(block: unknown): ContentView {
  if (typeof block !== 'object' || block === null || Array.isArray(block)) return { type: 'unknown', reason: 'not an object', raw: block };
  const record = block as Record<string, unknown>;
  switch (record.type) {
    case 'text':
      if (typeof record.text !== 'string') return { type: 'unknown', reason: 'text content without text', raw: block };
      return { type: 'text', text: record.text, json: parseJsonText(record.text) };
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

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
