import { Button } from '../Button';
import type { JsonValue } from './describeSchema';
import { newItemValue, withItem, withItemMoved } from './formValue';
import { FieldsetFrame, type CompositeFieldProps } from './ObjectField';
import { SchemaField } from './SchemaField';
import { useSchemaFormContext } from './schemaFormContext';

export type ArrayFieldProps = CompositeFieldProps<'array'>;

/** The items of an array, each with move up / move down / remove buttons, and an "Add item" button. */
export function ArrayField({ shape, path, value, onChange, depth, ...frame }: ArrayFieldProps) {
  const { root } = useSchemaFormContext();
  const items = Array.isArray(value) ? value : [];
  // Like any empty optional field, an optional array with no items is omitted rather than sent as [].
  const setItems = (next: JsonValue[]) => onChange(next.length === 0 && !frame.required ? undefined : next);

  return (
    <FieldsetFrame {...frame} isRoot={false}>
      {items.map((item, index) => {
        const number = index + 1;
        return (
          // Index keys are safe: every input is controlled, and the JSON editor re-syncs to its new value.
          <div key={index} className="flex items-start gap-1">
            <div className="min-w-0 flex-1">
              <SchemaField
                schema={shape.items}
                path={[...path, index]}
                name={`${frame.label} item`}
                itemNumber={number}
                required
                value={item}
                onChange={(itemValue) => setItems(withItem(items, index, itemValue))}
                depth={depth + 1}
              />
            </div>
            <Button variant="ghost" aria-label={`Move item ${number} up`} title="Move up" disabled={index === 0} onClick={() => setItems(withItemMoved(items, index, index - 1))}>
              ↑
            </Button>
            <Button
              variant="ghost"
              aria-label={`Move item ${number} down`}
              title="Move down"
              disabled={index === items.length - 1}
              onClick={() => setItems(withItemMoved(items, index, index + 1))}
            >
              ↓
            </Button>
            <Button variant="danger" aria-label={`Remove item ${number}`} title="Remove" onClick={() => setItems(items.filter((_, at) => at !== index))}>
              ✕
            </Button>
          </div>
        );
      })}
      <div>
        <Button onClick={() => setItems([...items, newItemValue(shape.items, root)])}>Add item</Button>
      </div>
    </FieldsetFrame>
  );
}
