// Leaves no server process behind. On SIGINT, SIGTERM or SIGHUP: close every connection (stdio
// servers get their stdin closed, then signals), wait up to a few seconds, kill what is left, exit.
// A second Ctrl+C exits at once. On any exit, whatever still runs is killed synchronously.

/** How long shutdown waits for servers to end on their own. */
export const SHUTDOWN_GRACE_MS = 3000;

export interface Stoppable {
  close(): Promise<void>;
  /** Kills every server process at once, synchronously. */
  killNow(): void;
}

export function installShutdownHandlers(target: Stoppable, say: (message: string) => void): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      if (signal === 'SIGINT') {
        target.killNow();
        process.exit(130);
      }
      return;
    }
    stopping = true;
    say(signal === 'SIGINT' ? 'Stopping (press Ctrl+C again to quit at once)…' : `Stopping (${signal})…`);
    const deadline = setTimeout(() => {
      target.killNow();
      process.exit(0);
    }, SHUTDOWN_GRACE_MS);
    target
      .close()
      .catch((error: unknown) => say(`Error while stopping: ${String(error)}`))
      .finally(() => {
        clearTimeout(deadline);
        process.exit(0);
      });
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => stop(signal));
  process.on('exit', () => target.killNow());
}
