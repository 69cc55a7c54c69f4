// The live story-key function: should its algorithm ever change, stored keys go stale for articles not fetched again,
// so that change must come with a new schema version whose upgrade recomputes them (this one stays as released).
import { storyKey } from '../../../shared/lang/storyKey';
import type { LanguageAlternate, SourceLink, Translation } from '../../../shared/model/article';
import type { SchemaVersion } from './schemaVersion';

/** The parts of a version-1 body that tie an article to other versions of its story. */
interface StoredEvidence {
  key: string;
  alternates?: LanguageAlternate[];
  translation?: Translation | null;
  sourceLinks?: SourceLink[];
}

interface VersionOneRow {
  key: string;
  url: string | null;
  language: string | null;
  storyKey?: string | null;
  detectedLanguage?: string | null;
  languageConfidence?: number | null;
}

/**
 * Language and provenance: stories across languages (`storyKey`), language views (`[language+sortTime]`,
 * `[language+read]`; articles of unknown language are simply not in them), per-feed language overrides and
 * the reader's preferences (`settings`).
 */
export const v2: SchemaVersion = {
  version: 2,
  stores: {
    articles: 'key, sortTime, [feedId+sortTime], [read+sortTime], [feedId+read], storyKey, [language+sortTime], [language+read]',
    settings: 'key',
  },
  upgrade: async (transaction) => {
    const articles = transaction.table('articles');
    const urls = new Map<string, string | null>();
    await articles.toCollection().each((row: VersionOneRow) => {
      urls.set(row.key, row.url);
    });
    // Bodies are walked one at a time and only their story key is kept, so the upgrade never holds every body at once.
    const storyKeys = new Map<string, string | null>();
    await transaction
      .table('bodies')
      .toCollection()
      .each((body: StoredEvidence) => {
        if (!urls.has(body.key)) return;
        storyKeys.set(
          body.key,
          storyKey({
            url: urls.get(body.key) ?? null,
            translation: body.translation ?? null,
            sourceLinks: body.sourceLinks ?? [],
            alternates: body.alternates ?? [],
          }),
        );
      });
    await articles.toCollection().modify((row: VersionOneRow) => {
      row.storyKey = storyKeys.has(row.key) ? (storyKeys.get(row.key) ?? null) : storyKey({ url: row.url, translation: null, sourceLinks: [], alternates: [] });
      row.detectedLanguage = row.language;
      row.languageConfidence = null; // not measured before version 2
    });
    await transaction
      .table('feeds')
      .toCollection()
      .modify((feed: { languageOverride?: string | null }) => {
        feed.languageOverride = null;
      });
  },
};
