// The server's log messages (`notifications/message`) read from the connection's log, and the
// syslog severity order the spec uses for them.
// https://modelcontextprotocol.io/specification/2025-11-25/server/utilities/logging
import type { LogEntry } from '../../api/logEntry';

export const LOG_LEVELS = ['debug', 'info', 'notice', 'warning', 'error', 'critical', 'alert', 'emergency'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface LogMessage {
  seq: number;
  time: number;
  /** As sent; a level outside the spec's list is kept (and always shown). */
  level: string;
  logger?: string;
  data: unknown;
}

export function isLogLevel(value: string): value is LogLevel {
  return (LOG_LEVELS as readonly string[]).includes(value);
}

/** True when `level` is `minimum` or more severe; unknown levels always pass, so nothing odd is hidden. */
export function atLeast(level: string, minimum: LogLevel): boolean {
  return !isLogLevel(level) || LOG_LEVELS.indexOf(level) >= LOG_LEVELS.indexOf(minimum);
}

/** The log message an entry carries, if it is one the server sent. */
export function readLogMessage(entry: LogEntry): LogMessage | undefined {
  if (entry.kind !== 'notification' || entry.method !== 'notifications/message' || entry.direction !== 'incoming') return undefined;
  if (entry.event.kind !== 'message') return undefined;
  const params = (entry.event.message as { params?: unknown }).params;
  const record = typeof params === 'object' && params !== null ? (params as Record<string, unknown>) : {};
  return {
    seq: entry.seq,
    time: entry.time,
    level: typeof record.level === 'string' ? record.level : '(none)',
    ...(typeof record.logger === 'string' ? { logger: record.logger } : {}),
    data: record.data,
  };
}
