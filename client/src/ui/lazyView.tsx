// A view loaded on first render, in a chunk of its own: the first screen does not download views it
// does not show. A local file, so the wait is a frame or two; "Loading…" covers it.
import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';

export function lazyView<P extends object>(load: () => Promise<ComponentType<P>>): (props: P) => ReactNode {
  const View = lazy(async () => ({ default: await load() }));
  return function LazyView(props: P) {
    return (
      <Suspense fallback={<p className="p-4 text-sm text-zinc-500 dark:text-zinc-400">Loading…</p>}>
        <View {...props} />
      </Suspense>
    );
  };
}
