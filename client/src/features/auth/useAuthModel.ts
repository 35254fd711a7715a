import { useMemo } from 'react';
import { oauthSteps, type OAuthStep } from '../../../../shared/oauthSteps';
import { useConnectionLog } from '../../api/useConnectionLog';
import { safeLinkUrl } from '../../ui/safeUrl';

export interface AuthModel {
  steps: OAuthStep[];
  /** The authorization page waiting to be opened (http(s) only), if the flow waits for the person. */
  pendingAuthorizationUrl: string | undefined;
  /** The latest failure, in plain words. */
  failure: string | undefined;
}

/** The Auth tab's data: the connection's OAuth steps, read from its recorded events. */
export function useAuthModel(connectionId: string): AuthModel {
  const { entries, count } = useConnectionLog(connectionId);
  return useMemo(() => {
    const steps = oauthSteps(entries.slice(0, count).flatMap((entry) => (entry ? [entry.event] : [])));
    const last = steps.at(-1);
    const waiting = last?.step === 'authorize' ? safeLinkUrl(last.authorizationUrl) : undefined;
    const failure = last !== undefined && !last.ok ? last.summary : undefined;
    return { steps, pendingAuthorizationUrl: waiting, failure };
  }, [entries, count]);
}
