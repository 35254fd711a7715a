// What the output schema check found, next to the structured content it judged.
import { Badge } from '../../ui/Badge';
import type { OutputSchemaCheck } from './outputSchemaCheck';

export function OutputSchemaVerdictView({ check }: { check: OutputSchemaCheck }) {
  if (check.verdict === 'not-applicable') return null;
  return (
    <div role="status" aria-label="Output schema check" className="flex flex-col gap-1 text-xs">
      {check.verdict === 'valid' && (
        <span>
          <Badge tone="success">outputSchema ✓</Badge> structuredContent matches the tool's outputSchema.
        </span>
      )}
      {check.verdict === 'missing' && (
        <span className="text-red-700 dark:text-red-400">
          <Badge tone="danger">outputSchema ✗</Badge> The tool declares an outputSchema, but the result has no structuredContent.
        </span>
      )}
      {check.verdict === 'invalid' && (
        <>
          <span className="text-red-700 dark:text-red-400">
            <Badge tone="danger">outputSchema ✗</Badge> structuredContent does not match the tool's outputSchema:
          </span>
          <ul className="ml-4 list-disc text-red-700 dark:text-red-400">
            {check.errors.map((error, index) => (
              <li key={index}>
                <code>{error.path || '(root)'}</code> {error.message}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
