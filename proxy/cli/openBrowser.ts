// Opens the inspector in the user's browser. Best effort: a machine without a browser (a server, a
// container) still gets a working inspector and the printed URL. Only our own loopback URL is opened.

export async function openBrowser(url: string, warn: (message: string) => void): Promise<void> {
  if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(url)) return;
  const fallback = 'Could not open a browser; open the URL above yourself.';
  try {
    // Loaded here, not at start-up: only a launch that opens a browser pays for it.
    const { default: open } = await import('open');
    const opener = await open(url);
    opener.once('error', () => warn(fallback));
    opener.unref();
  } catch {
    warn(fallback);
  }
}
