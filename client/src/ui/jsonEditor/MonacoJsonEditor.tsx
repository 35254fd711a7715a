// The JSON editor on Monaco: JSON language with schema validation and completion, the app's theme,
// grows with its content, Ctrl/Cmd+Enter submits, and the problems Monaco finds are listed under it
// (so they are readable without hovering, and by screen readers).
import { useEffect, useId, useRef, useState } from 'react';
import { useTheme } from '../ThemeProvider';
import type { JsonEditorProps } from './jsonEditorProps';
import { associateSchema, monaco } from './monacoSetup';

const LINE_HEIGHT = 18;

interface Problem {
  line: number;
  message: string;
  severity: 'error' | 'warning';
}

let nextModelId = 0;

function ProblemList({ id, problems }: { id: string; problems: readonly Problem[] }) {
  return (
    <ul id={id} aria-label="Editor problems" className="text-xs">
      {problems.map((problem, index) => (
        <li key={index} className={problem.severity === 'error' ? 'text-red-700 dark:text-red-400' : 'text-amber-700 dark:text-amber-400'}>
          Line {problem.line}: {problem.message}
        </li>
      ))}
    </ul>
  );
}

function readProblems(model: monaco.editor.ITextModel): Problem[] {
  return monaco.editor
    .getModelMarkers({ resource: model.uri })
    .filter((marker) => marker.severity >= monaco.MarkerSeverity.Warning)
    .map((marker) => ({ line: marker.startLineNumber, message: marker.message, severity: marker.severity === monaco.MarkerSeverity.Error ? 'error' : 'warning' }));
}

export default function MonacoJsonEditor({ label, value, onChange, schema, readOnly = false, onSubmit, minLines = 6, maxLines = 24, describedBy, listProblems = true }: JsonEditorProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | undefined>(undefined);
  const callbacks = useRef({ onChange, onSubmit });
  const applyingExternalValue = useRef(false);
  const [modelUri] = useState(() => `inmemory://mcp-inspect/json-editor-${++nextModelId}.json`);
  const [height, setHeight] = useState(minLines * LINE_HEIGHT);
  const [problems, setProblems] = useState<Problem[]>([]);
  const problemsId = useId();
  const { theme } = useTheme();
  const initial = useRef({ value, readOnly, label, minLines, maxLines });

  useEffect(() => {
    callbacks.current = { onChange, onSubmit };
  });

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const { value: text, readOnly: locked, label: ariaLabel, minLines: min, maxLines: max } = initial.current;
    const model = monaco.editor.createModel(text, 'json', monaco.Uri.parse(modelUri));
    const editor = monaco.editor.create(container, {
      model,
      ariaLabel,
      readOnly: locked,
      domReadOnly: locked,
      automaticLayout: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      lineNumbersMinChars: 3,
      fontSize: 12,
      lineHeight: LINE_HEIGHT,
      tabSize: 2,
      fixedOverflowWidgets: true,
      renderLineHighlight: 'none',
      scrollbar: { alwaysConsumeMouseWheel: false },
    });
    editorRef.current = editor;
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => callbacks.current.onSubmit?.());
    const subscriptions = [
      model.onDidChangeContent(() => {
        if (!applyingExternalValue.current) callbacks.current.onChange?.(model.getValue());
      }),
      editor.onDidContentSizeChange((event) => setHeight(Math.min(max * LINE_HEIGHT, Math.max(min * LINE_HEIGHT, event.contentHeight)))),
      monaco.editor.onDidChangeMarkers((uris) => {
        if (uris.some((uri) => uri.toString() === model.uri.toString())) setProblems(readProblems(model));
      }),
    ];
    return () => {
      subscriptions.forEach((subscription) => subscription.dispose());
      editor.dispose();
      model.dispose();
      editorRef.current = undefined;
    };
  }, [modelUri]);

  // A value changed from outside (the form, a reset) replaces the text as one undoable edit.
  useEffect(() => {
    const editor = editorRef.current;
    const model = editor?.getModel();
    if (!editor || !model || model.getValue() === value) return;
    applyingExternalValue.current = true;
    editor.executeEdits('external', [{ range: model.getFullModelRange(), text: value }]);
    applyingExternalValue.current = false;
  }, [value]);

  useEffect(() => editorRef.current?.updateOptions({ readOnly, domReadOnly: readOnly }), [readOnly]);
  useEffect(() => monaco.editor.setTheme(theme === 'dark' ? 'vs-dark' : 'vs'), [theme]);
  useEffect(() => (schema ? associateSchema(modelUri, schema) : undefined), [modelUri, schema]);

  const listed = listProblems ? problems : [];
  const describedByIds = [describedBy, listed.length > 0 ? problemsId : undefined].filter(Boolean).join(' ') || undefined;
  return (
    <div role="group" aria-label={label} aria-describedby={describedByIds} data-editor="monaco" className="flex flex-col gap-1">
      <div ref={containerRef} style={{ height }} className="overflow-hidden rounded border border-zinc-300 dark:border-zinc-600" />
      {listed.length > 0 && <ProblemList id={problemsId} problems={listed} />}
    </div>
  );
}
