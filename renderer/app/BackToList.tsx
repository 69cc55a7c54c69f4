import { ArrowLeft } from 'lucide-react';
import { useTranslation } from '../i18n';
import { useUi } from '../state/store';
import { focusArticleList } from './paneFocus';

/** On a narrow window the article takes the list's place; this (or Escape) gives it back. */
export function BackToList() {
  const backToList = useUi((state) => state.backToList);
  const { t } = useTranslation();
  return (
    <nav className="back-bar" aria-label={t('layout.back')}>
      <button
        type="button"
        className="back-to-list"
        onClick={() => {
          backToList();
          requestAnimationFrame(() => focusArticleList(document));
        }}
      >
        <ArrowLeft size={16} aria-hidden="true" />
        {t('layout.backToList')}
      </button>
    </nav>
  );
}
