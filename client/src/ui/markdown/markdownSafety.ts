// What a server-written markdown text may point at: links only to absolute http(s) URLs, images only
// from http(s) (shown on request, by ClickToLoadImage) or inline data: images. Everything else is dropped.
import { safeImageUrl, safeLinkUrl } from '../safeUrl';

/** react-markdown's urlTransform: the URL to keep for this attribute, or undefined to drop it. */
export function markdownUrlTransform(url: string, key: string): string | undefined {
  if (key === 'src') return safeImageUrl(url);
  if (key === 'href') return safeLinkUrl(url);
  return undefined;
}

