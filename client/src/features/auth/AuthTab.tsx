import { OAUTH_STEP_LABELS, type OAuthStep } from '../../../../shared/oauthSteps';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { Disclosure } from '../../ui/Disclosure';
import { EmptyState } from '../../ui/EmptyState';
import { HttpExchangeView } from '../network/HttpExchangeView';
import { useAuthModel } from './useAuthModel';

export interface AuthTabProps {
  connectionId: string;
}

/**
 * The OAuth authorization of a remote connection, step by step (401 challenge → resource metadata →
 * authorization server metadata → registration → browser → callback → token → refresh), each with its
 * HTTP exchange and, when one failed, what went wrong in plain words.
 */
export function AuthTab({ connectionId }: AuthTabProps) {
  const { steps, pendingAuthorizationUrl, failure } = useAuthModel(connectionId);
  if (steps.length === 0) {
    return <EmptyState title="No authorization">When a remote server answers 401, each step of its OAuth authorization appears here.</EmptyState>;
  }
  return (
    <div className="h-full space-y-3 overflow-auto p-3 text-sm">
      {pendingAuthorizationUrl !== undefined && (
        <div role="status" className="flex items-center gap-3 rounded border border-sky-300 bg-sky-50 p-2 dark:border-sky-800 dark:bg-sky-950">
          <span>The server requires authorization. Sign in and approve in the authorization page; the inspector reconnects when it comes back.</span>
          {/* Only an http(s) URL gets here (useAuthModel), and it opens without access to this page. */}
          <Button variant="primary" onClick={() => window.open(pendingAuthorizationUrl, '_blank', 'noopener,noreferrer')}>
            Open authorization page
          </Button>
        </div>
      )}
      {failure !== undefined && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-2 text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
          {failure}
        </p>
      )}
      <ol aria-label="OAuth steps" className="space-y-2">
        {steps.map((step) => (
          <AuthStepView key={step.seq} step={step} waiting={pendingAuthorizationUrl !== undefined && step === steps.at(-1)} />
        ))}
      </ol>
    </div>
  );
}

function AuthStepView({ step, waiting }: { step: OAuthStep; waiting: boolean }) {
  return (
    <li className="rounded border border-zinc-200 p-2 dark:border-zinc-700" aria-label={OAUTH_STEP_LABELS[step.step]}>
      <div className="flex items-center gap-2">
        <Badge tone={waiting ? 'info' : step.ok ? 'success' : 'danger'}>{waiting ? 'waiting' : step.ok ? 'ok' : 'failed'}</Badge>
        <span className="font-medium">{OAUTH_STEP_LABELS[step.step]}</span>
        <span className="text-xs text-zinc-500">{new Date(step.time).toLocaleTimeString()}</span>
      </div>
      <p className="mt-1 break-words text-zinc-700 dark:text-zinc-300">{step.summary}</p>
      {step.exchange !== undefined && (
        <div className="mt-1 text-xs">
          <Disclosure summary={`${step.exchange.method} ${step.exchange.status}`}>
            <HttpExchangeView exchange={step.exchange} />
          </Disclosure>
        </div>
      )}
    </li>
  );
}
