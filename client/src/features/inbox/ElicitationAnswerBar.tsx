// The three answers every elicitation takes (spec: accept, decline, cancel), and the error of a failed
// answer, in the card's sticky footer. Form and URL mode differ only in what Accept sends and what may
// follow the buttons.
import type { ReactNode } from 'react';
import { Button } from '../../ui/Button';
import { AnswerFooter } from './AnswerFooter';
import type { useRespond } from './useRespond';

export interface ElicitationAnswerBarProps {
  respond: ReturnType<typeof useRespond>;
  onAccept: () => void;
  /** Shown after the buttons (form mode: why nothing was sent, and "Accept anyway"). */
  children?: ReactNode;
}

export function ElicitationAnswerBar({ respond, onAccept, children }: ElicitationAnswerBarProps) {
  return (
    <AnswerFooter label="Answer" error={respond.error}>
      <div className="flex flex-wrap items-center gap-2">
        <Button variant="primary" onClick={onAccept} disabled={respond.isPending}>
          Accept
        </Button>
        <Button onClick={() => respond.mutate({ result: { action: 'decline' } })} disabled={respond.isPending}>
          Decline
        </Button>
        <Button onClick={() => respond.mutate({ result: { action: 'cancel' } })} disabled={respond.isPending}>
          Cancel
        </Button>
        {children}
      </div>
    </AnswerFooter>
  );
}
