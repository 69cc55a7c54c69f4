import { useMemo } from 'react';
import { useTranslation } from '../../i18n';
import { languageName } from '../language/languageNames';

/**
 * The few words a list row shows, read once for the whole list: a translation hook in every row was the largest
 * script cost of mounting rows while scrolling. A new object when the interface language changes draws every row again.
 */
export interface RowWords {
  unread: string;
  star: string;
  unstar: string;
  also: string;
  readIn: (language: string) => string;
  readVersionTitle: (language: string, title: string) => string;
}

export function useRowWords(): RowWords {
  const { t, i18n } = useTranslation();
  return useMemo(
    () => ({
      unread: t('common.unread'),
      star: t('common.star'),
      unstar: t('common.unstar'),
      also: t('language.also'),
      readIn: (code: string) => t('language.readIn', { language: languageName(code) }),
      readVersionTitle: (code: string, title: string) => t('language.readVersionTitle', { language: languageName(code), title }),
    }),
    [t, i18n.language],
  );
}
