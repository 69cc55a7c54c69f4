import type { Person } from '../../../shared/model/article';
import { trimmed } from './xmlValues';

const emailOnly = /^<?\s*(?:mailto:)?([^\s<>()@]+@[^\s<>()@]+\.[^\s<>()@]+)\s*>?$/i;
const emailThenName = /^<?(?:mailto:)?([^\s<>()@]+@[^\s<>()@]+)>?\s*\((.+)\)$/i;
const nameThenEmail = /^(.+?)\s*[(<]\s*(?:mailto:)?([^\s<>()@]+@[^\s<>()@]+)\s*[)>]$/i;

/**
 * A person from the one string RSS and Dublin Core give: `me@example.com (Example editor)` (RSS's own form),
 * `Example editor (me@example.com)`, `Example editor <me@example.com>`, an address alone, or a name alone.
 */
export function personFromText(value: string | null | undefined): Person | null {
  const text = trimmed(value);
  if (text === null) return null;
  const alone = emailOnly.exec(text);
  if (alone) return { name: null, email: alone[1] ?? null, url: null };
  const first = emailThenName.exec(text);
  if (first) return { name: trimmed(first[2]), email: first[1] ?? null, url: null };
  const second = nameThenEmail.exec(text);
  if (second) return { name: trimmed(second[1]), email: second[2] ?? null, url: null };
  return { name: text, email: null, url: null };
}

function sameText(first: string | null, second: string | null): boolean {
  return first !== null && second !== null && first.toLowerCase() === second.toLowerCase();
}

/** Nothing either says contradicts the other: a missing field contradicts nothing. */
function agree(first: string | null, second: string | null): boolean {
  return first === null || second === null || first.toLowerCase() === second.toLowerCase();
}

/** The same name, email or address, and nothing else that differs. */
function samePerson(first: Person, second: Person): boolean {
  const named = sameText(first.name, second.name) || sameText(first.email, second.email) || sameText(first.url, second.url);
  return named && agree(first.name, second.name) && agree(first.email, second.email) && agree(first.url, second.url);
}

/**
 * People named more than once are kept once, with everything the mentions say between them: `dc:creator` gives a
 * name, `author` the same name with an email; `itunes:author` a name, `itunes:owner` that name with an email.
 */
export function distinctPeople(people: Array<Person | null>): Person[] {
  const kept: Person[] = [];
  for (const person of people) {
    if (!person || (person.name === null && person.email === null && person.url === null)) continue;
    const index = kept.findIndex((other) => samePerson(other, person));
    const known = kept[index];
    if (known === undefined) kept.push(person);
    else kept[index] = { name: known.name ?? person.name, email: known.email ?? person.email, url: known.url ?? person.url };
  }
  return kept;
}
