// The server a replay goes to, as one line of text the person can edit: a shell-like command line
// (`node server.js --flag`) or an http(s) URL. Unedited, it means "the recorded server".
import type { ConnectionTarget } from '../../../../shared/connectionTypes';
import { shellQuote } from '../../../../shared/cliCommand';
import { isStdioTarget } from '../../../../shared/isStdioTarget';

export function targetText(target: ConnectionTarget): string {
  return isStdioTarget(target) ? [target.command, ...target.args].map(shellQuote).join(' ') : target.url;
}

/** Splits a command line as a POSIX shell would for plain words, '…' and "…" quotes and backslashes. */
export function splitCommandLine(line: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  let quote: "'" | '"' | undefined;
  for (let index = 0; index < line.length; index++) {
    const char = line[index]!;
    if (quote) {
      if (char === quote) quote = undefined;
      else if (char === '\\' && quote === '"' && index + 1 < line.length) word = (word ?? '') + line[++index];
      else word = (word ?? '') + char;
    } else if (/\s/.test(char)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else if (char === "'" || char === '"') {
      quote = char;
      word ??= '';
    } else if (char === '\\' && index + 1 < line.length) word = (word ?? '') + line[++index];
    else word = (word ?? '') + char;
  }
  if (quote) throw new Error(`The command line has an unclosed ${quote} quote.`);
  if (word !== undefined) words.push(word);
  return words;
}

/**
 * The target the text names: a URL (Streamable HTTP, falling back to SSE) or a command. A stdio target
 * keeps the recorded working directory; environment values and headers are not carried over (the
 * recording masked them).
 */
export function parseTargetText(text: string, recorded: ConnectionTarget | undefined): ConnectionTarget {
  const trimmed = text.trim();
  if (trimmed === '') throw new Error('Name a server: a command line or an http(s) URL.');
  if (/^https?:\/\//i.test(trimmed)) return { transport: 'auto', url: trimmed, headers: {} };
  const [command, ...args] = splitCommandLine(trimmed);
  const cwd = recorded && isStdioTarget(recorded) ? recorded.cwd : undefined;
  return { transport: 'stdio', command: command!, args, env: {}, ...(cwd === undefined ? {} : { cwd }) };
}
