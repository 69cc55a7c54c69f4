import { describe, expect, it } from 'vitest';
import { closeTruncated, repairXml, splitItems, usesHtmlEntities, wrapRawHtml } from '../../../electron/feeds/parse/repairXml';

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

  it('escapes a bare “<” that starts no tag', () => {
    const repaired = repairXml('<t>a < b, c <= d</t><u><![CDATA[x < y]]></u>');
    expect(repaired.text).toBe('<t>a &lt; b, c &lt;= d</t><u><![CDATA[x < y]]></u>');
    expect(repaired.fixes).toEqual(['The feed had unescaped “<” characters; they were escaped']);
  });

  it('wraps raw HTML in CDATA, but not Atom XHTML nor content already in CDATA', () => {
    expect(wrapRawHtml('<item><description>a<br>b</description></item>')?.text).toBe('<item><description><![CDATA[a<br>b]]></description></item>');
    expect(wrapRawHtml('<content type="html"><p>x]]>y</p></content>')?.text).toBe('<content type="html"><![CDATA[<p>x]]]]><![CDATA[>y</p>]]></content>');
    expect(wrapRawHtml('<content type="xhtml"><div>x</div></content>')).toBeNull();
    expect(wrapRawHtml('<description><![CDATA[<p>x</p>]]></description><title>plain</title>')).toBeNull();
  });

  it('tells HTML entities outside CDATA from XML’s own and from those inside CDATA', () => {
    expect(usesHtmlEntities('<t>caf&eacute;</t>')).toBe(true);
    expect(usesHtmlEntities('<t>&lt;p&gt; &amp;nbsp; &#233;</t><u><![CDATA[&nbsp;]]></u>')).toBe(false);
  });

  it('cuts a document into its items and the shell around them', () => {
    expect(splitItems('<rss><channel><title>t</title><item>a</item>\n<item x="1">b</item></channel></rss>')).toEqual({
      head: '<rss><channel><title>t</title>',
      items: ['<item>a</item>', '<item x="1">b</item>'],
      tail: '</channel></rss>',
    });
    expect(splitItems('<rdf:RDF><channel><items><rdf:Seq/></items></channel><item>a</item></rdf:RDF>')).toMatchObject({
      head: '<rdf:RDF><channel><items><rdf:Seq/></items></channel>',
      tail: '</rdf:RDF>',
    });
    expect(splitItems('<feed><entry>a</entry></feed>')?.items).toEqual(['<entry>a</entry>']);
    expect(splitItems('<rss><channel><title>no items</title></channel></rss>')).toBeNull();
  });
});
