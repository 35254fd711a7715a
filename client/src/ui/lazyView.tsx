// A view loaded on first render, in a chunk of its own: the first screen does not download views it
// does not show. A local file, so the wait is a frame or two; "Loading…" covers it. `preload()` fetches
// the chunk ahead of time; a view mounted after it arrived renders at once, with no Suspense round
// (which shows the fallback, then reveals the view in a retry that React throttles up to 300 ms).
import { lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react';

export interface LazyView<P extends object> {
  (props: P): ReactNode;
  /** Fetches the view's chunk now (once); resolves when it can render without suspending. */
  preload(): Promise<void>;
}

export function lazyView<P extends object>(load: () => Promise<ComponentType<P>>): LazyView<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const fetchView = () =>
    (loading ??= load().then(
      (view) => (loaded = view),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  const View = lazy(async () => ({ default: await fetchView() }));
  function LazyView(props: P) {
    // Chosen once per mount: switching from the Suspense tree to the plain one would remount the view.
    const [ready] = useState(() => loaded);
    if (ready) {
      const Ready = ready;
      return <Ready {...props} />;
    }
    return (
      <Suspense fallback={<p className="p-4 text-sm text-zinc-500 dark:text-zinc-400">Loading…</p>}>
        <View {...props} />
      </Suspense>
    );
  }
  LazyView.preload = () => fetchView().then(() => undefined);
  return LazyView;
}
