// Markdown written by a server (tool, resource and prompt descriptions), rendered safely with
// react-markdown + GFM: raw HTML is skipped (never parsed into elements), links open only for http(s)
// and in a new tab without opener or referrer, and remote images load only when the person asks.
import type { ComponentProps } from 'react';
import ReactMarkdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { ClickToLoadImage } from '../ClickToLoadImage';
import { markdownUrlTransform } from './markdownSafety';
import type { MarkdownProps } from '../Markdown';

function SafeLink({ href, children }: ComponentProps<'a'>) {
  if (!href) return <span className="underline decoration-dotted" title="Link not opened: only http(s) links are followed">{children}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" title={href}>
      {children}
    </a>
  );
}

function MarkdownImage({ src, alt }: ComponentProps<'img'>) {
  if (typeof src !== 'string' || src === '') return <span className="text-zinc-500">[image: {alt || 'no safe source'}]</span>;
  return <ClickToLoadImage src={src} alt={alt ?? ''} what={`image${alt ? ` “${alt}”` : ''}`} className="inline max-h-64 max-w-full" />;
}

const components: Components = { a: SafeLink, img: MarkdownImage };
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
