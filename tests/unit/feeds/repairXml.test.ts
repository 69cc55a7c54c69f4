import { describe, expect, it } from 'vitest';
import {
  closeTruncated,
  entityExpansionLimit,
  expandDeclaredEntities,
  repairXml,
  splitItems,
  usesHtmlEntities,
  wrapRawHtml,
  xhtmlAsCdata,
} from '../../../electron/feeds/parse/repairXml';
import { inEnglish } from '../../../shared/model/mainMessage';

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
    expect(repaired.fixes.map((fix) => inEnglish(fix))).toEqual(['The feed had unescaped “<” characters; they were escaped']);
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

describe('Atom XML constructs taken as markup', () => {
  it('puts XHTML, XML media types and Atom 0.3’s mode="xml" in CDATA, markup as written', () => {
    expect(xhtmlAsCdata('<content type="xhtml"><div>Dr <span>Ada</span> L</div></content>')).toBe('<content type="xhtml"><![CDATA[<div>Dr <span>Ada</span> L</div>]]></content>');
    expect(xhtmlAsCdata('<content type="image/svg+xml"><svg><rect/></svg></content>')).toBe('<content type="image/svg+xml"><![CDATA[<svg><rect/></svg>]]></content>');
    expect(xhtmlAsCdata('<content type="application/xhtml+xml" mode="xml"><div>x</div></content>')).toBe(
      '<content type="application/xhtml+xml" mode="xml"><![CDATA[<div>x</div>]]></content>',
    );
  });

  it('leaves text in mode="xml" to the XML reader, its entities with it', () => {
    const text = '<content type="text/plain" mode="xml">a &amp; b</content>';
    expect(xhtmlAsCdata(text)).toBe(text);
  });

  it('unprefixes the markup with the prefixes the feed declares around it', () => {
    const feed = '<feed xmlns:xh="http://www.w3.org/1999/xhtml"><entry><content type="xhtml"><xh:div><xh:p>x</xh:p></xh:div></content></entry></feed>';
    expect(xhtmlAsCdata(feed)).toBe('<feed xmlns:xh="http://www.w3.org/1999/xhtml"><entry><content type="xhtml"><![CDATA[<div><p>x</p></div>]]></content></entry></feed>');
  });
});

describe('entities a DOCTYPE declares', () => {
  const doctype = (subset: string, body: string): string => `<?xml version="1.0"?>\n<!DOCTYPE rss [\n${subset}\n]>\n<rss>${body}</rss>`;

  it('expands literal entities outside CDATA, quotes escaped, and leaves the DOCTYPE as it is', () => {
    const text = doctype('<!ENTITY who "Ana \'A\' Lee"><!ENTITY dash \'&#8212;"\'>', '<t a="&who;">&who; &dash; <![CDATA[&who;]]></t>');
    expect(expandDeclaredEntities(text)).toBe(
      doctype('<!ENTITY who "Ana \'A\' Lee"><!ENTITY dash \'&#8212;"\'>', '<t a="Ana &apos;A&apos; Lee">Ana &apos;A&apos; Lee &#8212;&quot; <![CDATA[&who;]]></t>'),
    );
  });

  it('never expands nested, parameter or external entities, nor redefines XML’s own', () => {
    const subset = '<!ENTITY a "aaaa"><!ENTITY b "&a;&a;"><!ENTITY f SYSTEM "file:///etc/passwd"><!ENTITY % p "x"><!ENTITY lt "no">';
    expect(expandDeclaredEntities(doctype(subset, '<t>&a; &b; &f; &p; &lt;</t>'))).toBe(doctype(subset, '<t>aaaa &b; &f; &p; &lt;</t>'));
  });

  it('stops expanding once the expansions would add more than the limit', () => {
    const value = 'x'.repeat(1000);
    const references = '&big;'.repeat(entityExpansionLimit / 1000 + 5);
    const expanded = expandDeclaredEntities(doctype(`<!ENTITY big "${value}">`, `<t>${references}</t>`));
    // One value in the DOCTYPE, and as many expansions as the limit allows.
    expect(expanded.split(value).length - 2).toBe(entityExpansionLimit / 1000);
    expect(expanded.match(/&big;/g)).toHaveLength(5);
  });

  it('returns a document without an internal subset as the same string', () => {
    const text = '<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd"><rss/>';
    expect(expandDeclaredEntities(text)).toBe(text);
  });
});
