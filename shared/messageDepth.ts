// How deep a JSON value nests, measured without recursion, and what a message too deep to handle
// becomes. A 100,000-level message parses (V8's JSON.parse is iterative) but overflows the stack of
// every recursive step after it: JSON.stringify, schema validation, rendering. So the proxy measures
// each message once where it is stamped, and a message over the limit travels as a shallow stand-in
// with its raw text beside it (`RecordedMessage.tooDeep`), which every later step handles as usual.

import type { RecordedEvent, UnstampedEvent } from './recordedEvent';

/** Deeper messages are kept as raw text only. Far beyond any real MCP message, far below the stack's limit. */
export const MAX_MESSAGE_DEPTH = 1000;

/** Levels of nesting of a JSON value: a scalar is 0, `[]` and `{}` are 1, `[[1]]` is 2. */
export function jsonDepth(value: unknown): number {
  let deepest = 0;
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const top = stack.pop()!;
    if (typeof top.value !== 'object' || top.value === null) continue;
    const depth = top.depth + 1;
    if (depth > deepest) deepest = depth;
    const children = Array.isArray(top.value) ? top.value : Object.values(top.value);
    for (const child of children) if (typeof child === 'object' && child !== null) stack.push({ value: child, depth });
  }
  return deepest;
}

/** A message's JSON text; one too deep for JSON.stringify (which recurses) is written without recursion. */
export function safeJsonText(message: unknown): string {
  try {
    return JSON.stringify(message) ?? '';
  } catch {
    return jsonTextOf(message);
  }
}

type Frame = { kind: 'array'; items: unknown[]; next: number } | { kind: 'object'; entries: [string, unknown][]; next: number };

/** JSON.stringify's output for plain JSON data, at any depth (no toJSON, no replacer). */
export function jsonTextOf(value: unknown): string {
  const parts: string[] = [];
  const stack: Frame[] = [];
  const open = (item: unknown): void => {
    if (Array.isArray(item)) {
      parts.push('[');
      stack.push({ kind: 'array', items: item, next: 0 });
    } else if (typeof item === 'object' && item !== null) {
      parts.push('{');
      const entries = Object.entries(item).filter(([, child]) => child !== undefined && typeof child !== 'function');
      stack.push({ kind: 'object', entries, next: 0 });
    } else {
      // undefined (an array hole) and other non-JSON values read back as null, as JSON.stringify does.
      parts.push(JSON.stringify(item) ?? 'null');
    }
  };
  open(value);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const length = frame.kind === 'array' ? frame.items.length : frame.entries.length;
    if (frame.next >= length) {
      parts.push(frame.kind === 'array' ? ']' : '}');
      stack.pop();
      continue;
    }
    if (frame.next > 0) parts.push(',');
    const index = frame.next++;
    if (frame.kind === 'array') {
      open(frame.items[index]);
    } else {
      const [key, child] = frame.entries[index]!;
      parts.push(`${JSON.stringify(key)}:`);
      open(child);
    }
  }
  return parts.join('');
}

/** What is recorded of a message nested deeper than `MAX_MESSAGE_DEPTH`. */
export interface TooDeep {
  /** How many levels it nests. */
  levels: number;
  /** The message as JSON text, exactly as it would have been serialised. */
  raw: string;
}

/**
 * The message's top level with every nested value replaced by an empty one of its kind: id, method
 * and which of result/error it carries stay readable (for pairing and the log's columns).
 */
export function shallowStandIn(message: unknown): unknown {
  if (Array.isArray(message)) return [];
  if (typeof message !== 'object' || message === null) return message;
  const standIn: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(message)) {
    standIn[key] = typeof value !== 'object' || value === null ? value : Array.isArray(value) ? [] : {};
  }
  return standIn;
}

/**
 * Whether the value nests deeper than `limit` levels. Asked of every message the proxy stamps, so it
 * allocates nothing (jsonDepth's explicit stack costs an object per nested value) and recurses at most
 * `limit` frames, which the stack holds.
 */
function nestsDeeperThan(value: unknown, limit: number): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (limit === 0) return true;
  if (Array.isArray(value)) {
    for (const item of value) if (nestsDeeperThan(item, limit - 1)) return true;
    return false;
  }
  for (const key in value) if (nestsDeeperThan((value as Record<string, unknown>)[key], limit - 1)) return true;
  return false;
}

/** Whether the value nests deeper than `MAX_MESSAGE_DEPTH`: the cheap question asked of every message. */
export function nestsTooDeep(value: unknown): boolean {
  return nestsDeeperThan(value, MAX_MESSAGE_DEPTH);
}

/** The stand-in and raw text of a message too deep to handle, or undefined when it is fine as it is. */
export function limitDepth(message: unknown): { standIn: unknown; tooDeep: TooDeep } | undefined {
  if (!nestsTooDeep(message)) return undefined;
  const levels = jsonDepth(message);
  return { standIn: shallowStandIn(message), tooDeep: { levels, raw: jsonTextOf(message) } };
}

/**
 * The event as it can be handled: a message event nested too deep becomes its stand-in with
 * `tooDeep` set; every other event (nearly all) is returned as it is.
 */
export function withDepthLimit<E extends RecordedEvent | UnstampedEvent>(event: E): E {
  if (event.kind !== 'message' || event.tooDeep) return event;
  const limited = limitDepth(event.message);
  return limited ? { ...event, message: limited.standIn, tooDeep: limited.tooDeep } : event;
}
