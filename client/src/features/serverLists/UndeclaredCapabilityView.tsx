import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import type { CapabilityGate } from './useCapabilityGate';

export interface UndeclaredCapabilityViewProps {
  gate: CapabilityGate;
  /** The requests "Send anyway" sends, e.g. `prompts/list`. */
  methods: readonly string[];
}

/** Says plainly that the server did not declare the capability, and offers to send its requests anyway. */
export function UndeclaredCapabilityView({ gate, methods }: UndeclaredCapabilityViewProps) {
  return (
    <EmptyState
      title={`This server did not declare the ${gate.capability} capability.`}
      action={
        <Button onClick={gate.sendAnyway} title={`Sends ${methods.join(' and ')} although the server did not declare ${gate.capability}`}>
          Send anyway
        </Button>
      }
    >
      So the inspector does not send {methods.join(' or ')}. To debug, you can send {methods.length > 1 ? 'them' : 'it'} anyway: the Diagnoses tab
      marks what follows as caused by your request.
    </EmptyState>
  );
}
