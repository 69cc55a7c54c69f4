import { describe, expect, it } from 'vitest';
import { htmlToLine, htmlToText, tidyWhitespace } from '../../../shared/lang/htmlText';

describe('the text of article HTML', () => {
  it('gives one line per block and keeps inline markup’s words together', () => {
    expect(htmlToText('<h2>Titre</h2><p>Le <b>secr</b>étaire &amp; son <a href="/x">homologue</a>.</p><p>Fin</p>')).toBe(
      'Titre\nLe secrétaire & son homologue.\nFin',
    );
    expect(htmlToLine('<p>Un</p><p>Deux<br>Trois</p>')).toBe('Un Deux Trois');
  });

  it('never reads script, style or comments, even when a script is left open', () => {
    expect(htmlToLine('<p>Visible</p><script>var secret = "<p>";</script><style>p{}</style><!-- hidden --><p>Again</p>')).toBe('Visible Again');
    expect(htmlToLine('<p>Before</p><SCRIPT type="x">secret()</Script ><p>After</p>')).toBe('Before After');
    expect(htmlToLine('<p>Kept</p><script>never closed secret')).toBe('Kept');
  });

  it('keeps a bare < and an unknown & as text, and decodes the rest', () => {
    expect(htmlToLine('a < b &amp; AT&T &eacute;t&eacute; &#8212; &#x1F600; &copy 2025 &nosuch;')).toBe('a < b & AT&T été — 😀 © 2025 &nosuch;');
  });

  it('collapses every kind of space, non-breaking ones included', () => {
    expect(htmlToText('  <p>  a\u00a0\u00a0b&nbsp;&nbsp;c \t d  </p>\n\n\n<p>e</p>  ')).toBe('a b c d\ne');
  });

  it('drops CDATA markers and a tag cut off at the end', () => {
    expect(htmlToLine('<![CDATA[Titre]]> suite <a href="/cut')).toBe('Titre suite');
  });

  it('stops once it has as much text as asked, wherever that falls in the markup', () => {
    const long = '<p>mot </p>'.repeat(10_000);
    expect(htmlToText(long, 20)).toBe('mot\nmot\nmot\nmot\nmot');
    expect(htmlToLine(long, 7)).toBe('mot mot');
  });
});

describe('tidyWhitespace', () => {
  it('collapses runs within lines and drops empty lines', () => {
    expect(tidyWhitespace(' a  b\u2003c \n \n d\r\ne ')).toBe('a b c\nd\ne');
  });
});
