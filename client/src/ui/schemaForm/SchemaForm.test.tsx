// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SchemaForm } from './SchemaForm';
import { renderForm, type } from './testing/renderForm';

afterEach(cleanup);

describe('SchemaForm', () => {
  it('labels every field, marks required ones and links descriptions', () => {
    renderForm({
      type: 'object',
      properties: { city: { type: 'string', title: 'City', description: 'Where to look' }, country: { type: 'string' } },
      required: ['city'],
    });
    const city = screen.getByRole('textbox', { name: 'City' });
    expect(city.getAttribute('aria-required')).toBe('true');
    expect(city.getAttribute('aria-describedby')).toBe(`${city.id}-description`);
    expect(document.getElementById(`${city.id}-description`)?.textContent).toBe('Where to look');
    expect(screen.getByText('*')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'country' }).getAttribute('aria-required')).toBeNull();
  });

  it('produces strings, omits an emptied optional one and keeps an emptied required one', () => {
    const form = renderForm({ type: 'object', properties: { q: { type: 'string' }, id: { type: 'string' } }, required: ['id'] });
    type(screen.getByRole('textbox', { name: 'q' }), 'cats');
    type(screen.getByRole('textbox', { name: 'id' }), '7');
    expect(form.value()).toEqual({ q: 'cats', id: '7' });
    type(screen.getByRole('textbox', { name: 'q' }), '');
    type(screen.getByRole('textbox', { name: 'id' }), '');
    expect(form.value()).toEqual({ id: '' });
  });

  it('uses inputs that fit string formats, and shows a default as a placeholder without sending it', () => {
    const form = renderForm({
      type: 'object',
      properties: {
        email: { type: 'string', format: 'email' },
        site: { type: 'string', format: 'uri' },
        day: { type: 'string', format: 'date' },
        mode: { type: 'string', default: 'fast' },
      },
    });
    expect((screen.getByLabelText('email') as HTMLInputElement).type).toBe('email');
    expect((screen.getByLabelText('site') as HTMLInputElement).type).toBe('url');
    expect((screen.getByLabelText('day') as HTMLInputElement).type).toBe('date');
    expect((screen.getByLabelText('mode') as HTMLInputElement).placeholder).toBe('fast');
    type(screen.getByLabelText('day'), '2025-01-31');
    expect(form.value()).toEqual({ day: '2025-01-31' });
  });

  it('produces numbers within their bounds and omits an emptied number', () => {
    const form = renderForm({ type: 'object', properties: { count: { type: 'integer', minimum: 1, maximum: 10 }, ratio: { type: 'number' } } });
    const count = screen.getByRole('spinbutton', { name: 'count' }) as HTMLInputElement;
    expect([count.min, count.max, count.step]).toEqual(['1', '10', '1']);
    type(count, '3');
    type(screen.getByRole('spinbutton', { name: 'ratio' }), '0.5');
    expect(form.value()).toEqual({ count: 3, ratio: 0.5 });
    type(count, '');
    expect(form.value()).toEqual({ ratio: 0.5 });
  });

  it('shows a required boolean as a checkbox and an optional one as true / false / not sent', () => {
    const form = renderForm({ type: 'object', properties: { dryRun: { type: 'boolean' }, force: { type: 'boolean' } }, required: ['dryRun'] });
    fireEvent.click(screen.getByRole('checkbox', { name: 'dryRun' }));
    expect(form.value()).toEqual({ dryRun: true });
    const force = screen.getByRole('combobox', { name: 'force' });
    fireEvent.change(force, { target: { value: within(force).getByRole('option', { name: 'false' }).getAttribute('value') } });
    expect(form.value()).toEqual({ dryRun: true, force: false });
    fireEvent.change(force, { target: { value: '-1' } });
    expect(form.value()).toEqual({ dryRun: true });
  });

  it('draws an optional boolean as a checkbox too when asked (an answer form)', () => {
    const produced: unknown[] = [];
    render(
      <SchemaForm
        schema={{ type: 'object', properties: { agree: { type: 'boolean', title: 'Agree' } } }}
        value={{ agree: false }}
        onChange={(next) => produced.push(next)}
        booleansAsCheckboxes
      />,
    );
    expect(screen.queryByRole('combobox')).toBeNull();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Agree' }));
    expect(produced.at(-1)).toEqual({ agree: true });
  });

  it('offers enum options by their titles: plain, oneOf/anyOf of const, and enumNames', () => {
    const form = renderForm({
      type: 'object',
      properties: {
        size: { oneOf: [{ const: 's', title: 'Small' }, { const: 'l', title: 'Large' }] },
        level: { type: 'integer', anyOf: [{ const: 1, title: 'Low' }, { const: 2, title: 'High' }] },
        color: { type: 'string', enum: ['r', 'g'], enumNames: ['Red', 'Green'] },
        unit: { type: 'string', enum: ['cm', 'in'] },
      },
    });
    const choose = (name: string, option: string) => {
      const select = screen.getByRole('combobox', { name });
      fireEvent.change(select, { target: { value: within(select).getByRole('option', { name: option }).getAttribute('value') } });
    };
    choose('size', 'Large');
    choose('level', 'High');
    choose('color', 'Green');
    choose('unit', 'in');
    expect(form.value()).toEqual({ size: 'l', level: 2, color: 'g', unit: 'in' });
  });

  it('keeps a value outside the enum visible instead of replacing it', () => {
    renderForm({ type: 'object', properties: { unit: { enum: ['cm', 'in'] } } }, { unit: 'mm' });
    const select = screen.getByRole('combobox', { name: 'unit' }) as HTMLSelectElement;
    expect(select.selectedOptions[0]?.textContent).toBe('"mm" (not an allowed value)');
  });

  it('sends null on a nullable field only when asked, for both spellings of the union', () => {
    const form = renderForm({
      type: 'object',
      properties: { note: { type: ['string', 'null'] }, age: { anyOf: [{ type: 'integer' }, { type: 'null' }], title: 'Age' } },
    });
    type(screen.getByRole('textbox', { name: 'note' }), 'hi');
    expect(form.value()).toEqual({ note: 'hi' });
    fireEvent.click(screen.getByRole('checkbox', { name: 'note is null' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Age is null' }));
    expect(form.value()).toEqual({ note: null, age: null });
    type(screen.getByRole('spinbutton', { name: 'Age' }), '4');
    fireEvent.click(screen.getByRole('checkbox', { name: 'note is null' }));
    expect(form.value()).toEqual({ age: 4 });
  });

  it('renders nested objects and $ref targets ($defs and definitions), omitting an emptied optional object', () => {
    const form = renderForm({
      type: 'object',
      $defs: { address: { type: 'object', title: 'Address', properties: { street: { type: 'string' }, zip: { $ref: '#/definitions/zip' } }, required: ['street'] } },
      definitions: { zip: { type: 'string', title: 'ZIP code' } },
      properties: { home: { $ref: '#/$defs/address' } },
    });
    const home = screen.getByRole('group', { name: 'Address' });
    type(within(home).getByRole('textbox', { name: 'ZIP code' }), '1000');
    expect(form.value()).toEqual({ home: { zip: '1000' } });
    expect(within(home).getByRole('textbox', { name: 'street' }).getAttribute('aria-required')).toBe('true');
    type(within(home).getByRole('textbox', { name: 'ZIP code' }), '');
    expect(form.value()).toEqual({});
  });

  it('shows errors on their fields and lists the ones no field shows', () => {
    const schema = {
      type: 'object',
      properties: { email: { type: 'string', format: 'email' }, tags: { type: 'array', items: { type: 'string' } } },
      required: ['email'],
    };
    const value = { email: 'nope', tags: ['ok', 3], stray: true };
    renderForm(schema, value, [
      { path: '/email', message: 'must match format "email"' },
      { path: '/tags/1', message: 'must be string' },
      { path: '', message: 'must NOT have additional properties' },
    ]);
    const email = screen.getByRole('textbox', { name: 'email' });
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(email.getAttribute('aria-describedby')).toBe(`${email.id}-errors`);
    expect(document.getElementById(`${email.id}-errors`)?.textContent).toBe('must match format "email"');
    expect(screen.getByRole('textbox', { name: 'tags item 2' }).getAttribute('aria-invalid')).toBe('true');
    const other = screen.getByRole('list', { name: 'Other errors' });
    expect(other.textContent).toBe('The value must NOT have additional properties');
  });

  it('shows the value it is given (controlled) and gives two forms distinct ids', () => {
    const schema = { type: 'object', properties: { n: { type: 'integer' } } };
    render(
      <>
        <SchemaForm schema={schema} value={{ n: 5 }} onChange={() => {}} />
        <SchemaForm schema={schema} value={{ n: 6 }} onChange={() => {}} />
      </>,
    );
    const inputs = screen.getAllByRole('spinbutton', { name: 'n' }) as HTMLInputElement[];
    expect(inputs.map((input) => input.value)).toEqual(['5', '6']);
  });

  it('only marks fields when the caller lists the errors itself, keeping the message for screen readers', () => {
    const schema = { type: 'object', properties: { email: { type: 'string' } }, required: ['email'] };
    const errors = [
      { path: '/email', message: 'is required' },
      { path: '', message: 'must have at most 3 properties' },
    ];
    render(<SchemaForm schema={schema} value={{}} onChange={() => {}} errors={errors} idPrefix="listed" errorsListedByCaller />);
    const email = screen.getByRole('textbox', { name: 'email' });
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(`${email.id}-errors`)?.querySelector('li')?.className).toBe('sr-only');
    expect(screen.queryByRole('list', { name: 'Other errors' })).toBeNull();
  });

  it('edits a free-form object as JSON under the label the caller gives the root', () => {
    render(<SchemaForm schema={{ type: 'object', additionalProperties: true }} value={{}} onChange={() => {}} rootLabel="Arguments" />);
    expect(screen.getByRole('textbox', { name: 'Arguments' })).toBeTruthy();
  });
});

