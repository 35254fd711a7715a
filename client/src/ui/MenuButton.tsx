// A button that opens a menu of actions: the WAI-ARIA menu button pattern. Enter, Space or ArrowDown
// open it on the first item, ArrowUp on the last; in the menu the arrows, Home and End move, a letter
// jumps to the next item starting with it, Enter or Space chooses, Escape closes and returns focus to
// the button, Tab and a click elsewhere close it.
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface MenuItem {
  id: string;
  label: string;
  onSelect: () => void;
  disabled?: boolean;
  title?: string;
}

export interface MenuButtonProps {
  /** What the button shows. */
  children: ReactNode;
  /** The button's accessible name when its content is not enough (an icon). */
  label?: string;
  items: readonly MenuItem[];
  title?: string;
  className?: string;
}

/** Keyboard inside the open menu: arrows, Home/End, a letter, Escape and Tab. */
function moveInMenu(event: KeyboardEvent, elements: HTMLElement[], close: (refocus: boolean) => void) {
  const index = elements.indexOf(document.activeElement as HTMLElement);
  let next: number | undefined;
  if (event.key === 'ArrowDown') next = index + 1;
  else if (event.key === 'ArrowUp') next = index - 1;
  else if (event.key === 'Home') next = 0;
  else if (event.key === 'End') next = elements.length - 1;
  else if (event.key === 'Escape') {
    event.preventDefault();
    close(true);
    return;
  } else if (event.key === 'Tab') {
    close(false);
    return;
  } else if (event.key.length === 1 && /\S/.test(event.key)) {
    const letter = event.key.toLowerCase();
    const after = [...elements.slice(index + 1), ...elements.slice(0, index + 1)];
    const match = after.find((element) => element.textContent?.trim().toLowerCase().startsWith(letter));
    if (match) match.focus();
    return;
  }
  if (next === undefined || elements.length === 0) return;
  event.preventDefault();
  elements[(next + elements.length) % elements.length]?.focus();
}

function MenuItemButton({ item, onChoose }: { item: MenuItem; onChoose: (item: MenuItem) => void }) {
  return (
    <button
      type="button"
      role="menuitem"
      tabIndex={-1}
      title={item.title}
      aria-disabled={item.disabled || undefined}
      onClick={() => onChoose(item)}
      className="px-3 py-1 text-left whitespace-nowrap hover:bg-zinc-100 focus:bg-sky-100 focus:outline-none aria-disabled:cursor-not-allowed aria-disabled:opacity-50 dark:hover:bg-zinc-800 dark:focus:bg-sky-950"
    >
      {item.label}
    </button>
  );
}

export function MenuButton({ children, label, items, title, className = '' }: MenuButtonProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  // Which item to focus once the menu is rendered: the first or the last.
  const [initial, setInitial] = useState<'first' | 'last'>('first');
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const itemElements = () => [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])') ?? [])];

  useEffect(() => {
    if (!open) return;
    const elements = itemElements();
    (initial === 'first' ? elements[0] : elements.at(-1))?.focus();
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open, initial]);

  function show(at: 'first' | 'last') {
    setInitial(at);
    setOpen(true);
  }

  function close(refocus: boolean) {
    setOpen(false);
    if (refocus) button.current?.focus();
  }

  function onButtonKeyDown(event: KeyboardEvent) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    show(event.key === 'ArrowDown' ? 'first' : 'last');
  }

  const onMenuKeyDown = (event: KeyboardEvent) => moveInMenu(event, itemElements(), close);

  function choose(item: MenuItem) {
    if (item.disabled) return;
    close(true);
    item.onSelect();
  }

  return (
    <div className="relative shrink-0">
      <button
        ref={button}
        type="button"
        id={`${id}-button`}
        aria-label={label}
        title={title}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? `${id}-menu` : undefined}
        onClick={() => (open ? close(false) : show('first'))}
        onKeyDown={onButtonKeyDown}
        className={className}
      >
        {children}
      </button>
      {open && (
        <div
          ref={menu}
          role="menu"
          id={`${id}-menu`}
          aria-labelledby={`${id}-button`}
          onKeyDown={onMenuKeyDown}
          className="absolute top-full right-0 z-30 mt-1 flex min-w-40 flex-col rounded border border-zinc-200 bg-white py-1 shadow-lg dark:border-zinc-700 dark:bg-zinc-900"
        >
          {items.map((item) => (
            <MenuItemButton key={item.id} item={item} onChoose={choose} />
          ))}
        </div>
      )}
    </div>
  );
}
