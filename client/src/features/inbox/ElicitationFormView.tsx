// Form-mode elicitation: the requested schema as a form (the shared SchemaForm), checked before
// accepting; decline and cancel send no content. Defaults start as values and booleans are
// checkboxes, because what the form shows is exactly what Accept sends.
import { useState } from 'react';
import { Button } from '../../ui/Button';
import { SchemaForm, validateAgainstSchema, type JsonValue, type SchemaError } from '../../ui/schemaForm';
import { ElicitationAnswerBar } from './ElicitationAnswerBar';
import { elicitationStartValue, requestedSchema } from './inboxFacts';
import { TrustLine } from './TrustLine';
import { useRespond } from './useRespond';

export interface ElicitationFormViewProps {
  connectionId: string;
  requestId: string;
  params: Record<string, unknown>;
}

export function ElicitationFormView({ connectionId, requestId, params }: ElicitationFormViewProps) {
  const schema = requestedSchema(params);
  const respond = useRespond(connectionId, requestId);
  const [value, setValue] = useState<JsonValue | undefined>(() => elicitationStartValue(schema));
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
    <>
      <div className="flex flex-col gap-2">
        {typeof params.message === 'string' && <p className="whitespace-pre-wrap">{params.message}</p>}
        <TrustLine>Only provide information you trust this server with.</TrustLine>
        <SchemaForm
          schema={schema}
          value={value}
          onChange={(next) => {
            setValue(next);
            setBlocked(false);
          }}
          errors={errors}
          idPrefix={`elicit-${requestId}`}
          booleansAsCheckboxes
        />
      </div>
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
    </>
  );
}
