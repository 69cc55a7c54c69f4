import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { articleKey } from '../../../renderer/db/database';
import { readPreferences, setLanguageHidden, setPreferredLanguages } from '../../../renderer/db/preferences';
import { languageCounts, listArticles, setRead, unreadCounts } from '../../../renderer/db/queries';
import type { FeedRecord } from '../../../renderer/db/records';
import { useFreshDatabase } from '../foundation/support/database';
import { parsedArticle } from '../foundation/support/fixtures';
import { feedWith, hour, t0 } from './support';

const database = useFreshDatabase();
const at = (hours: number) => new Date(t0 + hours * hour).toISOString();
const ids = (rows: Array<{ articleId: string }>) => rows.map((row) => row.articleId);

let mixed: FeedRecord;
let french: FeedRecord;

/*
 * mixed:  en-1 (h1), vi-1 (h2), en-2 (h4), unknown (h5, language not known)
 * french: fr-1 (h3), fr-2 (h6)
 */
beforeEach(async () => {
  const db = database();
  mixed = await feedWith(db, 'https://mixed.example/rss', [
    parsedArticle('en-1', { language: 'en', published: at(1) }),
    parsedArticle('vi-1', { language: 'vi', published: at(2) }),
    parsedArticle('en-2', { language: 'en', published: at(4) }),
    parsedArticle('unknown', { language: null, published: at(5) }),
  ]);
  french = await feedWith(db, 'https://fr.example/rss', [parsedArticle('fr-1', { language: 'fr', published: at(3) }), parsedArticle('fr-2', { language: 'fr', published: at(6) })]);
});

describe('language views', () => {
  it('list one language across feeds, newest first, and nothing of unknown language', async () => {
    expect(ids(await listArticles(database(), { kind: 'language', language: 'en' }))).toEqual(['en-2', 'en-1']);
    expect(ids(await listArticles(database(), { kind: 'language', language: 'fr' }))).toEqual(['fr-2', 'fr-1']);
    expect(await listArticles(database(), { kind: 'language', language: 'de' })).toEqual([]);
    expect(ids(await listArticles(database(), { kind: 'language', language: 'en' }, 1))).toEqual(['en-2']);
  });

  it('count the unread articles of every language present, and follow read marks', async () => {
    const db = database();
    const byLanguage = async () => Object.fromEntries((await languageCounts(db)).map(({ language, unread }) => [language, unread]));
    expect(await byLanguage()).toEqual({ en: 2, fr: 2, vi: 1 });
    await setRead(db, articleKey(mixed.id, 'en-1'), true);
    await setRead(db, articleKey(mixed.id, 'vi-1'), true);
    // A language whose articles are all read still has its view, with nothing unread.
    expect(await byLanguage()).toEqual({ en: 1, fr: 2, vi: 0 });
  });
});

describe('hidden languages', () => {
  it('are none until the reader hides one, and preferences follow what the system says until chosen', async () => {
    const db = database();
    expect((await readPreferences(db)).hiddenLanguages).toEqual([]);
    await setPreferredLanguages(db, ['fr', 'en', 'fr']);
    expect((await readPreferences(db)).preferredLanguages).toEqual(['fr', 'en']);
  });

  it('leave All, Unread and the feed lists, and the counts, but not articles of unknown language', async () => {
    const db = database();
    await setLanguageHidden(db, 'en', true);
    expect(ids(await listArticles(db, { kind: 'all' }))).toEqual(['fr-2', 'unknown', 'fr-1', 'vi-1']);
    expect(ids(await listArticles(db, { kind: 'unread' }))).toEqual(['fr-2', 'unknown', 'fr-1', 'vi-1']);
    expect(ids(await listArticles(db, { kind: 'feed', feedId: mixed.id }))).toEqual(['unknown', 'vi-1']);
    const counts = await unreadCounts(db);
    expect(counts.total).toBe(4);
    expect(counts.byFeed.get(mixed.id)).toBe(2);
    expect(counts.byFeed.get(french.id)).toBe(2);
  });

  it('still fill the list up to its limit with visible articles', async () => {
    const db = database();
    await setLanguageHidden(db, 'fr', true);
    expect(ids(await listArticles(db, { kind: 'all' }, 2))).toEqual(['unknown', 'en-2']);
  });

  it('come back when shown again', async () => {
    const db = database();
    await setLanguageHidden(db, 'en', true);
    await setLanguageHidden(db, 'vi', true);
    await setLanguageHidden(db, 'en', false);
    expect((await readPreferences(db)).hiddenLanguages).toEqual(['vi']);
    expect(ids(await listArticles(db, { kind: 'all' }))).toEqual(['fr-2', 'unknown', 'en-2', 'fr-1', 'en-1']);
    expect((await unreadCounts(db)).total).toBe(5);
  });
});
