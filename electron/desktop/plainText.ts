/** Longest title a notification or tooltip shows before it is cut short. */
const longestTitle = 120;

/**
 * A feed's or an article's title made fit for a notification, as text: control characters and direction overrides
 * (which could make a title read as something else) are dropped, runs of white space become one space, and it is cut
 * to a readable length. Markup is left as the characters it is made of; nothing here or in the notification reads it.
 */
export function plainTitle(title: string, fallback: string): string {
  const cleaned = title
    .replace(/[\p{Cc}\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (cleaned === '') return fallback;
  const characters = [...cleaned];
  return characters.length > longestTitle ? `${characters.slice(0, longestTitle - 1).join('')}…` : cleaned;
}
