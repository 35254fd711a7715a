// The `envFile` of a VS Code stdio server: dotenv lines (`KEY=value`, `export KEY=value`, `# comments`,
// values in single or double quotes, `\n` in double quotes). Pure: the file's text in, variables or the
// first bad line out.

/** The variables of a dotenv text, or the line that is not `KEY=value`. */
export function parseEnvFile(text: string): { ok: true; env: Record<string, string> } | { ok: false; error: string } {
  const env: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/.exec(trimmed);
    if (!match) return { ok: false, error: `line ${index + 1} is not KEY=value` };
    env[match[1]!] = unquote(match[2]!);
  }
  return { ok: true, env };
}

function unquote(value: string): string {
  const quoted = /^(["'])(.*)\1$/s.exec(value);
  if (quoted) return quoted[1] === '"' ? quoted[2]!.replace(/\\n/g, '\n').replace(/\\(["\\])/g, '$1') : quoted[2]!;
  // An unquoted value ends at a comment that follows a space.
  return value.replace(/\s+#.*$/, '').trim();
}
