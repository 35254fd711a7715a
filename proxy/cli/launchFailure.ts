// When the server given on the command line fails to start, the terminal says so too: the page may not
// be open yet (--no-open, a headless machine), and the exit code and the last stderr lines are what a
// person needs to fix the command. Only the first attempt counts: once connected, later ends are the
// page's to show.
import type { ConnectionSummary } from '../../shared/connectionTypes';
import { formatCommandLine } from '../../shared/session/targetReview';
import type { Inspector } from '../inspector/Inspector';

/** How many stderr lines the terminal repeats (the page shows the whole kept tail). */
const STDERR_LINES = 10;

/** The lines to print when the launch target ended before its handshake, or undefined while it has not. */
export function launchFailureMessage(summary: ConnectionSummary): string[] | undefined {
  if (summary.state !== 'failed' && summary.state !== 'exited') return undefined;
  const exit = summary.exit;
  const how = exit?.signal
    ? `it was killed by ${exit.signal}`
    : exit?.code !== undefined && exit.code !== null
      ? `it exited with code ${exit.code}`
      : (summary.error ?? 'the connection failed');
  const lines = [`The server failed to start: ${how}.`];
  if (summary.error && how !== summary.error) lines.push(`  ${summary.error}`);
  if (summary.target.transport === 'stdio') lines.push(`  Command: ${formatCommandLine(summary.target.command, summary.target.args)}`);
  const stderr = summary.stderrTail.slice(-STDERR_LINES);
  if (stderr.length > 0) lines.push(`  Last stderr lines:`, ...stderr.map((line) => `    ${line}`));
  lines.push('The inspector keeps running: fix the command in the page (Connection settings) and Connect, or press Ctrl+C.');
  return lines;
}

/** Watches the launch target's first attempt and prints `launchFailureMessage` once if it fails. */
export function reportLaunchFailure(inspector: Inspector, print: (lines: string[]) => void): void {
  const launched = inspector.snapshot().connections[0];
  if (!launched) return;
  let stop = () => {};
  const settle = (summary: ConnectionSummary): void => {
    if (summary.id !== launched.id || summary.attempt !== launched.attempt) return;
    if (summary.state === 'connected') return stop();
    const message = launchFailureMessage(summary);
    if (!message) return;
    stop();
    print(message);
  };
  stop = inspector.subscribe({
    eventRecorded: () => {},
    diagnosisRaised: () => {},
    connectionRemoved: (id) => (id === launched.id ? stop() : undefined),
    connectionChanged: settle,
  });
  settle(launched);
}
