import { textDirection } from '../../../shared/lang/direction';

/** How an article's text runs: by its language, or left to the browser (from the first strong letter) when unknown. */
export type ArticleDirection = 'ltr' | 'rtl' | 'auto';

export function articleDirection(language: string | null): ArticleDirection {
  return language ? textDirection(language) : 'auto';
}
