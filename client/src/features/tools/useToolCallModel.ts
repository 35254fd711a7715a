// The state of one tool call being prepared: one arguments value edited in form or JSON mode, checked
// against the tool's inputSchema before sending; a debugger still lets the person send it anyway.
import { useState } from 'react';
import { initialValueFor, validateAgainstSchema, type JsonSchema, type JsonValue, type SchemaError } from '../../ui/schemaForm';
import { useTaskRunChoice } from '../tasks/useTaskRunChoice';
import { useToolCall } from './useToolCall';

export type ArgumentsMode = 'form' | 'json';

type Arguments = Record<string, JsonValue>;

const asArguments = (value: JsonValue | undefined): Arguments =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};

function parseArguments(text: string): { value: Arguments } | { error: string } {
  if (text.trim() === '') return { value: {} };
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return { error: 'Arguments must be a JSON object' };
    return { value: value as Arguments };
  } catch (error) {
    return { error: `Invalid JSON: ${(error as Error).message}` };
  }
}

export function useToolCallModel(connectionId: string, toolName: string, inputSchema: JsonSchema, taskSupport?: string) {
  const [mode, setMode] = useState<ArgumentsMode>('form');
  const taskRun = useTaskRunChoice(taskSupport);
  const [value, setValue] = useState<Arguments>(() => asArguments(initialValueFor(inputSchema)));
  const [jsonText, setJsonText] = useState('');
  const [jsonError, setJsonError] = useState<string>();
  // Errors show after the first attempt to send, then follow every edit.
  const [errors, setErrors] = useState<SchemaError[] | undefined>();
  const call = useToolCall(connectionId, toolName);

  const revalidate = (next: Arguments) => {
    if (errors !== undefined) setErrors(validateAgainstSchema(inputSchema, next).errors);
  };

  return {
    mode,
    value,
    jsonText,
    jsonError,
    errors: errors ?? [],
    blocked: errors !== undefined && errors.length > 0,
    call,
    taskRun,
    switchMode(next: ArgumentsMode) {
      if (next === mode || (mode === 'json' && jsonError)) return;
      if (next === 'json') setJsonText(JSON.stringify(value, null, 2));
      setMode(next);
    },
    editForm(next: JsonValue | undefined) {
      const args = asArguments(next);
      setValue(args);
      revalidate(args);
    },
    editJson(text: string) {
      setJsonText(text);
      const parsed = parseArguments(text);
      setJsonError('error' in parsed ? parsed.error : undefined);
      if ('value' in parsed) {
        setValue(parsed.value);
        revalidate(parsed.value);
      }
    },
    /** Validates, then sends only if the arguments fit the schema. */
    send() {
      if (jsonError || call.isPending) return;
      const found = validateAgainstSchema(inputSchema, value).errors;
      setErrors(found);
      if (found.length === 0) call.mutate({ args: value, ...taskRun.augmentation() });
    },
    /** Sends as they are: servers must cope with bad input, and that is worth testing. */
    sendAnyway() {
      if (!jsonError && !call.isPending) call.mutate({ args: value, ...taskRun.augmentation() });
    },
  };
}
