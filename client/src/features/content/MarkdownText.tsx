// A markdown text (a resource read as text/markdown): rendered, with a toggle to the source as sent,
// since a debugger must show what the server wrote. A very large text starts as source: rendering
// megabytes of markdown would block the page, and the source view shows it in chunks.
import { useState } from 'react';
import { Button } from '../../ui/Button';
import { Markdown } from '../../ui/Markdown';
import { LARGE_TEXT_CHARS } from './contentBlock';
import { LargeText } from './LargeText';

export interface MarkdownTextProps {
  text: string;
  /** What the text is, e.g. `Resource demo://a.md`; names the toggle and the rendered region. */
  label: string;
}

export function MarkdownText({ text, label }: MarkdownTextProps) {
  const [showSource, setShowSource] = useState(text.length > LARGE_TEXT_CHARS);
  return (
    <div className="flex flex-col gap-1">
      <div>
        <Button variant="ghost" aria-pressed={showSource} aria-label={`Markdown source of ${label}`} onClick={() => setShowSource((shown) => !shown)}>
          Markdown source
        </Button>
      </div>
      {showSource ? (
        <LargeText text={text} label={label} />
      ) : (
        <section aria-label={`${label} rendered`}>
          <Markdown text={text} />
        </section>
      )}
    </div>
  );
}
