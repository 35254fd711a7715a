// The socket layer's stderr lines, bounded: a page (or anything that reaches the socket) sending
// 10,000 malformed frames wrote a line for each. The first few lines of each interval are written as
// they come; the rest are counted and summed up in one line when the interval ends.
import type { SessionLog } from './socketSession';

export interface RateLimit {
  /** Lines written as they come in each interval. */
  burst: number;
  intervalMs: number;
}

export const SOCKET_LOG_LIMIT: RateLimit = { burst: 5, intervalMs: 10_000 };

export function rateLimitedLog(log: SessionLog, limit: RateLimit = SOCKET_LOG_LIMIT): SessionLog {
  let written = 0;
  let suppressed = 0;
  let lastSuppressed = '';
  let timer: NodeJS.Timeout | undefined;
  const endInterval = () => {
    timer = undefined;
    if (suppressed > 0) {
      const seconds = limit.intervalMs / 1000;
      log(`${suppressed} more socket message${suppressed === 1 ? '' : 's'} in the last ${seconds} s not shown (the last: ${lastSuppressed})`);
    }
    written = 0;
    suppressed = 0;
  };
  return (message) => {
    // The interval starts with its first line; an idle proxy holds no timer.
    timer ??= setTimeout(endInterval, limit.intervalMs).unref();
    if (written < limit.burst) {
      written += 1;
      log(message);
    } else {
      suppressed += 1;
      lastSuppressed = message;
    }
  };
}
