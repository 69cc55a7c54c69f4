// Titles come as HTML or as text that merely looks like it; these read them the way a reader would.

/**
 * Plain text as HTML for the title reader, which decodes entities: only `<` is escaped, so that a title saying
 * `The <dialog> element` keeps its words, while an entity a publisher escaped twice (`&amp;amp;`) still reads as `&`.
 */
export function plainTextAsHtml(text: string): string {
  return text.includes('<') ? text.replace(/</g, '&lt;') : text;
}

/** Elements that have no closing tag, and that titles do carry as markup: emoji images, line breaks. */
const voidTitleTags = new Set(['br', 'wbr', 'img']);
const tagOpening = /<(\/?)([A-Za-z][A-Za-z0-9-]*)?/g;

/**
 * A title as HTML from a feed that may mean it as text: RSS and JSON Feed titles say nothing of their type, and Atom
 * `type="html"` titles are often plain text in CDATA. A tag whose counterpart also appears in the title (`<b>New</b>`,
 * `m<sup>2</sup>`), or a line break, is markup; any other is words: `Why <template> matters` must not lose its last two
 * words to a hidden element, nor `Styling the <dialog> element` its subject.
 */
export function lenientTitleHtml(title: string): string {
  if (!title.includes('<')) return title;
  const lower = title.toLowerCase();
  return title.replace(tagOpening, (opening, slash: string, name: string | undefined) => {
    const tag = name?.toLowerCase();
    if (tag === undefined) return `&lt;${opening.slice(1)}`;
    const markup = voidTitleTags.has(tag) || lower.includes(slash ? `<${tag}` : `</${tag}`);
    return markup ? opening : `&lt;${opening.slice(1)}`;
  });
}
