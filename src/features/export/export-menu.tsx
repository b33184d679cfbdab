/**
 * A menu button: "Export" opens a short menu of choices. Arrow keys, Home and End move between
 * the choices, Escape closes the menu and returns focus to the button, and a click elsewhere or
 * Tab closes it too (the WAI-ARIA menu button pattern).
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

export interface MenuChoice<Id extends string> {
  id: Id;
  label: string;
}

const step = (items: HTMLElement[], key: string): HTMLElement | undefined => {
  const at = items.indexOf(document.activeElement as HTMLElement);
  const last = items.length - 1;
  if (key === 'Home') return items[0];
  if (key === 'End') return items[last];
  if (key === 'ArrowDown') return items[at >= last ? 0 : at + 1];
  if (key === 'ArrowUp') return items[at <= 0 ? last : at - 1];
  return undefined;
};

export const ExportMenu = <Id extends string>({
  choices,
  onChoose,
}: {
  choices: readonly MenuChoice<Id>[];
  onChoose: (id: Id) => void;
}) => {
  const [open, setOpen] = useState(false);
  const wrapperRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  const menuId = useId();
  const items = () => [
    ...(menuRef.current?.querySelectorAll<HTMLElement>('[role=menuitem]') ?? []),
  ];

  useEffect(() => {
    if (!open) return;
    items()[0]?.focus();
    const closeOutside = (event: PointerEvent) => {
      if (!wrapperRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open]);

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  const onMenuKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key === 'Tab') {
      setOpen(false);
    } else {
      const target = step(items(), event.key);
      if (!target) return;
      event.preventDefault();
      target.focus();
    }
  };

  return (
    <div className="export-menu" ref={wrapperRef}>
      <button
        ref={buttonRef}
        type="button"
        className="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((wasOpen) => !wasOpen)}
        onKeyDown={(event) => {
          if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
          event.preventDefault();
          setOpen(true);
        }}
      >
        Export
      </button>
      {open && (
        <ul
          ref={menuRef}
          id={menuId}
          role="menu"
          aria-label="Export"
          className="export-menu-list"
          onKeyDown={onMenuKeyDown}
        >
          {choices.map((choice) => (
            <li key={choice.id} role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                className="export-menu-item"
                onClick={() => {
                  close();
                  onChoose(choice.id);
                }}
              >
                {choice.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
};
