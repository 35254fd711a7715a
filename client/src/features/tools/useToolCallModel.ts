// The state of one tool call being prepared: one arguments value edited in form or JSON mode, checked
// against the tool's inputSchema as it changes (so the call button can say how many fixes are needed
// before the click); a refused send names what is wrong, and a debugger can still send it anyway.
import { useMemo, useState } from 'react';
import { initialValueFor, validateAgainstSchema, type JsonSchema, type JsonValue } from '../../ui/schemaForm';
import { useTaskRunChoice } from '../tasks/useTaskRunChoice';
import { argumentProblems, parseArguments, type ArgumentProblem } from './argumentProblems';
import { takesNoArguments } from './takesNoArguments';
import { useToolCall } from './useToolCall';

export type ArgumentsMode = 'form' | 'json';

type Arguments = Record<string, JsonValue>;

const asArguments = (value: JsonValue | undefined): Arguments =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};

export function useToolCallModel(connectionId: string, toolName: string, inputSchema: JsonSchema, taskSupport?: string) {
  const [mode, setMode] = useState<ArgumentsMode>('form');
  const taskRun = useTaskRunChoice(taskSupport);
  const [value, setValue] = useState<Arguments>(() => asArguments(initialValueFor(inputSchema)));
  const [jsonText, setJsonText] = useState('');
  const [parseProblem, setParseProblem] = useState<ArgumentProblem>();
  // Fields are marked red only once a send was tried, so a fresh form is not covered in red.
  const [attempted, setAttempted] = useState(false);
  // The last send was refused: says "nothing was sent" and offers "Send anyway" until the next send.
  const [refused, setRefused] = useState(false);
  const call = useToolCall(connectionId, toolName);
  // Derived from the value on every render: never stale, whichever mode edited it last.
  const schemaErrors = useMemo(() => validateAgainstSchema(inputSchema, value).errors, [inputSchema, value]);
  const problems = argumentProblems(mode === 'json' ? parseProblem : undefined, schemaErrors);
  const noArguments = useMemo(() => takesNoArguments(inputSchema), [inputSchema]);

  const mutate = () => {
    setRefused(false);
    call.mutate({ args: value, ...taskRun.augmentation() });
  };

  return {
    mode,
    value,
    jsonText,
    /** The JSON text does not parse (or is not an object): nothing can be sent. */
    unparsable: mode === 'json' && parseProblem !== undefined,
    noArguments,
    problems,
    /** The errors the form marks on its fields. */
    fieldErrors: attempted ? schemaErrors : [],
    refused: refused && problems.length > 0,
    call,
    taskRun,
    switchMode(next: ArgumentsMode) {
      if (next === mode || (mode === 'json' && parseProblem)) return;
      if (next === 'json') setJsonText(JSON.stringify(value, null, 2));
      setMode(next);
    },
    editForm(next: JsonValue | undefined) {
      setValue(asArguments(next));
    },
    editJson(text: string) {
      setJsonText(text);
      const parsed = parseArguments(text);
      setParseProblem('problem' in parsed ? parsed.problem : undefined);
      if ('value' in parsed) setValue(parsed.value);
    },
    /** Sends only if the arguments fit the schema; else says what is wrong and that nothing was sent. */
    send() {
      if ((mode === 'json' && parseProblem) || call.isPending) return;
      setAttempted(true);
      if (schemaErrors.length === 0) mutate();
      else setRefused(true);
    },
    /** Sends as they are: servers must cope with bad input, and that is worth testing. */
    sendAnyway() {
      if (!(mode === 'json' && parseProblem) && !call.isPending) mutate();
    },
  };
}
