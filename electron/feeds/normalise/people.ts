import { personLabel, type Person } from '../../../shared/model/article';
import { resolveWebUrl } from '../../../shared/util/url';
import { distinctPeople } from '../parse/people';
import { plainTextOrNull } from './plainText';

/**
 * People as the model keeps them: names in plain text (feeds send `Jos&eacute;` and `<b>Ana</b>`), pages made absolute
 * and kept only when a reader can open them (http(s)); someone left with neither name, email nor page is dropped.
 */
export function plainPeople(people: readonly Person[], base: string | null): Person[] {
  if (people.length === 0) return [];
  return distinctPeople(
    people.map((person) => ({ name: plainTextOrNull(person.name), email: person.email?.trim() || null, url: resolveWebUrl(person.url, base) })),
  );
}

/** The byline the article list shows: the names, else the emails, joined. */
export function displayNames(people: readonly Person[]): string | null {
  const names = people.map(personLabel).filter((name): name is string => Boolean(name));
  return names.length > 0 ? names.join(', ') : null;
}
