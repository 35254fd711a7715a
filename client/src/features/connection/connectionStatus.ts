// Plain-words descriptions of a connection's state, for the status bar and the sidebar.
import type { ConnectionState, ConnectionSummary } from '../../../../shared/connectionTypes';
import type { BadgeTone } from '../../ui/Badge';

export interface StatusDescription {
  tone: BadgeTone;
  /** The sentence the status region starts with, e.g. "Exited (code 1)". */
  headline: string;
  /** Secondary facts (transport, protocol version, attempt). */
  detail?: string;
  /** The server's last stderr lines, shown when they may explain a failure. */
  stderr?: readonly string[];
}

const TRANSPORT_LABELS: Record<string, string> = {
  stdio: 'STDIO',
  'streamable-http': 'Streamable HTTP',
  sse: 'SSE',
  auto: 'Auto',
};

export function transportLabel(transport: string): string {
  return TRANSPORT_LABELS[transport] ?? transport;
}

/** The status dot's colour per tone (the words next to it carry the meaning). */
export const TONE_DOT: Record<BadgeTone, string> = {
  success: 'bg-emerald-500',
  warning: 'bg-amber-500 animate-pulse',
  danger: 'bg-red-500',
  neutral: 'bg-zinc-400',
  info: 'bg-sky-500',
  accent: 'bg-violet-500',
};

/**
 * Two letters that tell connections apart on the folded sidebar: the initials of the label's first two
 * words ("Everything Reference Server" → ER), or the first two letters of a one-word label.
 */
export function connectionInitials(label: string): string {
  const words = label
    .split(/[\s/\\_-]+/)
    .map((word) => word.replace(/\.[a-z]{1,4}$/i, '').replace(/[^\p{L}\p{N}]/gu, ''))
    .filter(Boolean);
  const [first = '', second] = words;
  const letters = second === undefined ? first.slice(0, 2) : first.charAt(0) + second.charAt(0);
  return letters === '' ? '?' : letters.charAt(0).toUpperCase() + (second === undefined ? letters.slice(1).toLowerCase() : letters.slice(1).toUpperCase());
}

export function stateTone(state: ConnectionState): BadgeTone {
  switch (state) {
    case 'connected':
      return 'success';
    case 'connecting':
      return 'warning';
    case 'failed':
    case 'exited':
      return 'danger';
    case 'disconnected':
      return 'neutral';
    case 'recorded':
      return 'info';
  }
}

function exitHeadline(connection: ConnectionSummary): string {
  const exit = connection.exit;
  if (exit?.signal) return `Exited (signal ${exit.signal})`;
  if (exit?.code !== undefined && exit.code !== null) return `Exited (code ${exit.code})`;
  return 'Exited';
}

/** What the status bar says about a connection. */
export function describeStatus(connection: ConnectionSummary): StatusDescription {
  const transport = transportLabel(connection.transport ?? connection.target.transport);
  const attempt = connection.attempt > 1 ? `attempt ${connection.attempt}` : undefined;
  const stderr = connection.stderrTail.length > 0 ? connection.stderrTail : undefined;
  if (connection.tap && connection.state === 'connected') {
    // The host is the client: say so first, since nothing here can be sent from the inspector.
    const version = connection.handshake?.protocolVersion;
    const listen = connection.tap.listen && `host connects to ${connection.tap.listen}`;
    return { tone: 'success', headline: 'Tapped: watching the host (read-only)', detail: [transport, version && `protocol ${version}`, listen, attempt].filter(Boolean).join(' · ') };
  }
  switch (connection.state) {
    case 'connecting':
      return { tone: 'warning', headline: connection.tap ? 'Tapped: waiting for the server to start…' : 'Connecting…', detail: [transport, attempt].filter(Boolean).join(' · ') };
    case 'connected': {
      const version = connection.handshake?.protocolVersion;
      // The attempt stays in view once connected: after Reconnect it is the sign that a new session began.
      return { tone: 'success', headline: 'Connected', detail: [transport, version && `protocol ${version}`, attempt].filter(Boolean).join(' · ') };
    }
    case 'failed':
      return { tone: 'danger', headline: `Failed: ${connection.error ?? 'unknown error'}`, detail: transport, stderr };
    case 'exited':
      return { tone: 'danger', headline: exitHeadline(connection), detail: connection.error, stderr };
    case 'disconnected':
      return { tone: 'neutral', headline: 'Disconnected', detail: connection.error };
    case 'recorded': {
      const version = connection.handshake?.protocolVersion;
      const ended = connection.error && `it ended: ${connection.error}`;
      return { tone: 'info', headline: 'Recorded (read-only)', detail: [transport, version && `protocol ${version}`, ended].filter(Boolean).join(' · ') };
    }
  }
}
