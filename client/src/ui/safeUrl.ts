// Only http(s) URLs from a server are ever linked or loaded (no javascript:, file:, …); images may
// also be inline data: images.

function parse(url: unknown): URL | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** The URL to link to, if it is an absolute http(s) URL. */
export function safeLinkUrl(url: unknown): string | undefined {
  const parsed = parse(url);
  return parsed && (parsed.protocol === 'http:' || parsed.protocol === 'https:') ? parsed.href : undefined;
}

/** The URL to use as an image source, if it is http(s) or a data: image. */
export function safeImageUrl(url: unknown): string | undefined {
  if (typeof url === 'string' && /^data:image\/[a-z0-9.+-]+[;,]/i.test(url)) return url;
  return safeLinkUrl(url);
}
