// How a result view asks the workspace to show an event of its connection in the Log. Provided by the
// wire frame around the tabs; absent (a view shown outside a connection) there is no exchange link.
import { createContext, useContext } from 'react';

export interface ShowInLog {
  connectionId: string;
  /** Switches to the Log with this event selected. */
  showInLog: (seq: number) => void;
}

export const ShowInLogContext = createContext<ShowInLog | undefined>(undefined);

export function useShowInLog(): ShowInLog | undefined {
  return useContext(ShowInLogContext);
}
