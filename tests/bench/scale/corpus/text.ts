import { seedOf, ZipfPicker, type Random } from './random';
import { namesOf, unspaced, wordsOf, type CorpusLanguage } from './vocabulary';

const namesPerLanguage = 4_000;
const excerptLength = 200;

const sentenceEnd: Partial<Record<CorpusLanguage, string>> = { ja: '。', zh: '。', th: ' ' };

/** Bytes the text takes in UTF-8: bodies are sized as stored. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    bytes += unit < 0x80 ? 1 : unit < 0x800 ? 2 : unit >= 0xd800 && unit < 0xdc00 ? 2 : 3;
  }
  return bytes;
}

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** News-like text in each language: common words drawn often, names (the long tail) rarely. */
export class TextMaker {
  private readonly words = new Map<CorpusLanguage, ZipfPicker<string>>();
  private readonly names = new Map<CorpusLanguage, ZipfPicker<string>>();

  constructor(private readonly seed: number) {}

  private wordsOf(language: CorpusLanguage): ZipfPicker<string> {
    let picker = this.words.get(language);
    if (!picker) this.words.set(language, (picker = new ZipfPicker(wordsOf(language), 0.8)));
    return picker;
  }

  private namesOf(language: CorpusLanguage): ZipfPicker<string> {
    let picker = this.names.get(language);
    if (!picker) this.names.set(language, (picker = new ZipfPicker(namesOf(language, namesPerLanguage, seedOf(this.seed, language.charCodeAt(0), language.charCodeAt(1))), 1)));
    return picker;
  }

  word(random: Random, language: CorpusLanguage): string {
    return this.wordsOf(language).pick(random);
  }

  name(random: Random, language: CorpusLanguage): string {
    return this.namesOf(language).pick(random);
  }

  private phrase(random: Random, language: CorpusLanguage, words: number, names: number): string {
    const parts: string[] = [];
    for (let index = 0; index < words; index += 1) parts.push(this.word(random, language));
    for (let index = 0; index < names; index += 1) parts.splice(random.int(0, parts.length), 0, this.name(random, language));
    const text = parts.join(unspaced.has(language) && language !== 'th' ? '' : ' ');
    return text.charAt(0).toUpperCase() + text.slice(1);
  }

  title(random: Random, language: CorpusLanguage): string {
    const words = unspaced.has(language) ? random.int(4, 8) : random.int(5, 10);
    return this.phrase(random, language, words, random.int(1, 2));
  }

  /** Paragraphs of sentences up to about `bytes` of HTML, with the odd link and image; and the same as plain text. */
  body(random: Random, language: CorpusLanguage, bytes: number, url: string): { html: string; text: string } {
    const paragraphs: string[] = [];
    const texts: string[] = [];
    let size = 0;
    while (size < bytes) {
      const sentences: string[] = [];
      for (let count = random.int(1, 3); count > 0; count -= 1) sentences.push(this.phrase(random, language, random.int(6, 14), random.int(0, 1)) + (sentenceEnd[language] ?? '.'));
      const text = sentences.join(unspaced.has(language) ? '' : ' ');
      let html = escapeHtml(text);
      if (random.chance(0.15)) html += ` <a href="${url}#more">${escapeHtml(this.name(random, language))}</a>`;
      if (random.chance(0.08)) html = `<img src="${url.replace(/\.html$/, '.jpg')}" alt="">${html}`;
      const paragraph = `<p>${html}</p>`;
      paragraphs.push(paragraph);
      texts.push(text);
      size += utf8Length(paragraph) + 1;
    }
    return { html: paragraphs.join('\n'), text: texts.join(' ') };
  }

  /** The plain-text opening of the body, as the list shows it. */
  excerpt(text: string): string {
    if (text.length <= excerptLength) return text;
    const cut = text.lastIndexOf(' ', excerptLength);
    return `${text.slice(0, cut > excerptLength / 2 ? cut : excerptLength)}…`;
  }
}
