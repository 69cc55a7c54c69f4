import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent as ReactKeyboardEvent, type MouseEvent as ReactMouseEvent } from 'react';
import './contextMenu.css';

/** Where a menu opens, in window coordinates. */
export interface MenuPlace {
  x: number;
  y: number;
}

export interface MenuItem {
  label: string;
  /** For the console, which stays in English whatever the interface language; also the item's React key. */
  action: string;
  run: () => unknown;
  /** Drawn with a line above it, to set a group apart (the destructive items at the end). */
  separated?: boolean;
}

/** Right click, the menu key, or Shift+F10: the three ways a desktop opens a context menu. */
export function isMenuKey(event: Pick<KeyboardEvent, 'key' | 'shiftKey'>): boolean {
  return event.key === 'ContextMenu' || (event.shiftKey && event.key === 'F10');
}

/**
 * What opens an element's context menu: a right click where the pointer is, the menu key or Shift+F10 under the
 * element. The menu key also raises `contextmenu`, with no pointer position: it opens under the element too.
 */
export function menuOpeners(open: (place: MenuPlace) => void) {
  return {
    onContextMenu: (event: ReactMouseEvent<HTMLElement>) => {
      event.preventDefault();
      open(event.button === 2 ? { x: event.clientX, y: event.clientY } : placeUnder(event.currentTarget));
    },
    onKeyDown: (event: ReactKeyboardEvent<HTMLElement>) => {
      if (!isMenuKey(event)) return;
      event.preventDefault();
      open(placeUnder(event.currentTarget));
    },
  };
}

/** Just under the start of an element, for a menu opened from the keyboard, which has no pointer to open at. */
export function placeUnder(element: Element): MenuPlace {
  const box = element.getBoundingClientRect();
  return { x: box.left + 24, y: box.top + Math.min(box.height, 40) };
}

/**
 * A context menu. It keeps the keyboard while open: arrows move between its items, Escape or Tab closes it and hands
 * the keyboard back (`onClose(true)`); a click elsewhere, scrolling or the window losing focus closes it too.
 */
export function ContextMenu({ items, place, label, onClose }: { items: readonly MenuItem[]; place: MenuPlace; label: string; onClose: (refocus: boolean) => void }) {
  const menu = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState(place);

  // Kept inside the window: a menu opened near its edge opens the other way.
  useLayoutEffect(() => {
    const box = menu.current?.getBoundingClientRect();
    if (!box) return;
    const x = Math.max(4, Math.min(place.x, window.innerWidth - box.width - 4));
    const y = place.y + box.height > window.innerHeight - 4 ? Math.max(4, place.y - box.height) : place.y;
    setPosition({ x, y });
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [place]);

  useEffect(() => {
    const outside = (event: Event) => {
      if (!(event.target instanceof Node) || !menu.current?.contains(event.target)) onClose(false);
    };
    const blur = () => onClose(false);
    document.addEventListener('pointerdown', outside, true);
    document.addEventListener('scroll', outside, true);
    window.addEventListener('blur', blur);
    return () => {
      document.removeEventListener('pointerdown', outside, true);
      document.removeEventListener('scroll', outside, true);
      window.removeEventListener('blur', blur);
    };
  }, [onClose]);

  const onKeyDown = (event: ReactKeyboardEvent<HTMLDivElement>) => {
    // The app's own keys (j, k, arrows…) wait until the menu is closed.
    event.stopPropagation();
    const buttons = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLElement);
    const focus = (index: number) => buttons[(index + buttons.length) % buttons.length]?.focus();
    switch (event.key) {
      case 'ArrowDown':
        focus(at + 1);
        break;
      case 'ArrowUp':
        focus(at - 1);
        break;
      case 'Home':
        focus(0);
        break;
      case 'End':
        focus(buttons.length - 1);
        break;
      case 'Escape':
      case 'Tab':
        onClose(true);
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  return (
    <div ref={menu} className="context-menu" role="menu" aria-label={label} style={{ left: position.x, top: position.y }} onKeyDown={onKeyDown}>
      {items.map((item) => (
        <button
          key={item.action}
          type="button"
          role="menuitem"
          tabIndex={-1}
          className={`context-menu-item${item.separated ? ' separated' : ''}`}
          onClick={() => {
            onClose(true);
            Promise.resolve()
              .then(item.run)
              .catch((error: unknown) => console.error(`Could not ${item.action}`, error));
          }}
        >
          {item.label}
        </button>
      ))}
    </div>
  );
}
