// What the CLI prints once the inspector is up. The ready line's format is relied on by tests and the
// e2e suite: exactly one line, `mcp-inspect ready: ` followed by the URL with the token.
import { isStdioTarget } from '../../shared/isStdioTarget';
import { redactUrl } from '../../shared/session/redaction';
import { formatCommandLine } from '../../shared/session/targetReview';
import type { LaunchConfig } from './launchConfig';

export const READY_PREFIX = 'mcp-inspect ready: ';

export function startupMessages(config: LaunchConfig, version: string, server: { url: string; port: number }): string[] {
  const lines = [`mcp-inspect ${version}: inspecting ${describeTarget(config)}`];
  if (config.port !== 0 && server.port !== config.port) lines.push(`Port ${config.port} is busy; using ${server.port} instead.`);
  if (config.recording.kind === 'file') lines.push(`Recording this session to ${config.recording.file} (--no-record to turn off)`);
  lines.push(`${READY_PREFIX}${server.url}`);
  lines.push(
    config.open
      ? 'Opening it in your browser. Press Ctrl+C to stop.'
      : 'Open that URL in your browser (it carries the access token). Press Ctrl+C to stop.',
  );
  return lines;
}

function describeTarget({ target, isDemo }: LaunchConfig): string {
  if (isDemo) return 'the bundled demo server (server-everything), as no server was given (see mcp-inspect --help)';
  if (isStdioTarget(target)) return `${formatCommandLine(target.command, target.args)} (stdio)`;
  return `${redactUrl(target.url)} (${target.transport === 'auto' ? 'Streamable HTTP, or SSE if refused' : target.transport})`;
}
