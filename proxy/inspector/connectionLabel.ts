// The short name a connection is listed under.
import path from 'node:path';
import type { ConnectionTarget } from '../../shared/connectionTypes';
import { isStdioTarget } from '../../shared/isStdioTarget';

/**
 * Before the server introduced itself: the command's name plus the script it runs
 * (`node server.js`, `npx @scope/server`), or the URL's host.
 */
export function targetLabel(target: ConnectionTarget): string {
  if (!isStdioTarget(target)) {
    try {
      return new URL(target.url).host;
    } catch {
      return target.url;
    }
  }
  const command = path.basename(target.command);
  const script = target.args.find((arg) => !arg.startsWith('-'));
  return script === undefined ? command : `${command} ${script.includes('/') && !script.startsWith('@') ? path.basename(script) : script}`;
}

/** Once the server introduced itself: its title, else its name. */
export function serverLabel(serverInfo: Record<string, unknown>): string | undefined {
  for (const key of ['title', 'name']) {
    const value = serverInfo[key];
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
  }
  return undefined;
}
