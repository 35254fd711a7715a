// Arguments for one tool call and its result. JSON mode for now; Ctrl/Cmd+Enter sends.
import { useState, type KeyboardEvent } from 'react';
import { Button } from '../../ui/Button';
import { ToolResultView } from './ToolResultView';
import { useToolCall } from './useToolCall';

export interface ToolCallViewProps {
  connectionId: string;
  toolName: string;
  connected: boolean;
}

type ParsedArguments = { ok: true; value: Record<string, unknown> } | { ok: false; error: string };

function parseArguments(text: string): ParsedArguments {
  if (text.trim() === '') return { ok: true, value: {} };
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, error: 'Arguments must be a JSON object' };
    return { ok: true, value: value as Record<string, unknown> };
  } catch (error) {
    return { ok: false, error: `Invalid JSON: ${(error as Error).message}` };
  }
}

export function ToolCallView({ connectionId, toolName, connected }: ToolCallViewProps) {
  const [text, setText] = useState('{}');
  const call = useToolCall(connectionId, toolName);
  const parsed = parseArguments(text);

  const send = () => {
    if (parsed.ok && connected && !call.isPending) call.mutate(parsed.value);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      send();
    }
  };

  return (
    <div className="flex flex-col gap-3">
      <label className="flex flex-col gap-1 text-xs font-medium text-zinc-600 dark:text-zinc-300">
        Arguments (JSON)
        <textarea
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
          rows={6}
          spellCheck={false}
          aria-invalid={!parsed.ok}
          aria-describedby={parsed.ok ? undefined : `${toolName}-arguments-error`}
          className="rounded border border-zinc-300 bg-white p-2 font-mono text-xs font-normal text-zinc-900 aria-invalid:border-red-500 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-100"
        />
      </label>
      {!parsed.ok && (
        <p id={`${toolName}-arguments-error`} className="text-xs text-red-700 dark:text-red-400">
          {parsed.error}
        </p>
      )}
      <div className="flex items-center gap-2">
        <Button variant="primary" onClick={send} disabled={!parsed.ok || !connected || call.isPending}>
          {call.isPending ? 'Calling…' : 'Call tool'}
        </Button>
        <span className="text-xs text-zinc-500">Ctrl+Enter</span>
      </div>
      {call.error && <p role="alert" className="text-xs text-red-700 dark:text-red-400">{call.error.message}</p>}
      {call.data && <ToolResultView outcome={call.data} />}
    </div>
  );
}
