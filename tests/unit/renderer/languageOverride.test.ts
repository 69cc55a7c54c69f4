import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { setFeedLanguageOverride } from '../../../renderer/db/languageOverride';
import { storePollResult } from '../../../renderer/db/ingest';
import { languageCounts, listArticles } from '../../../renderer/db/queries';
import { useFreshDatabase } from '../foundation/support/database';
import { parsedArticle, pollResult, updated } from '../foundation/support/fixtures';
import { feedWith, hour, t0 } from './support';

const database = useFreshDatabase();

describe('a feed’s language override', () => {
  it('gives the feed’s articles the chosen language, and removing it restores what was detected', async () => {
    const db = database();
    // A Catalan feed that declares itself Spanish, with one article really in Spanish.
    const feed = await feedWith(db, 'https://ca.example/rss', [parsedArticle('a', { language: 'es' }), parsedArticle('b', { language: 'en' })]);
    const other = await feedWith(db, 'https://es.example/rss', [parsedArticle('c', { language: 'es' })]);

    await setFeedLanguageOverride(db, feed.id, 'ca');
    expect((await db.feeds.get(feed.id))?.languageOverride).toBe('ca');
    const overridden = await listArticles(db, { kind: 'feed', feedId: feed.id });
    expect(overridden.map((row) => [row.articleId, row.language, row.detectedLanguage]).sort()).toEqual([
      ['a', 'ca', 'es'],
      ['b', 'ca', 'en'],
    ]);
    expect((await listArticles(db, { kind: 'language', language: 'ca' })).map((row) => row.articleId).sort()).toEqual(['a', 'b']);
    expect((await listArticles(db, { kind: 'feed', feedId: other.id }))[0]?.language).toBe('es'); // other feeds keep theirs

    await setFeedLanguageOverride(db, feed.id, null);
    expect((await db.feeds.get(feed.id))?.languageOverride).toBeNull();
    const restored = await listArticles(db, { kind: 'feed', feedId: feed.id });
    expect(restored.map((row) => [row.articleId, row.language]).sort()).toEqual([
      ['a', 'es'],
      ['b', 'en'],
    ]);
    expect((await languageCounts(db)).map(({ language }) => language).sort()).toEqual(['en', 'es']);
  });

  it('applies to articles that arrive later, which still remember their detected language', async () => {
    const db = database();
    const feed = await feedWith(db, 'https://ca.example/rss', [parsedArticle('a', { language: 'es' })]);
    await setFeedLanguageOverride(db, feed.id, 'ca');
    await storePollResult(db, pollResult(feed.id, feed.url, updated([parsedArticle('a', { language: 'es' }), parsedArticle('new', { language: 'es' })]), t0 + 50 * hour));
    const rows = await listArticles(db, { kind: 'feed', feedId: feed.id });
    expect(rows.map((row) => [row.articleId, row.language, row.detectedLanguage]).sort()).toEqual([
      ['a', 'ca', 'es'],
      ['new', 'ca', 'es'],
    ]);
    await setFeedLanguageOverride(db, feed.id, null);
    expect((await listArticles(db, { kind: 'feed', feedId: feed.id })).map((row) => row.language)).toEqual(['es', 'es']);
  });
});
