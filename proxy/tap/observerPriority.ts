// Once started (loading or joining the inspector runs at normal priority, or a tap on a busy machine
// would take seconds to show its UI), the observer thread runs at the lowest scheduling priority: on a
// busy machine the relay (the host's traffic, on the main thread), the host and the server get a core
// first, and the observer takes what is left; the copies wait in its queue meanwhile and the UI is a
// little later. Measured with `npm run bench` (tap overhead) on 2 cores, where the observer and the
// inspector it hosts competed with host, relay and server for the same cores.
import { readlinkSync } from 'node:fs';
import { constants, setPriority } from 'node:os';

/**
 * Lowers the calling thread's priority. Linux only: there a thread has its own id and nice value
 * (`/proc/thread-self` names it), while `setPriority` on another system would lower the whole
 * process, relay included; so elsewhere this does nothing.
 */
export function yieldToTheRelay(warn: (message: string) => void): void {
  if (process.platform !== 'linux') return;
  try {
    const threadId = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(threadId) && threadId > 0) setPriority(threadId, constants.priority.PRIORITY_LOW);
  } catch (error) {
    warn(`could not lower the observer thread's priority (${error instanceof Error ? error.message : String(error)}); the tap works, at a little more cost to the host`);
  }
}
