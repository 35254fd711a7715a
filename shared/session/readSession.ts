// Reads a session file's text: checks the header, upgrades an older version step by step, and
// validates every entry. A damaged line is reported with its number and skipped; the rest loads.
import { z } from 'zod';
import {
  SESSION_FORMAT,
  SESSION_FORMAT_VERSION,
  SessionEntrySchema,
  SessionHeaderSchema,
  type SessionEntry,
  type SessionHeader,
} from './sessionFormat';
import { OLDEST_READABLE_VERSION, SESSION_UPGRADES, type SessionUpgrade } from './sessionUpgrades';

/** A line that could not be read, by its 1-based number in the file. */
export interface SessionLineProblem {
  line: number;
  message: string;
}

/** How many damaged lines are described one by one; the rest are only counted. */
export const PROBLEMS_LISTED = 10;

export interface ReadSession {
  header: SessionHeader;
  /** The valid entries, in file order. */
  entries: SessionEntry[];
  /**
   * The first `PROBLEMS_LISTED` damaged lines that were skipped: a file with 100,000 of them made an
   * 8 MB error. `damagedLines` counts them all.
   */
  problems: SessionLineProblem[];
  /** How many lines were damaged and skipped. */
  damagedLines: number;
  /** The version the file was written in (before upgrading). */
  fileVersion: number;
}

/** The file cannot be read at all: not a session, or from a newer or unknown format version. */
export class SessionFormatError extends Error {
  override readonly name = 'SessionFormatError';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(entry)'}: ${issue.message}`).join('; ');
}

/**
 * Reads a header line: the parsed header, the file's version and the steps that bring its entries to
 * the current version. Throws `SessionFormatError` as `readSession` does.
 */
export function readSessionHeader(firstLine: string | undefined): { header: SessionHeader; version: number; steps: SessionUpgrade[] } {
  if (firstLine === undefined || firstLine.trim() === '') throw new SessionFormatError('The file is empty: a session file starts with a header line.');
  let raw: unknown;
  try {
    raw = JSON.parse(firstLine);
  } catch {
    throw new SessionFormatError('Line 1 is not JSON: this is not an mcp-inspect session file.');
  }
  if (!isRecord(raw) || raw.format !== SESSION_FORMAT) {
    throw new SessionFormatError(`Line 1 is not an mcp-inspect session header (expected "format": "${SESSION_FORMAT}").`);
  }
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version)) throw new SessionFormatError('The session header has no valid "version".');
  if (version > SESSION_FORMAT_VERSION) {
    throw new SessionFormatError(
      `This session was written by a newer mcp-inspect (session format version ${version}; this mcp-inspect reads up to version ${SESSION_FORMAT_VERSION}). Update mcp-inspect to open it.`,
    );
  }
  if (version < OLDEST_READABLE_VERSION) throw new SessionFormatError(`Session format version ${version} is not supported.`);
  const steps = SESSION_UPGRADES.slice(version);
  let upgraded: Record<string, unknown> = raw;
  try {
    for (const step of steps) upgraded = step.header(upgraded);
  } catch (error) {
    throw new SessionFormatError(`The version ${version} session header could not be upgraded: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = SessionHeaderSchema.safeParse(upgraded);
  if (!parsed.success) throw new SessionFormatError(`The session header is invalid: ${describeIssues(parsed.error)}`);
  return { header: parsed.data, version, steps };
}

/** Reads one entry line with the header's steps: the entry, or why the line is damaged ("is not JSON …"). */
export function readSessionEntry(line: string, steps: readonly SessionUpgrade[]): SessionEntry | string {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return `is not JSON (${line.length > 60 ? `${line.slice(0, 60)}…` : line})`;
  }
  if (!isRecord(raw)) return 'is not a JSON object';
  let upgraded = raw;
  try {
    for (const step of steps) upgraded = step.entry(upgraded);
  } catch (error) {
    return `could not be upgraded from version ${steps[0]?.from}: ${error instanceof z.ZodError ? describeIssues(error) : String(error)}`;
  }
  if (isCommonEventEntry(upgraded)) return upgraded;
  const parsed = SessionEntrySchema.safeParse(upgraded);
  return parsed.success ? parsed.data : `is not a valid entry: ${describeIssues(parsed.error)}`;
}

/**
 * True when `entry` is a message, stdout or stderr event entry exactly as the schema requires. Nearly
 * every line of a big session is one: checking them by hand rather than with the schema (which copies
 * every object, the message included) made reading a 100,000-message file several times faster.
 * Anything else, and anything that fails here, goes through the schema, which also words the error.
 */
function isCommonEventEntry(entry: Record<string, unknown>): entry is SessionEntry {
  if (entry.type !== 'event' || typeof entry.seq !== 'number' || !Number.isInteger(entry.seq) || entry.seq < 0) return false;
  if (typeof entry.time !== 'number' || typeof entry.connectionId !== 'string' || !isRecord(entry.payload)) return false;
  const payload = entry.payload;
  switch (payload.kind) {
    case 'message':
      // A too-deep message's extra field is left to the schema (rare).
      return (
        (payload.direction === 'incoming' || payload.direction === 'outgoing') &&
        typeof payload.size === 'number' &&
        'message' in payload &&
        !('tooDeep' in payload) &&
        (payload.via === undefined || payload.via === 'app')
      );
    case 'stdout':
    case 'stderr':
      return typeof payload.text === 'string';
    default:
      return false;
  }
}

/**
 * Reads a whole session file. Throws `SessionFormatError` when the header is missing, invalid or from
 * a newer version; damaged entry lines are returned in `problems`, not thrown.
 */
export function readSession(text: string): ReadSession {
  const lines = text.split('\n');
  const { header, version, steps } = readSessionHeader(lines[0]);
  const entries: SessionEntry[] = [];
  const problems: SessionLineProblem[] = [];
  let damagedLines = 0;
  for (let index = 1; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.trim() === '') continue;
    const entry = readSessionEntry(line, steps);
    if (typeof entry !== 'string') entries.push(entry);
    else if (++damagedLines <= PROBLEMS_LISTED) problems.push({ line: index + 1, message: `Line ${index + 1} ${entry}; skipped.` });
  }
  return { header, entries, problems, damagedLines, fileVersion: version };
}
