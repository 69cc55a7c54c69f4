import { describe, expect, it } from 'vitest';
import { sanitiseHtml } from '../../../electron/feeds/sanitise/sanitiseHtml';

const base = 'https://news.example/2024/story.html';

describe('sanitising article HTML', () => {
  it('removes scripts, event handlers, iframes, forms, objects, embeds and meta refresh', () => {
    const dirty = [
      '<p onclick="steal()">Text</p><script>alert(1)</script>',
      '<iframe src="https://evil.example"></iframe><form action="/x"><input name="q"><button>Go</button></form>',
      '<object data="x.swf"></object><embed src="y.swf"><meta http-equiv="refresh" content="0;url=https://evil.example">',
      '<img src="a.png" onerror="steal()"><svg onload="steal()"><circle/></svg><style>body{display:none}</style>',
    ].join('');
    const clean = sanitiseHtml(dirty, base);
    expect(clean).toBe('<p>Text</p><img src="https://news.example/2024/a.png"><svg><circle></circle></svg>');
  });

  it('keeps inline SVG drawings and MathML formulas, without what could fetch or run', () => {
    const svg = '<svg viewBox="0 0 10 10"><circle cx="5" cy="5" r="4" fill="red"/><use href="https://evil.example/x.svg#a"/><foreignObject><p>x</p></foreignObject><a href="javascript:alert(1)"><text>t</text></a><animate attributeName="href"/></svg>';
    const clean = sanitiseHtml(svg, base);
    expect(clean).toContain('<circle cx="5" cy="5" r="4" fill="red"></circle>');
    expect(clean).toMatch(/^<svg viewBox="0 0 10 10">/);
    expect(clean).not.toMatch(/use|foreignObject|javascript|animate|evil/i);
    const math = '<math display="block"><msup><mi>x</mi><mn>2</mn></msup><annotation-xml encoding="text/html"><img src=x onerror=alert(1)></annotation-xml></math>';
    expect(sanitiseHtml(math, base)).toBe('<math display="block"><msup><mi>x</mi><mn>2</mn></msup></math>');
  });

  it('drops javascript: and data: link addresses but keeps data: images', () => {
    const clean = sanitiseHtml('<a href="javascript:alert(1)">a</a><a href="JaVaScRiPt:alert(1)">b</a><a href="data:text/html,x">c</a><img src="data:image/png;base64,AAAA">', base);
    expect(clean).toBe('<a>a</a><a>b</a><a>c</a><img src="data:image/png;base64,AAAA">');
  });

  it('keeps images, figures, tables, code and quotes, with absolute addresses', () => {
    const html =
      '<figure><img src="/img/a.jpg" srcset="a-2x.jpg 2x, /b.jpg 3x" alt="A"><figcaption>Caption</figcaption></figure>' +
      '<table><thead><tr><th>h</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>' +
      '<pre><code>let x = 1 &lt; 2;</code></pre><blockquote cite="quote.html"><p>Q</p></blockquote><a href="../other.html">more</a>';
    expect(sanitiseHtml(html, base)).toBe(
      '<figure><img src="https://news.example/img/a.jpg" srcset="https://news.example/2024/a-2x.jpg 2x, https://news.example/b.jpg 3x" alt="A"><figcaption>Caption</figcaption></figure>' +
        '<table><thead><tr><th>h</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>' +
        '<pre><code>let x = 1 &lt; 2;</code></pre><blockquote cite="https://news.example/2024/quote.html"><p>Q</p></blockquote><a href="https://news.example/other.html">more</a>',
    );
  });

  it('drops style attributes and classes that could restyle the reader', () => {
    expect(sanitiseHtml('<p style="position:fixed" class="x" id="y">t</p>', base)).toBe('<p>t</p>');
  });

  it('leaves plain text as it is', () => {
    expect(sanitiseHtml('Fish &amp; chips', base)).toBe('Fish &amp; chips');
  });
});
