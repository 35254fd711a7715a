// The repository file SARIF results are reported against: GitHub code scanning refuses a result
// without one ("expected at least one location"), and an MCP server has no line of code a protocol
// finding belongs to. So: the file the person named (`--sarif-artifact`), else the file that stands for
// the server best — the first word of its command line that names a file under the current folder
// (`node dist/index.js` → `dist/index.js`), or its config file; for replay, the session file.
import { statSync } from 'node:fs';
import path from 'node:path';
import type { CliOptions } from '../cli/parseArgs';

/** `file` relative to `root` with forward slashes, or undefined when it is not a file under `root`. */
export function fileUnder(root: string, file: string, base = root): string | undefined {
  const absolute = path.resolve(base, file);
  const relative = path.relative(root, absolute);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  try {
    if (!statSync(absolute).isFile()) return undefined;
  } catch {
    return undefined;
  }
  return relative.split(path.sep).join('/');
}

/** The artifact for `check`'s results: the one given, else the server's entry file or config file. */
export function checkSarifArtifact(given: string | undefined, server: CliOptions, cwd: string): string | undefined {
  if (given !== undefined) return given;
  const { target } = server;
  if (target?.kind === 'config') return fileUnder(cwd, target.file);
  if (target?.kind !== 'command') return undefined;
  const base = server.cwd === undefined ? cwd : path.resolve(cwd, server.cwd);
  for (const word of [target.command, ...target.args]) {
    const found = fileUnder(cwd, word, base);
    if (found !== undefined) return found;
  }
  return undefined;
}
