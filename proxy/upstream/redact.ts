// Secrets never reach the log or a session file: URLs are masked before they are written into a
// transport event. Header values and env values are never written into events at all.

const MASK = '***';

/** Query parameters whose values are credentials by their usual names. */
const SECRET_PARAM = /(token|key|secret|password|passwd|auth|signature|sig|credential)/i;

/** A URL as it may be shown: user info and credential-like query values masked. */
export function redactUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  if (parsed.username) parsed.username = MASK;
  if (parsed.password) parsed.password = MASK;
  for (const name of [...new Set(parsed.searchParams.keys())]) {
    if (SECRET_PARAM.test(name)) parsed.searchParams.set(name, MASK);
  }
  return parsed.href;
}

/** A command line for display, each word quoted only when it needs to be. */
export function formatCommandLine(command: string, args: readonly string[]): string {
  return [command, ...args].map((word) => (/^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`)).join(' ');
}
