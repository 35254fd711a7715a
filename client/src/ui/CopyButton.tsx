import { useState } from 'react';
import { Button } from './Button';

export interface CopyButtonProps {
  /** Produces the text when clicked (so large payloads are stringified only on demand). */
  text: () => string;
  label?: string;
}

async function copy(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    document.body.append(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  }
}

/** Copies text to the clipboard and says so for a moment. */
export function CopyButton({ text, label = 'Copy' }: CopyButtonProps) {
  const [copied, setCopied] = useState(false);
  return (
    <Button
      variant="ghost"
      className="h-6 px-1.5 text-xs"
      onClick={() => {
        void copy(text()).then(() => {
          setCopied(true);
          setTimeout(() => setCopied(false), 1200);
        });
      }}
    >
      {copied ? 'Copied' : label}
    </Button>
  );
}
