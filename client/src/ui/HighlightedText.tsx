export interface HighlightedTextProps {
  text: string;
  /** Positions of the characters to mark (e.g. a fuzzy match). */
  indices: readonly number[];
  className?: string;
}

/** Text with some characters marked, as runs of <mark> so screen readers read it as one text. */
export function HighlightedText({ text, indices, className }: HighlightedTextProps) {
  const marked = new Set(indices);
  const runs: { text: string; marked: boolean }[] = [];
  for (let i = 0; i < text.length; i++) {
    const isMarked = marked.has(i);
    const last = runs.at(-1);
    if (last && last.marked === isMarked) last.text += text[i];
    else runs.push({ text: text[i] ?? '', marked: isMarked });
  }
  return (
    <span className={className}>
      {runs.map((run, index) =>
        run.marked ? (
          <mark key={index} className="bg-transparent font-semibold text-sky-700 dark:text-sky-300">
            {run.text}
          </mark>
        ) : (
          run.text
        ),
      )}
    </span>
  );
}
