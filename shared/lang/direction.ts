/**
 * Languages written right to left in their usual script. Azeri, Kurdish (Kurmanji) or Punjabi, written either way,
 * are left out: their usual tag means the Latin or Gurmukhi script, and a script subtag says otherwise (below).
 */
const rightToLeftLanguages = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'ji', 'dv', 'ckb', 'arz', 'ary', 'apc', 'acm', 'prs', 'syr', 'nqo']);

/** Script subtags of right-to-left scripts (`az-Arab`, `pa-Arab`, `ku-Arab`). */
const rightToLeftScripts = new Set(['arab', 'hebr', 'thaa', 'syrc', 'nkoo', 'adlm', 'rohg', 'mand', 'samr']);

/** Which way an article's text runs, from its language tag; unknown language reads left to right. */
export function textDirection(language: string | null): 'rtl' | 'ltr' {
  if (!language) return 'ltr';
  const [primary = '', ...subtags] = language.toLowerCase().split(/[-_]/);
  const script = subtags.find((subtag) => subtag.length === 4);
  if (script !== undefined) return rightToLeftScripts.has(script) ? 'rtl' : 'ltr';
  return rightToLeftLanguages.has(primary) ? 'rtl' : 'ltr';
}
