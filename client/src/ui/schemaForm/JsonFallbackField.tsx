// The editor for a subtree the form has no widgets for: the value as JSON text, parse errors shown on the
// field, and the value updated only while the text parses. (A Monaco editor will replace the textarea.)
import { useState } from 'react';
import type { JsonValue } from './describeSchema';
import { FieldFrame } from './FieldFrame';
import { inputClass } from './PrimitiveInput';

export interface JsonFallbackFieldProps {
  id: string;
  label: string;
  required: boolean;
  markRequired?: boolean;
  description?: string;
  /** Why this subtree is edited as JSON, e.g. 'the "allOf" keyword'. */
  reason: string;
  errors: readonly string[];
  value: JsonValue | undefined;
  /** Only a JSON object (or nothing) is accepted, e.g. for an object's other properties. */
  expectObject?: boolean;
  onChange: (value: JsonValue | undefined) => void;
}

const jsonText = (value: JsonValue | undefined) => (value === undefined ? '' : JSON.stringify(value, null, 2));

type Parsed = { ok: true; value: JsonValue | undefined } | { ok: false; message: string };

function parseJsonText(text: string, expectObject = false): Parsed {
  if (text.trim() === '') return { ok: true, value: undefined };
  try {
    const value = JSON.parse(text) as JsonValue;
    if (expectObject && (value === null || typeof value !== 'object' || Array.isArray(value))) return { ok: false, message: 'Must be a JSON object' };
    return { ok: true, value };
  } catch (error) {
    return { ok: false, message: `Invalid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** A textarea holding one subtree's JSON, kept in step with value changes made elsewhere (e.g. a JSON mode). */
export function JsonFallbackField(props: JsonFallbackFieldProps) {
  const { id, label, required, markRequired, description, reason, errors, value, expectObject, onChange } = props;
  const [text, setText] = useState(() => jsonText(value));
  // Compared as JSON, not by identity, so a parent that rebuilds an equal value does not reset the text.
  const [valueOfText, setValueOfText] = useState(() => JSON.stringify(value));
  // A new value from outside replaces the text, unless the text already says the same thing.
  if (JSON.stringify(value) !== valueOfText) {
    setValueOfText(JSON.stringify(value));
    const parsed = parseJsonText(text, expectObject);
    if (!parsed.ok || JSON.stringify(parsed.value) !== JSON.stringify(value)) setText(jsonText(value));
  }
  const parsed = parseJsonText(text, expectObject);
  const note = `Edited as JSON (${reason}).`;

  return (
    <FieldFrame id={id} label={label} required={required} markRequired={markRequired} description={description ? `${description} ${note}` : note} errors={errors} ownErrors={parsed.ok ? [] : [parsed.message]}>
      {(control) => (
        <textarea
          {...control}
          value={text}
          rows={Math.min(12, Math.max(3, text.split('\n').length))}
          spellCheck={false}
          onChange={(event) => {
            setText(event.target.value);
            const next = parseJsonText(event.target.value, expectObject);
            if (next.ok) {
              setValueOfText(JSON.stringify(next.value));
              onChange(next.value);
            }
          }}
          className={`${inputClass} h-auto py-1`}
        />
      )}
    </FieldFrame>
  );
}
