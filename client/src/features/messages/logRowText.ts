// The text of a log row's cells, computed only for rows on screen. Bounded and defensive: message
// content is whatever the server sent.
import type { LogEntry } from '../../api/logEntry';
import type { TransportEvent } from '../../../../shared/recordedEvent';
import { previewJson } from '../../ui/jsonPreview';
import { formatBytes } from '../../ui/formatBytes';
import { formatCount } from '../../ui/formatCount';
import { withVisibleControls } from '../../ui/visibleControls';

const SUMMARY_CHARS = 240;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** "+1.234s" after the connection's first event. */
export function formatRelativeTime(time: number, firstTime: number): string {
  return `+${(Math.max(0, time - firstTime) / 1000).toFixed(3)}s`;
}

export function formatSize(bytes: number | undefined): string {
  return bytes === undefined ? '' : formatBytes(bytes);
}

export function formatLatency(ms: number | undefined): string {
  if (ms === undefined) return '';
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`;
}

/** The arrow of the direction column and its spoken form. */
export function directionOf(entry: LogEntry): { arrow: string; label: string } | undefined {
  if (entry.direction === 'outgoing') return { arrow: '→', label: 'outgoing' };
  if (entry.direction === 'incoming') return { arrow: '←', label: 'incoming' };
  return undefined;
}

function pathOf(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.pathname + parsed.search;
  } catch {
    return url;
  }
}

/** A transport event in words: "spawned pid 1234 (node)", "exited code 1", "POST /mcp 200 12ms". */
export function describeTransportEvent(event: TransportEvent): string {
  switch (event.type) {
    case 'spawned':
      return `spawned pid ${event.pid} (${event.command})`;
    case 'exited':
      return event.signal ? `exited signal ${event.signal}` : event.code !== null ? `exited code ${event.code}` : 'exited';
    case 'http':
      return `${event.method} ${pathOf(event.url)} ${event.status} ${Math.round(event.durationMs)}ms${event.sessionId ? ` · session ${event.sessionId.slice(0, 8)}` : ''}`;
    case 'connecting':
      return `connecting (${event.transport})`;
    case 'auth':
      return `auth ${event.step}: ${event.message}`;
    case 'closed':
      return `closed: ${event.reason}`;
    case 'error':
      return `error: ${event.message}`;
  }
}

function clip(text: string): string {
  return text.length > SUMMARY_CHARS ? `${text.slice(0, SUMMARY_CHARS - 1)}…` : text;
}

const LIST_KEYS = ['tools', 'resources', 'resourceTemplates', 'prompts', 'roots', 'tasks'];

function summarizeResult(result: unknown): string {
  if (!isRecord(result)) return previewJson(result, SUMMARY_CHARS);
  for (const key of LIST_KEYS) {
    const list = result[key];
    if (!Array.isArray(list)) continue;
    const names = list.map((item) => (isRecord(item) ? (item.name ?? item.uri) : undefined)).filter((n) => typeof n === 'string');
    const more = result.nextCursor !== undefined ? ' (more pages)' : '';
    return clip(`${list.length} ${key}${more}${names.length ? `: ${names.join(', ')}` : ''}`);
  }
  if (Array.isArray(result.content)) {
    const parts = result.content.map((c) => (isRecord(c) ? (c.type === 'text' && typeof c.text === 'string' ? c.text : `[${String(c.type)}]`) : '?'));
    return clip(`${result.isError === true ? 'isError: ' : ''}${parts.join(' ')}`);
  }
  return previewJson(result, SUMMARY_CHARS);
}

function summarizeParams(method: string | undefined, rawParams: unknown): string {
  if (!isRecord(rawParams)) return rawParams === undefined ? '' : previewJson(rawParams, SUMMARY_CHARS);
  // Every request the inspector sends carries `_meta.progressToken`: the summary says what the request asks.
  const { _meta: _ignored, ...params } = rawParams;
  if (Object.keys(params).length === 0) return '';
  if (method === 'tools/call' && typeof params.name === 'string') return `${params.name} ${previewJson(params.arguments ?? {}, SUMMARY_CHARS)}`;
  if (method === 'notifications/message') return `[${String(params.level)}] ${params.logger ? `${String(params.logger)}: ` : ''}${previewJson(params.data, SUMMARY_CHARS)}`;
  if (typeof params.uri === 'string' && Object.keys(params).length === 1) return params.uri;
  return previewJson(params, SUMMARY_CHARS);
}

/** An MCP App message: which way, then its method and params, or its result or error. */
function summarizeAppMessage(direction: 'to-app' | 'from-app', message: unknown): string {
  const side = direction === 'to-app' ? '→ app' : '← app';
  if (!isRecord(message)) return `${side} ${previewJson(message, SUMMARY_CHARS)}`;
  if (typeof message.method === 'string') return `${side} ${message.method} ${summarizeParams(message.method, message.params)}`.trimEnd();
  return `${side} ${'error' in message ? `error ${previewJson(message.error, SUMMARY_CHARS)}` : summarizeResult(message.result)}`;
}

/** The one-line summary column. */
export function summarize(entry: LogEntry): string {
  const event = entry.event;
  if (event.kind === 'stdout' || event.kind === 'stderr') return clip(withVisibleControls(event.text));
  if (event.kind === 'transport') return describeTransportEvent(event.event);
  if (event.kind === 'fault') return clip(`fault "${event.fault.rule}": ${event.fault.detail}`);
  if (event.kind === 'app') return summarizeAppMessage(event.direction, event.message);
  if (event.tooDeep) return `too deep to display (${formatCount(event.tooDeep.levels)} levels)`;
  const message = event.message;
  if (!isRecord(message)) return previewJson(message, SUMMARY_CHARS);
  switch (entry.kind) {
    case 'request':
      // A request an MCP App made through the inspector says so: the app caused it, not a person.
      return `${event.via === 'app' ? 'for the app: ' : ''}${summarizeParams(entry.method, message.params)}`;
    case 'notification':
      return summarizeParams(entry.method, message.params);
    case 'response':
      return summarizeResult(message.result);
    case 'error': {
      const error = message.error;
      return isRecord(error) ? `${previewJson(error.code, 20)} ${previewJson(error.message, SUMMARY_CHARS).replace(/^"|"$/g, '')}` : previewJson(error, SUMMARY_CHARS);
    }
    default:
      return previewJson(message, SUMMARY_CHARS);
  }
}
