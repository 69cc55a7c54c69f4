import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { db } from '../../db/instance';
import { setRead, setStarred } from '../../db/marks';
import type { ArticleRecord } from '../../db/records';
import { useTranslation } from '../../i18n';
import type { MenuPlace } from './StoryRow';
import { markOlderReadWithUndo } from './undoMarks';

interface MenuItem {
  label: string;
  /** For the console, which stays in English whatever the interface language. */
  action: string;
  run: () => Promise<unknown>;
}

/**
 * A row's menu (right click, the menu key, Shift+F10): read or unread, star, and marking read everything older.
 * It keeps the keyboard while open: arrows move between its items, Escape or Tab closes it and hands the keyboard
 * back to the row.
 */
export function RowMenu({ article, place, onClose }: { article: ArticleRecord; place: MenuPlace; onClose: () => void }) {
  const menu = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState(place);
  const { t } = useTranslation();
  const items: MenuItem[] = [
    {
      label: article.read ? t('common.markUnread') : t('common.markRead'),
      action: article.read ? 'mark the article unread' : 'mark the article read',
      run: () => setRead(db, article.key, !article.read),
    },
    {
      label: article.starred ? t('common.unstar') : t('common.star'),
      action: article.starred ? 'unstar the article' : 'star the article',
      run: () => setStarred(db, article.key, !article.starred),
    },
    { label: t('list.markOlderRead'), action: 'mark older articles read', run: () => markOlderReadWithUndo({ sortTime: article.sortTime, key: article.key }) },
  ];

  const close = (refocus: boolean) => {
    onClose();
    if (refocus) document.querySelector<HTMLElement>(`[role="option"][data-key="${CSS.escape(article.key)}"]`)?.focus();
  };

  // Kept inside the window: a menu opened near its edge opens the other way.
  useLayoutEffect(() => {
    const box = menu.current?.getBoundingClientRect();
    if (!box) return;
    const x = Math.max(4, Math.min(place.x, window.innerWidth - box.width - 4));
    const y = place.y + box.height > window.innerHeight - 4 ? Math.max(4, place.y - box.height) : place.y;
    setPosition({ x, y });
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [place]);

  // A click elsewhere, the list scrolling under it or the window losing focus closes it, as a menu does.
  useEffect(() => {
    const outside = (event: Event) => {
      if (!(event.target instanceof Node) || !menu.current?.contains(event.target)) onClose();
    };
    const blur = () => onClose();
    document.addEventListener('pointerdown', outside, true);
    document.addEventListener('scroll', outside, true);
    window.addEventListener('blur', blur);
    return () => {
      document.removeEventListener('pointerdown', outside, true);
      document.removeEventListener('scroll', outside, true);
      window.removeEventListener('blur', blur);
    };
  }, [onClose]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
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
        close(true);
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  return (
    <div ref={menu} className="row-menu" role="menu" aria-label={t('list.rowActions')} style={{ left: position.x, top: position.y }} onKeyDown={onKeyDown}>
      {items.map((item) => (
        <button
          key={item.action}
          type="button"
          role="menuitem"
          tabIndex={-1}
          className="row-menu-item"
          onClick={() => {
            close(true);
            item.run().catch((error: unknown) => console.error(`Could not ${item.action}`, error));
          }}
        >
          {item.label}
        </button>
      ))}
    </div>
  );
}
