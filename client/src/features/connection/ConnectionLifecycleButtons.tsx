import type { ConnectionSummary } from '../../../../shared/connectionTypes';
import { Button } from '../../ui/Button';
import { useConnectionActions } from './useConnectionActions';

export interface ConnectionLifecycleButtonsProps {
  connection: ConnectionSummary;
}

/**
 * Reconnect (with the saved settings) and Disconnect, for the status bar while the settings pane is
 * folded; the open form has its own, so each action is on screen exactly once.
 */
export function ConnectionLifecycleButtons({ connection }: ConnectionLifecycleButtonsProps) {
  const actions = useConnectionActions();
  const live = connection.state === 'connected' || connection.state === 'connecting';
  const recorded = connection.state === 'recorded';
  return (
    <>
      <Button
        variant={live ? 'ghost' : 'primary'}
        className="h-6 text-xs"
        disabled={actions.isPending || recorded}
        title={recorded ? 'A recorded session is read-only: open a new connection to run this server again' : 'Reconnect with the saved settings'}
        onClick={() => actions.mutate({ kind: 'reconnect', connectionId: connection.id })}
      >
        Reconnect
      </Button>
      {live && (
        <Button variant="ghost" className="h-6 text-xs" disabled={actions.isPending} onClick={() => actions.mutate({ kind: 'disconnect', connectionId: connection.id })}>
          Disconnect
        </Button>
      )}
      {actions.error && (
        <span role="alert" className="max-w-64 truncate text-xs text-red-700 dark:text-red-400" title={actions.error.message}>
          {actions.error.message}
        </span>
      )}
    </>
  );
}
