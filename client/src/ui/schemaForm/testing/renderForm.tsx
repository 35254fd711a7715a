// Renders a SchemaForm the way a caller does (value held in state) and records every value it produced.
import { fireEvent, render } from '@testing-library/react';
import { useState } from 'react';
import type { JsonSchema, JsonValue } from '../describeSchema';
import { SchemaForm } from '../SchemaForm';
import type { SchemaError } from '../validateAgainstSchema';

/** Renders the form as a caller would (value held in state) and records every value it produced. */
export function renderForm(schema: JsonSchema, initial?: JsonValue, errors?: SchemaError[]) {
  const produced: (JsonValue | undefined)[] = [];
  let setFromOutside: (value: JsonValue | undefined) => void = () => {};
  function Harness() {
    const [value, setValue] = useState<JsonValue | undefined>(initial);
    setFromOutside = setValue;
    return (
      <SchemaForm
        schema={schema}
        value={value}
        errors={errors}
        idPrefix="form"
        onChange={(next) => {
          produced.push(next);
          setValue(next);
        }}
      />
    );
  }
  render(<Harness />);
  return { value: () => produced.at(-1), setFromOutside: (value: JsonValue | undefined) => setFromOutside(value) };
}

/** Types `text` into an input, replacing what it held. */
export const type = (element: HTMLElement, text: string) => fireEvent.change(element, { target: { value: text } });

