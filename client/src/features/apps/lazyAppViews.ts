// The MCP App views in a chunk of their own: the host bridge and the SDK client it brings (~150 kB, a
// sixth of a first load) are fetched when a tool or resource that declares an app is shown, not with
// every Tools or Resources tab.
import { lazyView } from '../../ui/lazyView';

export const ToolAppView = lazyView(() => import('./ToolAppView').then((module) => module.ToolAppView));
export const ResourceAppView = lazyView(() => import('./ResourceAppView').then((module) => module.ResourceAppView));
