export { SchemaForm, type SchemaFormProps } from './SchemaForm';
export { validateAgainstSchema, type SchemaError, type SchemaValidation } from './validateAgainstSchema';
export { initialValueFor } from './formValue';
export type { JsonSchema, JsonValue } from './describeSchema';
