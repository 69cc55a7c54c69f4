import type { FeedDetails } from '../../../shared/model/article';
import { resolveWebUrl } from '../../../shared/util/url';
import { plainPeople } from './people';
import { plainCategories } from './categories';
import { normaliseDate } from './parseDate';
import { plainTextOrNull } from './plainText';

/**
 * What the feed says of itself as the model keeps it: text in plain text, addresses absolute and http(s) only, dates
 * ISO 8601 UTC. `base` is what the feed's relative addresses mean (its xml:base, else its own address).
 */
export function normaliseFeedDetails(details: FeedDetails, base: string | null, fetchedAt: number): FeedDetails {
  return {
    description: plainTextOrNull(details.description),
    iconUrl: resolveWebUrl(details.iconUrl, base),
    imageUrl: resolveWebUrl(details.imageUrl, base),
    authors: plainPeople(details.authors, base),
    categories: plainCategories(details.categories),
    updated: normaliseDate(details.updated, fetchedAt),
    published: normaliseDate(details.published, fetchedAt),
    rights: plainTextOrNull(details.rights),
    generator: plainTextOrNull(details.generator),
    selfUrl: resolveWebUrl(details.selfUrl, base),
  };
}
