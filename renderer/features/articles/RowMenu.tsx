import { ContextMenu, type MenuItem, type MenuPlace } from '../../app/ContextMenu';
import { articleRowSelector } from '../../commands/focusContext';
import { db } from '../../db/instance';
import { setRead, setStarred } from '../../db/marks';
import type { ArticleRecord } from '../../db/records';
import { useTranslation } from '../../i18n';
import { markOlderReadWithUndo } from './undoMarks';

/** A row's menu: read or unread, star, and marking read everything older. Closing it hands the keyboard back to the row. */
export function RowMenu({ article, place, onClose }: { article: ArticleRecord; place: MenuPlace; onClose: () => void }) {
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
    if (refocus) document.querySelector<HTMLElement>(`${articleRowSelector}[data-key="${CSS.escape(article.key)}"]`)?.focus();
  };
  return <ContextMenu items={items} place={place} label={t('list.rowActions')} onClose={close} />;
}
