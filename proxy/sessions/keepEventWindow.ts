// Bounds the inspector's memory: it keeps a recent window of events and reads older ones back from the
// session file being recorded, or, when nothing is recorded (--no-record), from a spill file in the
// temp folder that plays the same part and is deleted when the proxy ends.
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_PAGE_EVENT_LIMIT } from '../../shared/inspectorProtocol';
import { DEFAULT_WINDOW_LIMITS, type WindowLimits } from '../inspector/EventStore';
import type { Inspector } from '../inspector/Inspector';
import { SessionFileArchive } from './SessionFileArchive';
import { SessionRecorder } from './SessionRecorder';
import { sessionHeader } from './startRecording';

export interface EventWindowFile {
  /** The file older events are read from. */
  file: string;
  /** Stops reading; a spill file is closed and deleted. Safe to call more than once. */
  close(): void;
}

/**
 * The window's size: `MCP_INSPECT_EVENT_WINDOW` events when set (tests and the bench use a small
 * window to reach its edge quickly), else the default.
 */
export function windowLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): WindowLimits {
  const maxEvents = Number(env.MCP_INSPECT_EVENT_WINDOW);
  return Number.isInteger(maxEvents) && maxEvents > 0 ? { ...DEFAULT_WINDOW_LIMITS, maxEvents } : DEFAULT_WINDOW_LIMITS;
}

/**
 * The most events a page holds: `MCP_INSPECT_PAGE_EVENTS` when set (tests reach a page's limit with a
 * few hundred events), else the default.
 */
export function pageEventLimitFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const limit = Number(env.MCP_INSPECT_PAGE_EVENTS);
  return Number.isInteger(limit) && limit > 0 ? limit : DEFAULT_PAGE_EVENT_LIMIT;
}

/**
 * Call before the first connection opens. Returns undefined, and the inspector keeps every event, when
 * no spill file can be created (an unwritable temp folder): memory grows, nothing is lost.
 */
export function keepEventWindow(
  inspector: Inspector,
  recorder: SessionRecorder | undefined,
  warn: (message: string) => void,
  limits: WindowLimits = windowLimitsFromEnv(),
): EventWindowFile | undefined {
  if (recorder?.recording) {
    const archive = new SessionFileArchive(recorder.file, () => recorder.flush());
    recorder.indexEventLines(archive);
    inspector.keepWindow(archive, limits);
    return { file: recorder.file, close: () => archive.close() };
  }
  const file = path.join(os.tmpdir(), `mcp-inspect-spill-${process.pid}-${randomBytes(4).toString('hex')}.jsonl`);
  let spill: SessionRecorder;
  try {
    spill = SessionRecorder.create(file, sessionHeader(inspector, new Date()), warn, inspector.eventBytes);
  } catch (error) {
    warn(`Cannot create the spill file ${file}, so every event stays in memory: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
  inspector.subscribe(spill);
  const archive = new SessionFileArchive(file, () => spill.flush());
  spill.indexEventLines(archive);
  inspector.keepWindow(archive, limits);
  const remove = () => {
    archive.close();
    spill.close();
    rmSync(file, { force: true });
  };
  // A proxy ended by a signal or an uncaught error leaves no spill file behind either.
  process.once('exit', remove);
  return {
    file,
    close: () => {
      process.removeListener('exit', remove);
      remove();
    },
  };
}
