// An image from a URL a server supplied. A data: image is shown at once (it reaches no network); an
// http(s) one waits for a click, so neither a tracking beacon nor a request to another local port
// fires just because a tab was opened. The click loads it without a referrer.
import { useState } from 'react';

export interface ClickToLoadImageProps {
  /** A URL already checked by `safeImageUrl` (http(s) or data:). */
  src: string;
  alt: string;
  /** What the button says it will load, e.g. "image “chart”" or "icon". */
  what: string;
  className?: string;
  title?: string | undefined;
}

export function ClickToLoadImage({ src, alt, what, className, title }: ClickToLoadImageProps) {
  const [shown, setShown] = useState(false);
  if (shown || src.startsWith('data:')) return <img src={src} alt={alt} title={title} referrerPolicy="no-referrer" className={className} />;
  return (
    <button
      type="button"
      onClick={() => setShown(true)}
      title={src}
      className="rounded border border-dashed border-zinc-400 px-1.5 text-xs text-zinc-600 dark:border-zinc-500 dark:text-zinc-300"
    >
      Load {what} from {hostOf(src)}
    </button>
  );
}

function hostOf(src: string): string {
  try {
    return new URL(src).host;
  } catch {
    return src;
  }
}
