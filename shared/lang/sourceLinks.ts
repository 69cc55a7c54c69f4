// Source lines point at where a story came from: `Source : https://…`, `Nguồn: <a href>VnExpress</a>`,
// `Quelle: dpa`, `来源：新华社`. A line may give a link, an outlet's name, or both.

import type { SourceLink } from '../model/article';
import { splitOutlets } from './credits';
import { decodeEntities, tidyWhitespace } from './htmlText';
import { SOURCE_LABELS } from './wording';

const LABEL = new RegExp(
  `^[\\s*•·\\-–—]*(?:${[...SOURCE_LABELS].sort((a, b) => b.length - a.length).join('|')})\\s*[:：]\\s*`,
  'iu',
);
const ANCHOR = /<a\b[^>]*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))[^>]*>([\s\S]*?)<\/a\s*>/gi;
const PLAIN_URL = /\b(?:https?:\/\/|www\.)[^\s<>"'«»“”‘’()[\]（）]+/gi;
const TRAILING_PUNCTUATION = /[.,;:!?。，、]+$/;
const MAX_SOURCE_LINE = 400;

export interface SourceLine {
  links: SourceLink[];
  /** Outlets named on the line rather than linked. */
  outlets: string[];
}

/** Reads a block as a source line; null when it does not start with a source label. */
export function parseSourceLine(html: string, text: string): SourceLine | null {
  if (text.length > MAX_SOURCE_LINE) return null;
  const label = LABEL.exec(text);
  if (!label) return null;
  const rest = text.slice(label[0].length);
  const links: SourceLink[] = [];
  const outlets: string[] = [];

  let remaining = rest;
  ANCHOR.lastIndex = 0;
  for (let match = ANCHOR.exec(html); match; match = ANCHOR.exec(html)) {
    const url = toWebUrl(decodeEntities(match[1] ?? match[2] ?? match[3] ?? ''));
    if (!url) continue;
    const anchorText = tidyWhitespace(decodeEntities((match[4] ?? '').replace(/<[^>]*>/g, ' '))).replace(/\n/g, ' ');
    const isBareUrl = anchorText === '' || /^(?:https?:\/\/|www\.)/i.test(anchorText);
    links.push({ url, label: isBareUrl ? null : anchorText });
    if (anchorText !== '') remaining = remaining.replace(anchorText, ' ');
    if (!isBareUrl) outlets.push(...splitOutlets(anchorText));
  }
  for (const found of rest.match(PLAIN_URL) ?? []) {
    const url = toWebUrl(found.replace(TRAILING_PUNCTUATION, ''));
    if (url && !links.some((link) => link.url === url)) links.push({ url, label: null });
    remaining = remaining.replace(found, ' ');
  }
  outlets.push(...splitOutlets(remaining.replace(/[-–—|]+/g, ',')));
  if (links.length === 0 && outlets.length === 0) return null;
  return { links, outlets };
}

/** An absolute http(s) address, or null: links to anything else are not shown as sources. */
export function toWebUrl(value: string): string | null {
  const trimmed = value.trim();
  const candidate = /^www\./i.test(trimmed) ? `https://${trimmed}` : trimmed;
  if (!/^https?:\/\//i.test(candidate)) return null;
  try {
    return new URL(candidate).href;
  } catch {
    return null;
  }
}

/** Appends links whose address is not already present. */
export function mergeSourceLinks(...lists: readonly (readonly SourceLink[])[]): SourceLink[] {
  const merged: SourceLink[] = [];
  for (const list of lists) {
    for (const link of list) {
      const existing = merged.find((known) => known.url === link.url);
      if (!existing) merged.push({ ...link });
      else if (existing.label === null && link.label !== null) existing.label = link.label;
    }
  }
  return merged;
}
