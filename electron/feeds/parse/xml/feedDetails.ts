import type { FeedDetails, Person } from '../../../../shared/model/article';
import { toPlainText } from '../../normalise/plainText';
import { atomHtml } from '../atomText';
import { attributesOf, deepText, listOf, textOf, trimmed } from '../xmlValues';
import { againstXmlBase } from './bases';
import { categoriesOf } from './categories';
import { itunesImage } from './itemImage';
import { distinctPeople } from '../people';
import { peopleOf } from './itemPeople';
import { linksOf } from './links';
import { fieldsOf, firstText, type Fields } from './nodes';

// What the channel or Atom feed says of itself. Addresses stay as written unless an xml:base is in force; dates are as
// sent; the description is HTML as sent (normalisation makes it text); rights and generator are plain text already.

/**
 * Atom text constructs as plain text: `text` as it stands, `html` read as HTML, `xhtml` as the text of its tree.
 * Atom 0.3 gave MIME types (`text/html`, `application/xhtml+xml`).
 */
function atomPlainText(node: unknown): string | null {
  const type = (attributesOf(node).type ?? 'text').trim().toLowerCase();
  const text = trimmed(textOf(node));
  if (!type.includes('html')) return text;
  return text === null ? deepText(node) : toPlainText(text) || null;
}

/** Podcast directories' `itunes:summary` (what `description` is for) before the one-line `itunes:subtitle`. */
function itunesDescription(element: Fields): string | null {
  return firstText(element['itunes:summary'], element['itunes:subtitle']);
}

/** RSS `<image><url>`; RSS 1.0 names the image by its rdf:about (rdf:resource on the channel). */
function rssImage(element: Fields): string | null {
  for (const image of listOf(element.image)) {
    const attributes = attributesOf(image);
    const url = firstText(fieldsOf(image)?.url) ?? trimmed(attributes['rdf:about'] ?? attributes['rdf:resource']);
    if (url !== null) return url;
  }
  return null;
}

/**
 * RSS names its editor (`managingEditor`) and its technical contact (`webMaster`): the editor is the feed's author (as
 * are a channel `author`, `dc:creator` and `itunes:author`), the webmaster only when nobody else is named. A podcast's
 * `itunes:owner` is its contact for the directories: their email goes to an author of the same name, and they are the
 * author only when nobody else is named.
 */
function rssAuthors(element: Fields): Person[] {
  const named = peopleOf(element.managingEditor, element.author, element['dc:creator'], element['itunes:author']);
  const owners = listOf(element['itunes:owner']).flatMap((owner) => {
    const fields = fieldsOf(owner);
    const person = { name: firstText(fields?.['itunes:name']), email: firstText(fields?.['itunes:email']), url: null };
    return person.name === null && person.email === null ? [] : [person];
  });
  // An owner of the same name merges into that author; owners of other names come after the authors, and are cut.
  const withOwners = named.length === 0 ? distinctPeople(owners) : distinctPeople([...named, ...owners]).slice(0, named.length);
  return withOwners.length > 0 ? withOwners : peopleOf(element.webMaster);
}

/** Atom's `<generator uri version>Name</generator>` (Atom 0.3 wrote `url`): `Name 4.3 (https://…)`. */
function atomGenerator(node: unknown): string | null {
  const attributes = attributesOf(node);
  const name = trimmed(textOf(node));
  const version = trimmed(attributes.version);
  const uri = trimmed(attributes.uri ?? attributes.url);
  if (name === null) return uri;
  const named = version === null ? name : `${name} ${version}`;
  return uri === null || uri === name ? named : `${named} (${uri})`;
}

function rssDetails(channel: Fields, xmlBase: string | null): FeedDetails {
  const links = linksOf(listOf(channel['atom:link']));
  return {
    description: firstText(channel.description, channel['dc:description']) ?? itunesDescription(channel),
    iconUrl: null,
    // RSS 2.0 caps <image> at 144 pixels wide; podcast art is at least 1400 pixels square.
    imageUrl: againstXmlBase(itunesImage(channel) ?? rssImage(channel), xmlBase),
    authors: rssAuthors(channel),
    categories: categoriesOf(channel),
    updated: firstText(channel.lastBuildDate, channel['dc:date'], channel['atom:updated'], channel['dcterms:modified']),
    published: firstText(channel.pubDate, channel['dcterms:issued'], channel['dcterms:created']),
    rights: firstText(channel.copyright, channel['dc:rights'], channel['dcterms:rights']),
    generator: firstText(channel.generator),
    selfUrl: againstXmlBase(links.self, xmlBase),
  };
}

function atomDetails(feed: Fields, authors: Person[], xmlBase: string | null): FeedDetails {
  const links = linksOf(listOf(feed.link));
  const subtitle = listOf(feed.subtitle)[0] ?? listOf(feed.tagline)[0];
  return {
    description: atomHtml(subtitle) ?? itunesDescription(feed),
    iconUrl: againstXmlBase(firstText(feed.icon), xmlBase),
    imageUrl: againstXmlBase(firstText(feed.logo) ?? itunesImage(feed), xmlBase),
    authors,
    categories: categoriesOf(feed),
    updated: firstText(feed.updated, feed.modified, feed['dc:date'], feed['dcterms:modified']),
    published: firstText(feed.published, feed.issued, feed.created, feed['dcterms:issued'], feed['dcterms:created']),
    rights: atomPlainText(listOf(feed.rights)[0] ?? listOf(feed.copyright)[0]) ?? firstText(feed['dc:rights'], feed['dcterms:rights']),
    generator: atomGenerator(listOf(feed.generator)[0]),
    selfUrl: againstXmlBase(links.self, xmlBase),
  };
}

/** The feed's own details from its channel (RSS, RDF) or its `<feed>` element (Atom), the items left out. */
export function feedDetails(element: Fields, format: 'rss' | 'rdf' | 'atom', atomAuthors: Person[], xmlBase: string | null): FeedDetails {
  return format === 'atom' ? atomDetails(element, atomAuthors, xmlBase) : rssDetails(element, xmlBase);
}
