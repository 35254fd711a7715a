// The "Arguments" field is typed like a shell command line: whitespace separates arguments, single
// quotes keep text literally, double quotes keep spaces (with \" \\ \$ \` escapes), a backslash
// outside quotes escapes the next character. Nothing is expanded: there is no shell.

export type SplitResult = { ok: true; args: string[] } | { ok: false; error: string };

/** Splits a command-line string into arguments, POSIX-shell style, without any expansion. */
export function splitArgs(text: string): SplitResult {
  const args: string[] = [];
  let current = '';
  let inArg = false;
  let quote: "'" | '"' | undefined;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote === "'") {
      if (ch === "'") quote = undefined;
      else current += ch;
    } else if (quote === '"') {
      if (ch === '"') quote = undefined;
      else if (ch === '\\' && i + 1 < text.length && '"\\$`'.includes(text[i + 1]!)) current += text[++i];
      else current += ch;
    } else if (/\s/.test(ch)) {
      if (inArg) args.push(current);
      current = '';
      inArg = false;
    } else {
      inArg = true;
      if (ch === "'" || ch === '"') quote = ch;
      else if (ch === '\\' && i + 1 < text.length) current += text[++i];
      else current += ch;
    }
  }
  if (quote) return { ok: false, error: `Unclosed ${quote === '"' ? 'double' : 'single'} quote` };
  if (inArg) args.push(current);
  return { ok: true, args };
}

/** The inverse of `splitArgs`: quotes only the arguments that need it. */
export function joinArgs(args: readonly string[]): string {
  return args.map(quoteArg).join(' ');
}

function quoteArg(arg: string): string {
  if (/^[\w@%+=:,./-]+$/.test(arg)) return arg;
  if (!arg.includes("'")) return `'${arg}'`;
  if (!/["\\$`]/.test(arg)) return `"${arg}"`;
  return `'${arg.replaceAll("'", `'\\''`)}'`;
}
