// Language detection and provenance on Tidings' own evaluation set: accuracy per language and
// overall, detection time per article, and the cost of annotating one article, each beside the
// same measurement for the bare detector where that makes sense.

import { eld } from 'eld/extrasmall';
import { annotateArticle } from '../../../shared/lang/annotate';
import { DETECTOR_LANGUAGES, detectLanguage } from '../../../shared/lang/detect';
import { createNgramScorers, type LanguageScore, type NgramScorer } from '../../../shared/lang/ngramScorer';
import { OPENING_CHARS, resolveArticleLanguage } from '../../../shared/lang/resolve';
import { profileScripts } from '../../../shared/lang/scripts';
import type { ParsedArticle } from '../../../shared/model/article';
import { interleavedMediansMs } from '../measure';
import type { BenchRow } from '../table';
import { snippetLanguages, snippets } from './snippets';
import { blankArticle } from '../../fixtures/model/parsedArticle';

const GROUP = 'language';
const BASELINE = 'eld alone';

function accuracy(detect: (text: string) => string | null, texts: readonly { language: string; text: string }[]): number {
  let right = 0;
  for (const { language, text } of texts) if (detect(text) === language) right++;
  return texts.length ? (100 * right) / texts.length : 0;
}

/** Average microseconds per call of `run` over `inputs`, after a warm-up. */
function timePerCall<T>(inputs: readonly T[], run: (input: T) => unknown): number {
  const rounds = Math.max(3, Math.ceil(3000 / inputs.length));
  for (const input of inputs) run(input);
  const start = performance.now();
  for (let round = 0; round < rounds; round++) for (const input of inputs) run(input);
  return ((performance.now() - start) * 1000) / (rounds * inputs.length);
}

const round1 = (value: number): number => Math.round(value * 10) / 10;

/** One article per language: a title and about 1,000 characters of body, as the pipeline passes them. */
function articleTexts(): string[] {
  return snippetLanguages.map((language) => {
    const texts = snippets.filter((snippet) => snippet.language === language).map((snippet) => snippet.text);
    return `${(texts[0] ?? '').slice(0, 70)}\n${texts.slice(1).join(' ').slice(0, 1000)}`;
  });
}

/** Ten article-length texts per language: each snippet in turn as the title, the language's others as the body. */
function rotatedArticles(): { language: string; text: string; opening: string }[] {
  return snippetLanguages.flatMap((language) => {
    const texts = snippets.filter((snippet) => snippet.language === language).map((snippet) => snippet.text);
    return texts.map((title, index) => {
      const body = [...texts.slice(index + 1), ...texts.slice(0, index)].join(' ').slice(0, 400);
      return { language, text: `${title.slice(0, 70)}\n${body}`, opening: body.slice(0, OPENING_CHARS) };
    });
  });
}

/** How the pipeline resolves an article's language (the opening first, the whole sample when in doubt). */
function resolutionRows(): BenchRow[] {
  const articles = rotatedArticles();
  const note = `${articles.length} article-length texts (a title and 400 characters), 10 per language`;
  type Article = (typeof articles)[number];
  const resolved = (declared: (language: string) => string | null) => ({ language, text, opening }: Article) =>
    resolveArticleLanguage({ feedDeclared: declared(language), text, opening }).language;
  const rate = (resolve: (article: Article) => string | null) =>
    round1((100 * articles.filter((article) => resolve(article) === article.language).length) / articles.length);
  // A CMS default left on feeds in every language: English, or French on the English ones.
  const wrongly = (language: string) => (language === 'en' ? 'fr' : 'en');
  const wholeSample = ({ text }: Article) => detectLanguage(text).language;
  return [
    { group: GROUP, name: 'resolved language, feed declares none', value: rate(resolved(() => null)), unit: '%', baseline: { name: 'whole sample detected', value: rate(wholeSample) }, note },
    { group: GROUP, name: 'resolved language, feed declares a wrong one', value: rate(resolved(wrongly)), unit: '%', baseline: { name: 'whole sample detected', value: rate(wholeSample) }, note },
    {
      group: GROUP,
      name: 'resolution time per article, feed declares the right language',
      value: round1(timePerCall(articles, ({ language, text, opening }) => resolveArticleLanguage({ feedDeclared: language, text, opening }))),
      unit: 'µs',
      baseline: { name: 'whole sample detected', value: round1(timePerCall(articles, ({ text }) => detectLanguage(text))) },
      note,
    },
  ];
}

/** What detectLanguage hands the detector (a title and 400 characters), for the articles whose script needs one. */
function detectorInputs(): { text: string; languages: ReadonlySet<string>; scorer: NgramScorer }[] {
  const scorers = createNgramScorers(DETECTOR_LANGUAGES);
  return rotatedArticles().flatMap(({ text }) => {
    const script = profileScripts(text).dominant;
    const languages = script ? DETECTOR_LANGUAGES[script] : undefined;
    const scorer = script ? scorers[script] : undefined;
    return languages && scorer ? [{ text: text.slice(0, 400), languages, scorer }] : [];
  });
}

/** The two best of `languages` as detect.ts read them from eld before it had a scorer of its own. */
function eldTwoBest(text: string, languages: ReadonlySet<string>): LanguageScore[] {
  const ranked: LanguageScore[] = [];
  for (const [language, score] of Object.entries(eld.detect(text).getScores())) {
    if (!languages.has(language)) continue;
    ranked.push({ language, score });
    if (ranked.length === 2) break;
  }
  return ranked;
}

/** Tidings' n-gram scorer against eld's detect + getScores, on the same texts in the same rounds. */
async function scorerRows(): Promise<BenchRow[]> {
  const inputs = detectorInputs();
  const note = `${inputs.length} of the article-length texts, those in a script the detector reads (Latin, Cyrillic, Arabic, Devanagari); median of 40 interleaved rounds`;
  const same = inputs.filter(({ text, languages, scorer }) => {
    const ours = scorer.rank(text);
    const theirs = eldTwoBest(text, languages);
    return ours.length === theirs.length && ours.every((score, index) => score.language === theirs[index]?.language && score.score === theirs[index]?.score);
  }).length;
  const [ours = Number.NaN, theirs = Number.NaN] = await interleavedMediansMs(40, [
    () => inputs.forEach(({ text, scorer }) => scorer.rank(text)),
    () => inputs.forEach(({ text }) => eld.detect(text).getScores()),
  ]);
  const perText = (ms: number) => round1((ms * 1000) / inputs.length);
  const started = performance.now();
  createNgramScorers(DETECTOR_LANGUAGES);
  const layout = performance.now() - started;
  return [
    { group: GROUP, name: 'detector per article: the script’s two best languages and their scores', value: perText(ours), unit: 'µs', baseline: { name: 'eld detect + getScores', value: perText(theirs) }, note },
    { group: GROUP, name: 'detector answers identical to eld’s (two best, scores to the bit)', value: round1((100 * same) / inputs.length), unit: '%', note },
    { group: GROUP, name: 'laying out eld’s table for the four scripts (once per parse worker)', value: round1(layout), unit: 'ms' },
  ];
}

function typicalArticles(): ParsedArticle[] {
  return snippetLanguages.map((language, index) => {
    const texts = snippets.filter((snippet) => snippet.language === language).map((snippet) => snippet.text);
    const paragraphs = texts.slice(1).map((text) => `<p>${text}</p>`).join('\n');
    return blankArticle({
      id: String(index),
      title: (texts[0] ?? '').slice(0, 70),
      url: `https://news.example/${language}/${index}`,
      contentHtml: `${paragraphs}\n<p>Nguyen Van A (theo Reuters, AFP)</p>\n<p>Source: https://www.example.vn/bai-${index}.html</p>\n<p>Comment (0)</p>`,
    });
  });
}

export async function benchLanguage(): Promise<BenchRow[]> {
  const ours = (text: string): string | null => detectLanguage(text).language;
  const bare = (text: string): string | null => eld.detect(text).language || null;
  const rows: BenchRow[] = [];

  rows.push({
    group: GROUP,
    name: `accuracy, ${snippets.length} news snippets in ${snippetLanguages.length} languages`,
    value: round1(accuracy(ours, snippets)),
    unit: '%',
    baseline: { name: BASELINE, value: round1(accuracy(bare, snippets)) },
  });

  const titles = snippets.map(({ language, text }) => ({ language, text: [...text].slice(0, 60).join('') }));
  rows.push({
    group: GROUP,
    name: 'accuracy, same snippets cut to 60 characters (title length)',
    value: round1(accuracy(ours, titles)),
    unit: '%',
    baseline: { name: BASELINE, value: round1(accuracy(bare, titles)) },
    note: 'unknown counts as wrong',
  });

  for (const language of snippetLanguages) {
    const set = snippets.filter((snippet) => snippet.language === language);
    rows.push({
      group: `${GROUP}: accuracy per language`,
      name: language,
      value: round1(accuracy(ours, set)),
      unit: '%',
      baseline: { name: BASELINE, value: round1(accuracy(bare, set)) },
    });
  }

  const texts = articleTexts();
  rows.push({
    group: GROUP,
    name: 'detection time per article (title + 1,000 characters)',
    value: round1(timePerCall(texts, detectLanguage)),
    unit: 'µs',
    baseline: { name: BASELINE, value: round1(timePerCall(texts, (text) => eld.detect(text))) },
  });

  rows.push(...(await scorerRows()));
  rows.push(...resolutionRows());

  const articles = typicalArticles();
  const feed = { language: null, url: 'https://news.example/feed' };
  rows.push({
    group: GROUP,
    name: 'annotateArticle per article (language, provenance, translation)',
    value: round1(timePerCall(articles, (article) => annotateArticle(article, feed))),
    unit: 'µs',
    baseline: { name: 'detection alone', value: round1(timePerCall(texts, detectLanguage)) },
    note: `${articles.length} articles of about 1.5 KB with credit, source and junk lines`,
  });

  return rows;
}
