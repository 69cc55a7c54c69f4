import { expect } from 'vitest';

/** Fails unless the text is well-formed XML, as a strict parser (the page's DOMParser, here jsdom's) judges it. */
export function expectWellFormed(text: string): Document {
  const document = new DOMParser().parseFromString(text, 'application/xml');
  const error = document.getElementsByTagName('parsererror')[0];
  if (error) expect.fail(`not well-formed: ${error.textContent ?? ''}\n${text}`);
  return document;
}
