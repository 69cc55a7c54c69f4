import { useState } from 'react';
import type { ParsedArticle } from '../../../shared/model/article';
import { formatDate, useTranslation } from '../../i18n';
import { localImageAddress } from '../../security/localImages';
import { languageLabel } from '../language/languageNames';
import type { FeedPreview as Preview } from './addFeedFlow';
import './addFeed.css';

const shownArticles = 5;
const articleDate: Intl.DateTimeFormatOptions = { dateStyle: 'medium' };

/** What a feed is before the reader follows it: its name, icon, language, description and latest articles. */
export function FeedPreview({ preview }: { preview: Preview }) {
  const { feed } = preview.outcome;
  const latest = latestArticles(feed.articles);
  const { t } = useTranslation();
  return (
    <section className="feed-preview" aria-label={t('addFeed.preview')}>
      <header className="feed-preview-head">
        <FeedIcon url={feed.details.iconUrl ?? feed.details.imageUrl} title={feed.title} />
        <h3 className="feed-preview-title">{feed.title || preview.url}</h3>
      </header>
      <p className="feed-preview-address" title={preview.url}>
        {preview.url}
      </p>
      {preview.note && <p className="form-note">{preview.note}</p>}
      {feed.language && (
        <p className="feed-preview-language">
          {t('addFeed.language', { language: languageLabel(feed.language) })} <span className="lang-tag">{feed.language.toUpperCase()}</span>
        </p>
      )}
      {feed.details.description && <p className="feed-preview-description">{feed.details.description}</p>}
      {latest.length === 0 ? (
        <p className="form-note">{t('addFeed.noArticles')}</p>
      ) : (
        <ol className="feed-preview-articles" aria-label={t('addFeed.latest')}>
          {latest.map((article) => (
            <li key={article.id}>
              <span className="feed-preview-article-title">{article.title || t('addFeed.untitled')}</span>
              <ArticleDate article={article} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/**
 * The feed's own icon, fetched by main through the app's route like any picture, not kept (the feed is not followed
 * yet; once it is, its icon is stored with it); the title's first letter when there is none or it does not load.
 */
function FeedIcon({ url, title }: { url: string | null; title: string }) {
  const [failed, setFailed] = useState(false);
  const local = localImageAddress(url, { keep: false });
  if (local && !failed) {
    return <img className="feed-preview-icon" src={local} alt="" width={24} height={24} onError={() => setFailed(true)} />;
  }
  return (
    <span className="feed-preview-icon feed-preview-badge" aria-hidden="true">
      {Array.from(title.trim())[0]?.toLocaleUpperCase() ?? '?'}
    </span>
  );
}

function ArticleDate({ article }: { article: ParsedArticle }) {
  const date = article.published ?? article.updated;
  return date && Number.isFinite(dateOf(article)) ? <time dateTime={date}>{formatDate(new Date(date), articleDate)}</time> : null;
}

function dateOf(article: ParsedArticle): number {
  const date = article.published ?? article.updated;
  const time = date ? Date.parse(date) : Number.NaN;
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}

/** Newest first; articles without a date keep the feed's order, after the dated ones. */
function latestArticles(articles: readonly ParsedArticle[]): ParsedArticle[] {
  return [...articles].sort((a, b) => dateOf(b) - dateOf(a) || 0).slice(0, shownArticles);
}
