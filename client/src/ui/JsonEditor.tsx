// A JSON editor for anything in the app (tool arguments, the log detail, …): Monaco, loaded only when
// the first editor is shown (its own chunks, not the main bundle). A plain textarea stands in while it
// loads and replaces it for good if it cannot load, so editing JSON always works.
import { Component, lazy, Suspense, type ReactNode } from 'react';
import type { JsonEditorProps } from './jsonEditor/jsonEditorProps';
import { PlainJsonEditor } from './jsonEditor/PlainJsonEditor';

export type { JsonEditorProps } from './jsonEditor/jsonEditorProps';

const MonacoJsonEditor = lazy(() => import('./jsonEditor/MonacoJsonEditor'));

class FallbackOnError extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.warn('[mcp-inspect] the Monaco editor could not load; using a plain text area', error);
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

export function JsonEditor(props: JsonEditorProps) {
  const plain = <PlainJsonEditor {...props} />;
  return (
    <FallbackOnError fallback={plain}>
      <Suspense fallback={plain}>
        <MonacoJsonEditor {...props} />
      </Suspense>
    </FallbackOnError>
  );
}
