import { useLiveQuery } from 'dexie-react-hooks';
import type { CSSProperties, MouseEvent } from 'react';
import { feedName } from '../../db/feeds';
import { db } from '../../db/instance';
import { useTranslation } from '../../i18n';
import { useUi } from '../../state/store';
import { longDateOf } from '../articles/formatDate';
import { LanguageTag } from '../language/LanguageTag';
import { FeedIcon } from '../sources/FeedIcon';
import { OtherVersions } from '../stories/OtherVersions';
import { articleDirection } from './articleDirection';
import { ArticleText } from './ArticleText';
import { openExternal } from './openExternal';
import { provenanceOf } from './provenance';
import { ProvenanceBox } from './ProvenanceBox';
import { ArticleExtras, People } from './ArticleExtras';
import { ReaderToolbar } from './ReaderToolbar';
import { FullTextBar } from './FullTextBar';
import { useShownText } from './shownText';
import { useOpenedArticle } from './openedArticle';
import { readerScrollerClass } from './readerScroll';
import { useReadingFontSize } from './readingFont';

/** Right pane: the selected article, its provenance, and its text. */
export function ReadingPane() {
  const key = useUi((state) => state.articleKey);
  const current = useOpenedArticle(key);
  const article = current?.row;
  const body = current?.body;
  const feed = useLiveQuery(() => (article ? db.feeds.get(article.feedId) : undefined), [article?.feedId]);
  const baseUrl = body?.baseUrl ?? article?.url ?? null;
  // The whole article read from its page when one is stored, unless the reader chose the feed's text.
  const shown = useShownText(key, body, baseUrl);
  const keepImages = current?.keepImages ?? true;

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
              {/* Stored as the feed sent it: sanitised as it is shown, a bounded piece at a time. */}
              <ArticleText
                html={shown.html}
                baseUrl={shown.baseUrl}
                images={{ keep: keepImages }}
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
