import { useState } from 'react';
import { Button } from './Button';
import { CopyButton } from './CopyButton';
import { ErrorBoundary } from './ErrorBoundary';
import { JsonNode } from './JsonNode';
import { prettyJson } from './jsonPreview';

export interface JsonViewProps {
  value: unknown;
  /** The accessible name of the tree, e.g. "initialize request". */
  label: string;
  /** How many levels start expanded. */
  expandDepth?: number;
}

/** A collapsible, copyable JSON tree for any parsed value (a server may send anything). */
export function JsonView({ value, label, expandDepth = 2 }: JsonViewProps) {
  const [depth, setDepth] = useState(expandDepth);
  const [generation, setGeneration] = useState(0);
  const setAll = (next: number) => {
    setDepth(next);
    setGeneration(generation + 1);
  };
  return (
    <div role="group" aria-label={label} className="font-mono text-xs leading-5">
      <div className="mb-1 flex gap-1 font-sans">
        <CopyButton text={() => prettyJson(value)} label="Copy JSON" />
        <Button variant="ghost" className="h-6 px-1.5 text-xs" onClick={() => setAll(Infinity)}>
          Expand all
        </Button>
        <Button variant="ghost" className="h-6 px-1.5 text-xs" onClick={() => setAll(1)}>
          Collapse all
        </Button>
      </div>
      <ErrorBoundary what="this JSON" resetKey={value}>
        <JsonNode key={generation} value={value} depth={0} expandDepth={depth} />
      </ErrorBoundary>
    </div>
  );
}
