// How a resource link asks the workspace to open its resource. Provided by the workspace; absent
// (e.g. in a view shown outside a connection) a link is plain text.
import { createContext, useContext } from 'react';

export const OpenResourceContext = createContext<((uri: string) => void) | undefined>(undefined);

export function useOpenResource(): ((uri: string) => void) | undefined {
  return useContext(OpenResourceContext);
}
