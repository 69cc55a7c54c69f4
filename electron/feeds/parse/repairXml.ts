import { decodeHTML } from 'entities';

export interface Repair {
  text: string;
  /** One readable line per kind of damage repaired. */
  fixes: string[];
}

const xmlEntities = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);
const cdataSection = /(<!\[CDATA\[[\s\S]*?\]\]>)/;
// Characters XML 1.0 forbids outright; feeds pasted from word processors carry them.
// eslint-disable-next-line no-control-regex
const forbiddenControls = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Fixes the damage that makes strict XML parsers give up on feeds every other reader shows. */
export function repairXml(input: string): Repair {
  const fixes: string[] = [];
  let text = input;

  const start = text.search(/<(\?xml|rss|feed|rdf:RDF|RDF|!DOCTYPE)/i);
  if (start > 0 && text.slice(0, start).trim() !== '') {
    fixes.push('The feed had stray text before the XML began; it was ignored');
    text = text.slice(start);
  } else if (start > 0) {
    text = text.slice(start);
  }

  if (forbiddenControls.test(text)) {
    fixes.push('The feed contained control characters XML does not allow; they were removed');
    text = text.replace(forbiddenControls, '');
  }

  let htmlEntities = 0;
  let bareAmpersands = 0;
  text = text
    .split(cdataSection)
    .map((part, index) => {
      if (index % 2 === 1) return part;
      return part.replace(/&(?:(#\d+|#x[0-9a-f]+)|([a-z][a-z0-9]*));|&/gi, (match, numeric?: string, name?: string) => {
        if (numeric) return match;
        if (name) {
          if (xmlEntities.has(name)) return match;
          const decoded = decodeHTML(match);
          if (decoded === match) {
            bareAmpersands += 1;
            return `&amp;${name};`;
          }
          htmlEntities += 1;
          return [...decoded].map((char) => `&#${char.codePointAt(0) ?? 0};`).join('');
        }
        bareAmpersands += 1;
        return '&amp;';
      });
    })
    .join('');
  if (htmlEntities > 0) fixes.push('The feed used HTML entities such as &nbsp; that XML does not define; they were converted');
  if (bareAmpersands > 0) fixes.push('The feed had unescaped “&” characters; they were escaped');
  return { text, fixes };
}

/**
 * Closes a document that stops mid-way, after its last complete item, so that what arrived can be read.
 * Null when there is nothing sensible to keep.
 */
export function closeTruncated(text: string): Repair | null {
  const root = /<(rss|feed|[\w]+:RDF|RDF)\b/i.exec(text)?.[1];
  if (!root) return null;
  const lastItem = Math.max(text.lastIndexOf('</item>'), text.lastIndexOf('</entry>'));
  if (lastItem < 0) return null;
  const cut = text.slice(0, lastItem + (text.startsWith('</item>', lastItem) ? 7 : 8));
  if (new RegExp(`</${root}\\s*>`, 'i').test(cut)) return null;
  const closing = root.toLowerCase() === 'rss' ? '</channel></rss>' : `</${root}>`;
  return { text: `${cut}${closing}`, fixes: ['The feed ends abruptly; the articles before the cut were kept'] };
}
