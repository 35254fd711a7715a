// Whether a connection's settings pane is open. It folds away once a connection is up (the work needs
// the room) and opens by itself when an attempt fails or the server exits (the form is where to fix
// it). The person's own toggle wins until the connection next changes state; connecting and
// disconnecting keep whatever was shown, so pressing Disconnect in the form does not hide the form.
import type { ConnectionState, ConnectionSummary } from '../../../shared/connectionTypes';

/** The person's last toggle, and the moment (attempt and state) it was made at. */
export interface SettingsPaneChoice {
  shown: boolean;
  at: string;
}

type PaneMoment = Pick<ConnectionSummary, 'attempt' | 'state'>;

export const momentOf = (connection: PaneMoment): string => `${connection.attempt}:${connection.state}`;

function shownByState(state: ConnectionState, previous: boolean): boolean {
  switch (state) {
    case 'connected':
    case 'recorded':
      return false;
    case 'failed':
    case 'exited':
      return true;
    case 'connecting':
    case 'disconnected':
      return previous;
  }
}

/** Whether the pane is open for this connection, given the person's last toggle (if any). */
export function settingsPaneShown(connection: PaneMoment, choice: SettingsPaneChoice | undefined): boolean {
  if (choice && choice.at === momentOf(connection)) return choice.shown;
  return shownByState(connection.state, choice?.shown ?? false);
}
