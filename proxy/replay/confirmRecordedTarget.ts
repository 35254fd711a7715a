// `mcp-inspect replay FILE` with no server named runs the server the file recorded: its command, env
// and working directory, all from an untrusted file. It prints all of it to stderr first (the
// variables that change how a runtime loads code called out), then runs it only with --yes or when the
// person answers "y" at a terminal; otherwise it refuses (exit 2).
import { createInterface } from 'node:readline/promises';
import type { ConnectionTarget } from '../../shared/connectionTypes';
import { isStdioTarget } from '../../shared/isStdioTarget';
import { MASK, targetReview, targetReviewText } from '../../shared/session';

export interface ConfirmIo {
  /** --yes: run without asking. */
  yes: boolean;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
  /** The values the person gave on the command line (-e, --header): theirs, not the file's, so not printed. */
  given: { env: Record<string, string>; headers: Record<string, string> };
}

/** The target as printed: the file's values in full, the person's own secrets masked. */
function shownTarget(target: ConnectionTarget, given: ConfirmIo['given']): ConnectionTarget {
  const hide = (values: Record<string, string>, mine: Record<string, string>) =>
    Object.fromEntries(Object.entries(values).map(([name, value]) => [name, Object.hasOwn(mine, name) ? `${MASK} (given on the command line)` : value]));
  return isStdioTarget(target) ? { ...target, env: hide(target.env, given.env) } : { ...target, headers: hide(target.headers, given.headers) };
}

/** Shows what the recorded target runs and says whether to run it. */
export async function confirmRecordedTarget(target: ConnectionTarget, io: ConfirmIo): Promise<boolean> {
  const items = targetReview(shownTarget(target, io.given));
  const dangerous = items.filter((item) => item.dangerous).map((item) => item.name);
  io.stderr.write(`mcp-inspect replay: the session file names the server to replay against. A session file is untrusted input; this is what it runs:\n${targetReviewText(items)}`);
  if (dangerous.length > 0) {
    io.stderr.write(`Warning: ${dangerous.join(', ')} can make the server's runtime load and run other code than its command names.\n`);
  }
  if (io.yes) return true;
  if (io.stdin.isTTY !== true) {
    io.stderr.write('Not run: give --yes to run it without asking, or name the server yourself (a command, or --url).\n');
    return false;
  }
  const prompt = createInterface({ input: io.stdin, output: io.stderr });
  try {
    const answer = await prompt.question('Run this command? [y/N] ');
    return /^\s*y(es)?\s*$/i.test(answer);
  } finally {
    prompt.close();
  }
}
