import { isRecord, mainPlaceholders, shellWordsInEnglish, updateWordsInEnglish, type DesktopWords, type PluralWords, type UpdateWord } from '../../shared/model/desktop';

/** What main says until the window sends its words. */
export const englishDesktopWords: DesktopWords = {
  language: 'en',
  newArticles: { one: '{count} new article', other: '{count} new articles' },
  inFeeds: { one: '{articles} in {count} feed', other: '{articles} in {count} feeds' },
  unread: { other: '{count} unread' },
  ...shellWordsInEnglish,
  updates: Object.fromEntries(Object.entries(updateWordsInEnglish).map(([word, form]) => [word, mainPlaceholders(form)])) as Record<UpdateWord, string>,
};

/** A phrase with its `{name}` placeholders filled. */
export function fillPhrase(form: string, values: Record<string, string>): string {
  return form.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

const pluralCategories: readonly Intl.LDMLPluralRule[] = ['zero', 'one', 'two', 'few', 'many', 'other'];
const longestWord = 400;

/** The phrase for this number in the words' language: its plural form, `{count}` written as that language writes numbers. */
export function countPhrase(words: PluralWords, count: number, language: string, fill: Record<string, string> = {}): string {
  const form = words[pluralRules(language).select(count)] ?? words.other;
  return fillPhrase(form, { ...fill, count: new Intl.NumberFormat(language).format(count) });
}

function pluralRules(language: string): Intl.PluralRules {
  try {
    return new Intl.PluralRules(language);
  } catch {
    return new Intl.PluralRules('en');
  }
}

/** The words as sent, or null unless every one is a short non-empty string: plain data from the window. */
export function readDesktopWords(value: unknown): DesktopWords | null {
  if (!isRecord(value)) return null;
  const { language, checkingPaused, pauseChecking, resumeChecking, closeQuestion, closeDetail, keepRunning, quit } = value;
  const newArticles = readPluralWords(value.newArticles);
  const inFeeds = readPluralWords(value.inFeeds);
  const unread = readPluralWords(value.unread);
  const updates = readUpdateWords(value.updates);
  if (!newArticles || !inFeeds || !unread || !updates) return null;
  if (![language, checkingPaused, pauseChecking, resumeChecking, closeQuestion, closeDetail, keepRunning, quit].every(isWord)) return null;
  return {
    language: language as string,
    newArticles,
    inFeeds,
    unread,
    checkingPaused: checkingPaused as string,
    pauseChecking: pauseChecking as string,
    resumeChecking: resumeChecking as string,
    closeQuestion: closeQuestion as string,
    closeDetail: closeDetail as string,
    keepRunning: keepRunning as string,
    quit: quit as string,
    updates,
  };
}

function readUpdateWords(value: unknown): Record<UpdateWord, string> | null {
  if (!isRecord(value)) return null;
  const words = Object.keys(updateWordsInEnglish) as UpdateWord[];
  return words.every((word) => isWord(value[word])) ? (Object.fromEntries(words.map((word) => [word, value[word]])) as Record<UpdateWord, string>) : null;
}

function readPluralWords(value: unknown): PluralWords | null {
  if (!isRecord(value) || !isWord(value.other)) return null;
  const forms: Partial<Record<Intl.LDMLPluralRule, string>> = {};
  for (const category of pluralCategories) {
    const form = value[category];
    if (form === undefined) continue;
    if (!isWord(form)) return null;
    forms[category] = form;
  }
  return { ...forms, other: value.other };
}

function isWord(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '' && value.length <= longestWord;
}
