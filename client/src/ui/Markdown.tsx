// Server-written markdown (tool, resource and prompt descriptions). The renderer (react-markdown +
// GFM, see markdown/MarkdownRenderer.tsx for the safety rules) is loaded on first use, so it stays out
// of the main bundle; until then the text shows as written. Text with no markdown in it never needs it.
import { lazy, Suspense } from 'react';
import { plainParagraphs } from './markdown/plainParagraphs';

export interface MarkdownProps {
  text: string;
  className?: string;
}

const MarkdownRenderer = lazy(() => import('./markdown/MarkdownRenderer'));

export function Markdown(props: MarkdownProps) {
  const paragraphs = plainParagraphs(props.text);
  if (paragraphs) {
    return (
      <div className={`markdown ${props.className ?? ''}`}>
        {paragraphs.map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
      </div>
    );
  }
  return (
    <Suspense fallback={<p className={`text-sm whitespace-pre-wrap text-zinc-700 dark:text-zinc-300 ${props.className ?? ''}`}>{props.text}</p>}>
      <MarkdownRenderer {...props} />
    </Suspense>
  );
}
