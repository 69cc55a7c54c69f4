import { describe, expect, it } from 'vitest';
import { excerptOf, toPlainText } from '../../../electron/feeds/normalise/plainText';

/** The excerpt as it would be from converting the whole body: what excerptOf must always give. */
function fromWholeBody(html: string, length = 240): string {
  return excerptOf(toPlainText(html).replace(/[<&]/g, ' '), length);
}

const paragraph = (index: number) =>
  `<p>Paragraphe ${index} : le secrétaire américain à la <b>Défense</b> et son homologue russe se sont entretenus par téléphone, a rapporté <a href="https://example.com/r">Reuters</a> &mdash; un contact rare.</p>`;

describe('the excerpt of an article in the list', () => {
  it('is the same for a long article as if the whole body had been read', () => {
    const long = Array.from({ length: 400 }, (_, index) => paragraph(index)).join('\n');
    expect(excerptOf(long)).toBe(fromWholeBody(long));
    expect(excerptOf(long).length).toBeLessThanOrEqual(241);
    expect(excerptOf(long)).toContain('Défense et son homologue');
  });

  it('never shows script or style text, even when they sit in the opening of a long body', () => {
    const long = `<style>.x{color:red}</style><script>var secret = 1;</script>${Array.from({ length: 400 }, (_, index) => paragraph(index)).join('')}`;
    expect(excerptOf(long)).not.toMatch(/secret|color/);
    expect(excerptOf(long)).toBe(fromWholeBody(long));
  });

  it('reads the whole body when its opening is nearly all markup', () => {
    const markup = `${'<div class="wrapper"><span></span></div>'.repeat(200)}<p>The words come late.</p>`;
    expect(excerptOf(markup)).toBe('The words come late.');
  });

  it('keeps short bodies whole, cut at a word boundary only when too long', () => {
    expect(excerptOf('<p>Short &amp; sweet.</p>')).toBe('Short & sweet.');
    expect(excerptOf(paragraph(1).repeat(3), 60)).toMatch(/…$/);
  });
});
