import { decodeHTMLStrict } from 'entities';

// Exports from real readers use HTML's entities (`&nbsp;`, `&eacute;`) as often as XML's five, so values are decoded
// as HTML; only references closed by `;` count, so that a bare `&` in an address (`?a=1&b=2`) stays what it is.
export function decodeEntities(value: string): string {
  return value.includes('&') ? decodeHTMLStrict(value) : value;
}

const loneSurrogates = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Controls, including C1 (what Windows-1252 text read as Latin-1 leaves behind), and the two non-characters XML forbids.
// eslint-disable-next-line no-control-regex
const controls = /[\u0000-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;
// Most names are clean already: one test spares them three replacements.
// eslint-disable-next-line no-control-regex
const needsCleaning = /[^\S ]|^ | $| {2}|[\u0000-\u001F\u007F-\u009F\uD800-\uDFFF\uFFFE\uFFFF]/;
// Not global: it is only tested, and a global pattern's test would start where the last one stopped.
// eslint-disable-next-line no-control-regex
const forbiddenInXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
// eslint-disable-next-line no-control-regex
const allForbiddenInXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/**
 * A title or folder name as Tidings keeps it: one line, single spaces, no controls, no broken surrogate pairs. The
 * reader and the writer both apply it, so a name survives an export and an import unchanged.
 */
export function cleanName(value: string | null | undefined): string {
  if (!value) return '';
  if (!needsCleaning.test(value)) return value;
  return value.replace(loneSurrogates, '\uFFFD').replace(controls, ' ').replace(/\s+/g, ' ').trim();
}

/** Text XML 1.0 can carry at all: the characters it forbids go, a lone surrogate becomes U+FFFD. */
function xmlSafe(value: string): string {
  const paired = surrogates.test(value) ? value.replace(loneSurrogates, '\uFFFD') : value;
  return forbiddenInXml.test(paired) ? paired.replace(allForbiddenInXml, '') : paired;
}

const surrogates = /[\uD800-\uDFFF]/;

/** For a double-quoted attribute; line breaks and tabs as references, which attribute normalisation would otherwise turn into spaces. */
export function escapeAttribute(value: string): string {
  const safe = xmlSafe(value);
  if (!attributeSpecials.test(safe)) return safe;
  return escapeMarkup(safe).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

/** For element content; `>` too, so that no `]]>` can appear. */
export function escapeText(value: string): string {
  const safe = xmlSafe(value);
  return textSpecials.test(safe) ? escapeMarkup(safe) : safe;
}

function escapeMarkup(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const attributeSpecials = /[&<>"\t\n\r]/;
const textSpecials = /[&<>]/;
