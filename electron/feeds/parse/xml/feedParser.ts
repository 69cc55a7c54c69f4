import Parser from 'rss-parser';
import { liftBodies, restoreBodies } from '../liftBodies';
import { attributesOf, listOf } from '../xmlValues';
import { fieldsOf, type Fields } from './nodes';
import { xhtmlBodiesAsCdata } from './xhtmlBodies';

/** What one parse gives: the format rss-parser recognised, and the elements as xml2js read them. */
export interface ParsedDocument {
  format: 'rss' | 'rdf' | 'atom';
  /** The attributes of the root element (`<rss>`, `<rdf:RDF>`); for Atom, whose root is the feed, nothing. */
  rootAttributes: unknown;
  /** The RSS channel or the Atom `<feed>`, its items left out; for RSS 1.0, with the image written beside it. */
  feedElement: Fields;
  /** The `<item>` or `<entry>` elements, untouched (an empty one is an empty string). */
  items: unknown[];
}

/** rss-parser's per-item builders, and its builders of each format, which receive the whole document. */
interface ParserInternals {
  parseItemRss(item: Fields, fields: unknown): Fields;
  parseItemAtom(entry: Fields): Fields;
  buildRSS0_9(document: Fields): Fields;
  buildRSS1(document: Fields): Fields;
  buildRSS2(document: Fields): Fields;
  buildAtomFeed(document: Fields): Fields;
  decorateItunes(feed: Fields, channel: Fields): void;
}

const formatOfBuilder = { buildRSS0_9: 'rss', buildRSS1: 'rdf', buildRSS2: 'rss', buildAtomFeed: 'atom' } as const;

/** The channel or feed element without its items (RSS 1.0 keeps them, and its image, beside the channel). */
function feedElementOf(root: Fields, format: ParsedDocument['format']): Fields {
  if (format === 'atom') {
    const { entry: _entries, ...feed } = root;
    return feed;
  }
  const { item: _items, ...channel } = fieldsOf(listOf(root.channel)[0]) ?? {};
  return format === 'rdf' && root.image !== undefined ? { ...channel, image: root.image } : channel;
}

/**
 * rss-parser reads the XML and recognises the format; everything else is read here from the elements as xml2js gives
 * them. Its own item builders copy some thirty fields, strip every body to a text snippet (a regex pass and an entity
 * decoding per item) and convert dates with `new Date(x).toISOString()`, which throws on a bad Atom date and loses the
 * whole feed. Tidings uses none of that, and it cost more than a tenth of the parse. The builder rss-parser picks is the
 * format: sniffing the text for `<feed` misreads an Atom feed whose root comes after a long comment or stylesheet.
 */
function newParser(): Parser<Fields, Fields> {
  const parser = new Parser<Fields, Fields>({ defaultRSS: 2 });
  const internals = parser as unknown as ParserInternals;
  internals.parseItemRss = (item: Fields): Fields => item;
  internals.parseItemAtom = (entry: Fields): Fields => entry;
  // It would copy a podcast's iTunes elements into an object per item, which nothing reads.
  internals.decorateItunes = (): void => undefined;
  for (const [name, format] of Object.entries(formatOfBuilder) as Array<[keyof typeof formatOfBuilder, ParsedDocument['format']]>) {
    const build = internals[name].bind(parser);
    internals[name] = (document: Fields): Fields => {
      const root = fieldsOf(Object.values(document)[0]) ?? {};
      // rss-parser reads the channel only, so the attributes of <rss> or <rdf:RDF> (an xml:base there) are taken here.
      const parsed: ParsedDocument = {
        format,
        rootAttributes: format === 'atom' ? undefined : attributesOf(root),
        feedElement: feedElementOf(root, format),
        items: build(document).items as unknown[],
      };
      return parsed as unknown as Fields;
    };
  }
  return parser;
}

export interface XmlReadOptions {
  /** Long bodies are read apart from the parser (see liftBodies); false, for tests, leaves every body to the parser. */
  liftBodies?: boolean;
}

/** One strict parse of a text; throws what the parser throws. */
export type ParseOnce = (text: string) => Promise<ParsedDocument>;

export function parserFor({ liftBodies: lifting = true }: XmlReadOptions): ParseOnce {
  const parse = async (text: string): Promise<ParsedDocument> => (await newParser().parseString(text)) as unknown as ParsedDocument;
  if (!lifting) return (text) => parse(xhtmlBodiesAsCdata(text));
  return async (text) => {
    const lifted = liftBodies(xhtmlBodiesAsCdata(text));
    return restoreBodies(await parse(lifted.text), lifted.bodies);
  };
}
