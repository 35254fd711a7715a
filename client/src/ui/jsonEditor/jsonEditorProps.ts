/** What every implementation of the JSON editor (Monaco, or the plain fallback) takes. */
export interface JsonEditorProps {
  /** The accessible name of the editor, e.g. "Arguments (JSON)". */
  label: string;
  value: string;
  onChange?: (text: string) => void;
  /** A JSON Schema the text is validated and completed against (Monaco only). */
  schema?: Record<string, unknown>;
  readOnly?: boolean;
  /** Ctrl/Cmd+Enter inside the editor. */
  onSubmit?: () => void;
  /** The editor grows with its content between these many lines. */
  minLines?: number;
  maxLines?: number;
  /** Id of an element describing the text (e.g. a parse error), for aria-describedby. */
  describedBy?: string;
  invalid?: boolean;
  /**
   * List the editor's own problems (parse and schema markers) under it; default true. A caller that
   * lists the problems of the text itself turns this off, so each problem is listed once.
   */
  listProblems?: boolean;
}
