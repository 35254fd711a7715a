// Form-mode elicitation: the requested schema as a form (the shared SchemaForm), checked before
// accepting; decline and cancel send no content.
import { useState } from 'react';
import { Button } from '../../ui/Button';
import { SchemaForm, initialValueFor, validateAgainstSchema, type JsonSchema, type JsonValue, type SchemaError } from '../../ui/schemaForm';
import { ElicitationAnswerBar } from './ElicitationAnswerBar';
import { useRespond } from './useRespond';

export interface ElicitationFormViewProps {
  connectionId: string;
  requestId: string;
  params: Record<string, unknown>;
}

function requestedSchema(params: Record<string, unknown>): JsonSchema {
  const schema = params.requestedSchema;
  return typeof schema === 'object' && schema !== null ? (schema as JsonSchema) : { type: 'object', properties: {} };
}

export function ElicitationFormView({ connectionId, requestId, params }: ElicitationFormViewProps) {
  const schema = requestedSchema(params);
  const respond = useRespond(connectionId, requestId);
  const [value, setValue] = useState<JsonValue | undefined>(() => initialValueFor(schema) ?? {});
  const [errors, setErrors] = useState<readonly SchemaError[]>([]);
  const [blocked, setBlocked] = useState(false);

  const accept = (checked: boolean) => {
    if (checked) {
      const validation = validateAgainstSchema(schema, value ?? {});
      if (!validation.valid) {
        setErrors(validation.errors);
        setBlocked(true);
        return;
      }
    }
    respond.mutate({ result: { action: 'accept', content: (value ?? {}) as Record<string, unknown> } });
  };

  return (
    <div className="flex flex-col gap-2">
      {typeof params.message === 'string' && <p className="whitespace-pre-wrap">{params.message}</p>}
      <SchemaForm
        schema={schema}
        value={value}
        onChange={(next) => {
          setValue(next);
          setBlocked(false);
        }}
        errors={errors}
        idPrefix={`elicit-${requestId}`}
      />
      <ElicitationAnswerBar respond={respond} onAccept={() => accept(true)}>
        {blocked && (
          <>
            <span className="text-xs text-red-700 dark:text-red-400">The values do not match the requested schema; nothing was sent.</span>
            <Button variant="danger" onClick={() => accept(false)} disabled={respond.isPending}>
              Accept anyway
            </Button>
          </>
        )}
      </ElicitationAnswerBar>
    </div>
  );
}
