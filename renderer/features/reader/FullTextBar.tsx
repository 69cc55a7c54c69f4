import { useState } from 'react';
import { mainMessageText } from '../../i18n/mainMessageText';
import type { FullTextFailure } from '../../../shared/model/fullText';
import { displayHost } from '../../../shared/util/url';
import { db } from '../../db/instance';
import type { ArticleRecord } from '../../db/records';
import { useTranslation } from '../../i18n';
import { bridge } from '../../ipc/bridge';
import { loadFullText, type LoadOutcome } from './loadFullText';
import type { ShownText } from './shownText';
import './fullText.css';

type LoadState = { key: string; outcome: LoadOutcome | null };

const failureKeys = {
  unreachable: 'fullText.failed.unreachable',
  timeout: 'fullText.failed.timeout',
  http: 'fullText.failed.http',
  'not-a-page': 'fullText.failed.notAPage',
  unreadable: 'fullText.failed.unreadable',
  'no-article': 'fullText.failed.noArticle',
  busy: 'fullText.failed.busy',
} as const satisfies Record<FullTextFailure, string>;

/**
 * Above the article's text: with a full text stored, a switch between it and the feed's own text; without one, a
 * button that reads the whole article from its page now, telling how that went.
 */
export function FullTextBar({ article, shown }: { article: ArticleRecord; shown: ShownText }) {
  const { t } = useTranslation();
  const [load, setLoad] = useState<LoadState | null>(null);
  const current = load?.key === article.key ? load : null;

  if (shown.view !== null) {
    const host = shown.view === 'full' && shown.baseUrl ? displayHost(shown.baseUrl) : null;
    return (
      <div className="full-text-bar" role="group" aria-label={t('fullText.group')}>
        <div className="full-text-switch">
          <button type="button" aria-pressed={shown.view === 'feed'} title={t('fullText.feedTextTitle')} onClick={() => shown.show('feed')}>
            {t('fullText.feedText')}
          </button>
          <button type="button" aria-pressed={shown.view === 'full'} title={t('fullText.fullTextTitle')} onClick={() => shown.show('full')}>
            {t('fullText.fullText')}
          </button>
        </div>
        {host && <span className="full-text-message">{t('fullText.from', { host })}</span>}
      </div>
    );
  }

  const url = article.url;
  if (!url) return null;
  const loading = current !== null && current.outcome === null;
  const outcome = current?.outcome ?? null;
  const start = () => {
    const key = article.key;
    setLoad({ key, outcome: null });
    void loadFullText(db, bridge, key, url).then((result) => setLoad((state) => (state?.key === key ? { key, outcome: result } : state)));
  };
  return (
    <div className="full-text-bar" role="group" aria-label={t('fullText.group')}>
      <button type="button" className="full-text-load" disabled={loading} aria-busy={loading} title={t('fullText.loadTitle')} onClick={start}>
        {loading ? t('fullText.loading') : t('fullText.load')}
      </button>
      <span className={`full-text-message${outcome?.kind === 'failed' ? ' failed' : ''}`} role="status" title={outcome?.kind === 'failed' ? mainMessageText(outcome.told, outcome.detail) : undefined}>
        {outcome === null ? '' : outcome.kind === 'failed' ? t(failureKeys[outcome.reason], { status: outcome.status ?? '' }) : outcome.kind === 'no-more' ? t('fullText.noMore') : ''}
      </span>
    </div>
  );
}
