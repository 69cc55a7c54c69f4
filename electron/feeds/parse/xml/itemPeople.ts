import type { Person } from '../../../../shared/model/article';
import { distinctPeople, personFromText } from '../people';
import { listOf, textOf, trimmed } from '../xmlValues';
import { fieldsOf, type Fields } from './nodes';

/**
 * An Atom person construct (name, email, uri; Atom 0.3 wrote `url`), or the one string RSS and Dublin Core give
 * (see personFromText).
 */
export function personOf(node: unknown): Person | null {
  const fields = fieldsOf(node);
  if (fields && ('name' in fields || 'email' in fields || 'uri' in fields || 'url' in fields)) {
    const fromName = personFromText(textOf(fields.name));
    return {
      name: fromName?.name ?? null,
      email: trimmed(textOf(fields.email)) ?? fromName?.email ?? null,
      url: trimmed(textOf(fields.uri) ?? textOf(fields.url)),
    };
  }
  return personFromText(textOf(node));
}

/** The people these elements name, each once. */
export function peopleOf(...lists: unknown[]): Person[] {
  const people: Array<Person | null> = [];
  for (const list of lists) {
    if (list === undefined) continue;
    for (const node of listOf(list)) people.push(personOf(node));
  }
  return people.length === 0 ? [] : distinctPeople(people);
}

/** RSS `author` (`me@example.com (Example editor)`) and `dc:creator`; podcast hosts often name one in itunes:author only. */
export function rssAuthors(item: Fields): Person[] {
  const authors = peopleOf(item['dc:creator'], item.author);
  return authors.length > 0 ? authors : peopleOf(item['itunes:author']);
}

/**
 * RFC 4287, 4.2.1: an entry's own authors, else those of the feed it was copied from (its <source>), else the
 * authors of the feed that carries it. A Dublin Core creator stands in for an author element.
 */
export function atomAuthors(item: Fields, feedAuthors: Person[]): Person[] {
  // An author with only an address names nobody: such an entry is credited as one without an author would be.
  const own = peopleOf(item.author, item['dc:creator']).filter(named);
  if (own.length > 0) return own;
  const fromSource = peopleOf(...listOf(item.source).map((source) => fieldsOf(source)?.author)).filter(named);
  return fromSource.length > 0 ? fromSource : feedAuthors;
}

/** Atom `contributor` and `dc:contributor`. */
export function contributorsOf(item: Fields): Person[] {
  return item.contributor === undefined && item['dc:contributor'] === undefined ? [] : peopleOf(item.contributor, item['dc:contributor']);
}

function named(person: Person): boolean {
  return person.name !== null || person.email !== null;
}
