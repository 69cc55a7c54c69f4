import { resolveSrcset, writeSrcset } from '../media/imageCandidates';
import { resolveUrl } from '../util/url';

/**
 * Drawings and formulas that Atom XHTML content carries inline. Shapes, text and gradients only: no `use`, `image`,
 * `foreignObject`, `animate`/`set` or links inside SVG (each can fetch, run or re-point something), no `annotation-xml`
 * (which may hold HTML) in MathML. Names are lower-case, as DOMPurify compares them.
 */
const svgDrawing = ['svg', 'g', 'path', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'rect', 'text', 'tspan', 'defs', 'lineargradient', 'radialgradient', 'stop'];
const svgAttributes = [
  'viewbox', 'preserveaspectratio', 'd', 'fill', 'fill-rule', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-linecap', 'stroke-linejoin',
  'stroke-opacity', 'stroke-dasharray', 'opacity', 'cx', 'cy', 'r', 'rx', 'ry', 'x', 'y', 'x1', 'y1', 'x2', 'y2', 'dx', 'dy', 'points',
  'transform', 'offset', 'stop-color', 'stop-opacity', 'gradientunits', 'text-anchor', 'font-size', 'font-family', 'font-weight',
];
const mathMarkup = [
  'math', 'mi', 'mn', 'mo', 'ms', 'mtext', 'mrow', 'msup', 'msub', 'msubsup', 'mfrac', 'msqrt', 'mroot', 'mtable', 'mtr', 'mtd',
  'mover', 'munder', 'munderover', 'mspace', 'mstyle', 'mpadded', 'mphantom', 'menclose', 'semantics',
];
const mathAttributes = ['display', 'mathvariant', 'stretchy', 'fence', 'separator', 'accent', 'accentunder', 'linethickness', 'notation', 'columnalign', 'mathsize'];

/**
 * What article HTML may contain, for DOMPurify wherever it runs: over jsdom in the command-line inspector, over
 * Chromium's own DOM in the reading pane, which sanitises each article as it shows it.
 * Images, figures, tables, code, quotes, inline SVG drawings and MathML stay; script, handlers, frames, forms, plugins and
 * meta refresh go.
 */
export const articleHtmlPolicy = {
  ALLOWED_TAGS: [
    'a', 'abbr', 'address', 'article', 'aside', 'audio', 'b', 'bdi', 'bdo', 'blockquote', 'br', 'caption', 'cite', 'code',
    'col', 'colgroup', 'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'footer', 'h1', 'h2',
    'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'mark', 'ol', 'p', 'picture', 'pre', 'q', 'rp',
    'rt', 'ruby', 's', 'samp', 'section', 'small', 'source', 'span', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody',
    'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'u', 'ul', 'var', 'video', 'wbr',
    ...svgDrawing, ...mathMarkup,
  ],
  ALLOWED_ATTR: [
    'href', 'src', 'srcset', 'sizes', 'alt', 'title', 'width', 'height', 'cite', 'datetime', 'lang', 'dir', 'colspan',
    'rowspan', 'scope', 'headers', 'start', 'reversed', 'type', 'controls', 'poster', 'open', 'abbr', 'media', 'loop', 'muted',
    ...svgAttributes, ...mathAttributes,
  ],
  /** http(s), mailto and relative addresses; javascript:, vbscript:, data: on links and the rest are dropped. */
  ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  // The contents of these go too, not just the tags.
  FORBID_CONTENTS: ['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'form', 'select', 'textarea', 'button', 'head', 'title', 'foreignobject', 'annotation-xml'],
};

/** The little of a DOM element the address hook needs, so it runs over any DOM. */
export interface PolicyElement {
  readonly tagName: string;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
}

/**
 * Makes an element's addresses absolute against the article's own address, so they still work once the article is
 * shown inside Tidings, and drops the ones a reader cannot open. (The reading pane sends every link to the system
 * browser itself, so links need no target here.)
 */
export function settleAddresses(element: PolicyElement, baseUrl: string | null): void {
  for (const attribute of ['href', 'src', 'poster', 'cite']) absolutise(element, attribute, baseUrl);
  absolutiseSrcset(element, baseUrl);
}

function absolutise(element: PolicyElement, attribute: string, baseUrl: string | null): void {
  const value = element.getAttribute(attribute);
  if (value === null) return;
  // Inline images (data: on img/src) passed the policy's own check; links with data: did not get this far.
  if (/^\s*data:/i.test(value)) return;
  const url = resolveUrl(value, baseUrl);
  if (url && /^(https?|mailto):/i.test(url)) element.setAttribute(attribute, url);
  else element.removeAttribute(attribute);
}

/** Read as the HTML standard reads it, so that commas inside an address (image CDNs' `w_300,h_200`) stay in it. */
function absolutiseSrcset(element: PolicyElement, baseUrl: string | null): void {
  const value = element.getAttribute('srcset');
  if (value === null) return;
  const candidates = resolveSrcset(value, baseUrl);
  if (candidates.length > 0) element.setAttribute('srcset', writeSrcset(candidates));
  else element.removeAttribute('srcset');
}
