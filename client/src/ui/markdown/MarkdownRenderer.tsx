// Markdown written by a server (tool, resource and prompt descriptions), rendered safely with
// react-markdown + GFM: raw HTML is skipped (never parsed into elements), links open only for http(s)
// and in a new tab without opener or referrer, and remote images load only when the person asks.
import { useState, type ComponentProps } from 'react';
import ReactMarkdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { isRemoteImage, markdownUrlTransform } from './markdownSafety';
import type { MarkdownProps } from '../Markdown';

function SafeLink({ href, children }: ComponentProps<'a'>) {
  if (!href) return <span className="underline decoration-dotted" title="Link not opened: only http(s) links are followed">{children}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" title={href}>
      {children}
    </a>
  );
}

function ClickToLoadImage({ src, alt }: ComponentProps<'img'>) {
  const [shown, setShown] = useState(false);
  if (typeof src !== 'string' || src === '') return <span className="text-zinc-500">[image: {alt || 'no safe source'}]</span>;
  if (shown || !isRemoteImage(src)) return <img src={src} alt={alt ?? ''} referrerPolicy="no-referrer" className="inline max-h-64 max-w-full" />;
  let host = src;
  try {
    host = new URL(src).host;
  } catch {
    // The transform only lets absolute URLs through; keep the raw text if that ever changes.
  }
  return (
    <button type="button" onClick={() => setShown(true)} title={src} className="rounded border border-dashed border-zinc-400 px-1.5 text-xs text-zinc-600 dark:border-zinc-500 dark:text-zinc-300">
      Load image{alt ? ` “${alt}”` : ''} from {host}
    </button>
  );
}

const components: Components = { a: SafeLink, img: ClickToLoadImage };
const remarkPlugins = [remarkGfm];

export default function MarkdownRenderer({ text, className = '' }: MarkdownProps) {
  return (
    <div className={`markdown ${className}`}>
      <ReactMarkdown remarkPlugins={remarkPlugins} skipHtml urlTransform={markdownUrlTransform} components={components}>
        {text}
      </ReactMarkdown>
    </div>
  );
}
