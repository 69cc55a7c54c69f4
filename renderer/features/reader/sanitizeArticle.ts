import DOMPurify from 'dompurify';

// A second line of defence: the pipeline already sanitised the HTML, and the page's CSP forbids inline script.
const purifier = DOMPurify(window);
purifier.addHook('afterSanitizeAttributes', (node) => {
  if (node.tagName === 'A') {
    node.setAttribute('rel', 'noopener noreferrer');
    node.setAttribute('target', '_blank');
  }
  if (node.tagName === 'IMG') node.setAttribute('loading', 'lazy');
});

/** Article HTML as the reading pane may show it: no script, no handlers, no frames, forms or plugins. */
export function sanitizeArticle(html: string): string {
  return purifier.sanitize(html, {
    FORBID_TAGS: ['style', 'script', 'iframe', 'frame', 'object', 'embed', 'form', 'input', 'button', 'textarea', 'select', 'meta', 'link', 'base'],
    FORBID_ATTR: ['style', 'srcdoc', 'formaction'],
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#)/i,
  });
}
