import { describe, expect, it } from 'vitest';
import { closeTruncated, repairXml } from '../../../electron/feeds/parse/repairXml';

describe('repairing broken XML', () => {
  it('escapes bare ampersands and unknown entities, converts HTML entities, and leaves CDATA alone', () => {
    const repaired = repairXml('<t>A & B &eacute; &bogus; &amp; &#233; &#xE9; <![CDATA[x & y &nbsp;]]></t>');
    expect(repaired.text).toBe('<t>A &amp; B &#233; &amp;bogus; &amp; &#233; &#xE9; <![CDATA[x & y &nbsp;]]></t>');
    expect(repaired.fixes).toHaveLength(2);
  });

  it('removes control characters XML forbids', () => {
    expect(repairXml('<t>a\u0000b\u001Fc</t>').text).toBe('<t>abc</t>');
  });

  it('closes an RSS, Atom or RDF document after its last complete item', () => {
    expect(closeTruncated('<rss><channel><item>a</item><item>b')?.text).toBe('<rss><channel><item>a</item></channel></rss>');
    expect(closeTruncated('<feed><entry>a</entry><entry>')?.text).toBe('<feed><entry>a</entry></feed>');
    expect(closeTruncated('<rdf:RDF><item>a</item><it')?.text).toBe('<rdf:RDF><item>a</item></rdf:RDF>');
    expect(closeTruncated('<rss><channel><title>x')).toBeNull();
  });
});
