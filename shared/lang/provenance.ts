// Takes the provenance lines out of an article body: trailing page furniture is dropped, and the
// credit and source lines are returned as data so the reader can show them in their own box.

import type { SourceLink } from '../model/article';
import { describeBlock, splitBlocks, structuralRemainder, trimEmptyTail, type Block } from './blocks';
import { mergeCredits, parseCreditLine } from './credits';
import { isJunkLine } from './junk';
import { mergeSourceLinks, parseSourceLine } from './sourceLinks';

export interface Provenance {
  /** The body without the lines listed below. */
  contentHtml: string;
  sourceLinks: SourceLink[];
  /** Outlets named as sources, in the order the article names them. */
  credits: string[];
  /** A person named on the credit line (`Minh Duc (Selon Reuters…)`). */
  byline: string | null;
}

/** How many lines at the end are looked at: provenance sits in the last few, never mid-article. */
const MAX_TAIL_LINES = 8;

type Reading =
  | { kind: 'junk' }
  | { kind: 'source'; links: SourceLink[]; outlets: string[] }
  | { kind: 'credit'; outlets: string[]; byline: string | null };

function read(block: Block): Reading | null {
  if (isJunkLine(block.text)) return { kind: 'junk' };
  const source = parseSourceLine(block.html, block.text);
  if (source) return { kind: 'source', ...source };
  const credit = parseCreditLine(block.text);
  if (credit) return { kind: 'credit', ...credit };
  return null;
}

export function extractProvenance(html: string): Provenance {
  const blocks = splitBlocks(html);
  const removed = new Set<number>();
  const readings = new Map<number, Reading>();

  let looked = 0;
  for (let i = blocks.length - 1; i >= 0 && looked < MAX_TAIL_LINES; i--) {
    const block = describeBlock(blocks[i] ?? '');
    if (block.text === '' && !block.hasMedia) continue;
    looked++;
    const reading = block.hasMedia ? null : read(block);
    if (!reading) break;
    removed.add(i);
    readings.set(i, reading);
  }

  // A source line may also open the article (`Nguồn: VnExpress` above the text).
  for (let i = 0; i < blocks.length && !removed.has(i); i++) {
    const block = describeBlock(blocks[i] ?? '');
    if (block.text === '' && !block.hasMedia) continue;
    const source = block.hasMedia ? null : parseSourceLine(block.html, block.text);
    if (source) {
      removed.add(i);
      readings.set(i, { kind: 'source', ...source });
    }
    break;
  }

  if (removed.size === 0) return { contentHtml: html, sourceLinks: [], credits: [], byline: null };

  const links: SourceLink[][] = [];
  const outlets: string[][] = [];
  let byline: string | null = null;
  for (const [, reading] of [...readings].sort(([a], [b]) => a - b)) {
    if (reading.kind === 'source') {
      links.push(reading.links);
      outlets.push(reading.outlets);
    } else if (reading.kind === 'credit') {
      outlets.push(reading.outlets);
      byline ??= reading.byline;
    }
  }

  const kept = blocks.map((html, index) => (removed.has(index) ? structuralRemainder(html) : html));
  return {
    contentHtml: trimEmptyTail(kept.join('')),
    sourceLinks: mergeSourceLinks(...links),
    credits: mergeCredits(...outlets),
    byline,
  };
}
