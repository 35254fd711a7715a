// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SelectableList } from './SelectableList';

afterEach(cleanup);

interface Fruit {
  id: string;
  name: string;
}

const fruits: Fruit[] = [
  { id: 'a', name: 'Apple' },
  { id: 'b', name: 'Banana' },
];
const fruitId = (fruit: Fruit) => fruit.id;
const renderCount = vi.fn();
const fruitRow = (fruit: Fruit) => {
  renderCount(fruit.id);
  return <span>{fruit.name}</span>;
};

describe('SelectableList', () => {
  it('is a named list of buttons, the selected one current, a click selecting by key', () => {
    const onSelect = vi.fn();
    render(<SelectableList label="Fruit" items={fruits} keyOf={fruitId} selectedKey="b" onSelect={onSelect} renderRow={fruitRow} />);
    const list = screen.getByRole('list', { name: 'Fruit' });
    const buttons = [...list.querySelectorAll('li > button')];
    expect(buttons.map((button) => button.textContent)).toEqual(['Apple', 'Banana']);
    expect(buttons.map((button) => button.getAttribute('aria-current'))).toEqual([null, 'true']);
    fireEvent.click(screen.getByRole('button', { name: 'Apple' }));
    expect(onSelect).toHaveBeenCalledWith('a');
  });

  it('gives rows an accessible name and tooltip when asked, and renders what follows a row', () => {
    render(
      <SelectableList
        label="Fruit"
        items={fruits}
        keyOf={fruitId}
        selectedKey={undefined}
        onSelect={() => {}}
        renderRow={fruitRow}
        describeRow={(fruit) => ({ label: `${fruit.name} (fruit)`, tooltip: `All about ${fruit.name}` })}
        renderAfterRow={(fruit) => <em>after {fruit.id}</em>}
      />,
    );
    expect(screen.getByRole('button', { name: 'Banana (fruit)' }).getAttribute('title')).toBe('All about Banana');
    expect(screen.getByText('after a').closest('li')?.querySelector('button')?.textContent).toBe('Apple');
  });

  it('re-renders only the rows whose selection changed', () => {
    const three = [...fruits, { id: 'c', name: 'Cherry' }];
    const onSelect = () => {};
    const view = render(<SelectableList label="Fruit" items={three} keyOf={fruitId} selectedKey="a" onSelect={onSelect} renderRow={fruitRow} />);
    renderCount.mockClear();
    view.rerender(<SelectableList label="Fruit" items={three} keyOf={fruitId} selectedKey="b" onSelect={onSelect} renderRow={fruitRow} />);
    expect(renderCount.mock.calls.map(([id]) => id).sort()).toEqual(['a', 'b']);
  });
});
