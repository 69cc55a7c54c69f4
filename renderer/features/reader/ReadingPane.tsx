import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, type CSSProperties, type MouseEvent } from 'react';
import { feedName } from '../../db/feeds';
import { db } from '../../db/instance';
import { useTranslation } from '../../i18n';
import { useUi } from '../../state/store';
import { longDateOf } from '../articles/formatDate';
import { LanguageTag } from '../language/LanguageTag';
import { FeedIcon } from '../sources/FeedIcon';
import { OtherVersions } from '../stories/OtherVersions';
import { articleDirection, type ArticleDirection } from './articleDirection';
import { openExternal } from './openExternal';
import { provenanceOf } from './provenance';
import { ProvenanceBox } from './ProvenanceBox';
import { ArticleExtras, People } from './ArticleExtras';
import { ReaderToolbar } from './ReaderToolbar';
import { FullTextBar } from './FullTextBar';
import { useShownText } from './shownText';
import { readerScrollerClass } from './readerScroll';
import { useReadingFontSize } from './readingFont';
import { bodyOf } from '../../db/bodies';
import { sanitizeArticleHtml, type SafeHtml } from '../../security/sanitizeArticleHtml';

/** The article's text. Takes only sanitised HTML; the CSP forbids inline script besides. */
function ArticleContent({
  html,
  language,
  direction,
  onClick,
}: {
  html: SafeHtml;
  language: string | null;
  direction: ArticleDirection;
  onClick: (event: MouseEvent<HTMLDivElement>) => void;
}) {
  return (
    <div
      className="reader-content"
      lang={language ?? undefined}
      dir={direction === 'ltr' ? undefined : direction}
      onClick={onClick}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}

/** Right pane: the selected article, its provenance, and its text. */
export function ReadingPane() {
  const key = useUi((state) => state.articleKey);
  // One query for both, so that the header and the text always belong to the same article, even mid-switch.
  const opened = useLiveQuery(async () => {
    if (!key) return undefined;
    const [row, stored] = await Promise.all([db.articles.get(key), db.bodies.get(key)]);
    // Read with the article, not after it: the text's picture addresses say whether its feed keeps them.
    const keepImages = row ? (await db.feeds.get(row.feedId))?.cacheImages !== 0 : true;
    return { key, row, body: stored && bodyOf(stored), keepImages };
  }, [key]);
  // The article being left stays until the next one is read (a few milliseconds), rather than blinking out between them.
  const current = key ? opened : undefined;
  const article = current?.row;
  const body = current?.body;
  const feed = useLiveQuery(() => (article ? db.feeds.get(article.feedId) : undefined), [article?.feedId]);
  // Stored as the feed sent it: this is where it is sanitised, once per opening (~0.5 ms).
  const baseUrl = body?.baseUrl ?? article?.url ?? null;
  // The whole article read from its page when one is stored, unless the reader chose the feed's text.
  const shown = useShownText(key, body, baseUrl);
  const keepImages = current?.keepImages ?? true;
  const html = useMemo(() => sanitizeArticleHtml(shown.html, shown.baseUrl, { keep: keepImages }), [shown.html, shown.baseUrl, keepImages]);

  const provenance = article && body ? provenanceOf(article, body, feed ? feedName(feed) : null) : null;
  const fontSize = useReadingFontSize();
  const { t } = useTranslation();

  if (!key || !article) {
    return (
      <main className="pane reader empty" aria-label={t('reader.pane')}>
        <p className="empty-hint">{t('reader.selectHint')}</p>
      </main>
    );
  }

  // Every link in the article leaves for the system browser; nothing navigates this window.
  const onContentClick = (event: MouseEvent<HTMLDivElement>) => {
    const link = (event.target as Element).closest('a');
    if (!link) return;
    event.preventDefault();
    void openExternal(link.href);
  };

  const direction = articleDirection(article.language);
  const sized = { '--reading-font-size': `${fontSize}px` } as CSSProperties;
  return (
    <main className="pane reader reading" aria-label={t('reader.pane')} style={sized}>
      <ReaderToolbar article={article} />
      {/* Keyed by article, so each one opens at its top. */}
      <div className={readerScrollerClass} key={article.key}>
        <article>
          <header className="reader-header">
            <div className="reader-meta">
              {feed && <FeedIcon feed={feed} size={16} />}
              <span className="reader-feed" title={feed?.details.description ?? undefined}>
                {feed && feedName(feed)}
              </span>
              <LanguageTag
                language={article.language}
                from={article.translationFrom}
                confidence={article.language === article.detectedLanguage ? article.languageConfidence : null}
              />
            </div>
            <h1 className="reader-title" lang={article.language ?? undefined} dir={direction === 'ltr' ? undefined : direction}>
              {article.title}
            </h1>
            {provenance && <ProvenanceBox provenance={provenance} />}
            <div className="reader-byline" dir={direction === 'rtl' ? 'rtl' : undefined}>
              {!provenance && (body && body.authors.length > 0 ? <People people={body.authors} /> : article.author && <span>{article.author}</span>)}
              <time dateTime={new Date(article.sortTime).toISOString()}>{longDateOf(article.sortTime)}</time>
            </div>
            <OtherVersions article={article} />
          </header>
          {body ? (
            <>
              <FullTextBar article={article} shown={shown} />
              <ArticleContent
                html={html}
                language={shown.language ?? article.language}
                direction={shown.language ? articleDirection(shown.language) : direction}
                onClick={onContentClick}
              />
              <ArticleExtras body={body} />
            </>
          ) : (
            <p className="empty-hint">{t('common.loading')}</p>
          )}
        </article>
      </div>
    </main>
  );
}
