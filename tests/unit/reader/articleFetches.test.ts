// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { sanitizeArticleHtml } from '../../../renderer/security/sanitizeArticleHtml';
import { cutPiece } from '../../../renderer/features/reader/htmlPieces';

const base = 'https://harbour.example/2024/lighthouse';

/** Everything an article can carry that fetches by itself once shown, or sends the reader somewhere. */
const fetching = [
  '<img src="https://harbour.example/pixel.gif" width="1" height="1">',
  '<img src="https://stats.wordpress.com/b.gif?post=1" alt="">',
  '<img src="tower.png" srcset="tower.png 1x, tower-large.png 2x" sizes="100vw" alt="The tower">',
  '<picture><source srcset="lamp.webp 800w" type="image/webp"><source srcset="lamp.avif" media="(min-width: 1px)"><img src="lamp.png" alt="The lamp"></picture>',
  '<video controls autoplay poster="poster.png" src="storm.mp4"><source src="storm.webm" type="video/webm"><track src="storm.vtt"></video>',
  '<audio controls autoplay src="foghorn.mp3"><source src="foghorn.ogg"></audio>',
  '<a href="keepers">the keepers’ log</a>',
  '<iframe src="https://harbour.example/embed"></iframe><object data="x.swf"></object><embed src="x.swf"><link rel="prefetch" href="next">',
  '<p style="background: url(https://harbour.example/bg.png)">Styled.</p><svg><image href="https://harbour.example/i.png"></image></svg>',
].join('\n');

/** The article as the reading pane shows it, parsed back for looking at. */
function shown(html: string, keep: boolean): HTMLElement {
  const holder = document.createElement('div');
  holder.innerHTML = sanitizeArticleHtml(html, base, { keep });
  return holder;
}

/** The addresses the page would fetch as soon as the article is shown (pictures, posters, anything preloaded). */
function fetchedAtOnce(page: HTMLElement): string[] {
  const found: string[] = [];
  for (const element of page.querySelectorAll('*')) {
    for (const name of ['src', 'srcset', 'poster', 'data', 'background', 'style', 'href']) {
      const value = element.getAttribute(name);
      if (value === null) continue;
      const tag = element.tagName.toLowerCase();
      // Links are followed only when clicked (and then in the system browser); players fetch only when played.
      if (name === 'href' && tag === 'a') continue;
      if (name === 'src' && ['video', 'audio', 'source'].includes(tag) && element.closest('video, audio')) continue;
      found.push(`${tag} ${name}=${value}`);
    }
  }
  return found;
}

describe('what showing an article fetches', () => {
  for (const keep of [true, false]) {
    it(`asks only the app's own route for pictures, drops beacons, and leaves players silent (pictures ${keep ? 'kept' : 'not kept'})`, () => {
      const page = shown(fetching, keep);
      const remote = fetchedAtOnce(page).filter((entry) => !/=\/media\?/.test(entry));
      expect(remote).toEqual([]);
      expect([...page.querySelectorAll('img')].map((image) => image.getAttribute('alt'))).toEqual(['The tower', 'The lamp']);
      expect(page.querySelectorAll('iframe, object, embed, link, track, [style], image')).toHaveLength(0);
      for (const player of page.querySelectorAll('video, audio')) {
        expect(player.getAttribute('preload')).toBe('none');
        expect(player.hasAttribute('autoplay')).toBe(false);
      }
      expect(page.querySelector('video')?.getAttribute('poster')).toMatch(/^\/media\?/);
    });
  }

  it('tells every picture and link to send no referrer', () => {
    const page = shown(fetching, true);
    const told = [...page.querySelectorAll('img, a')].map((element) => element.getAttribute('referrerpolicy'));
    expect(told).toHaveLength(3);
    expect(new Set(told)).toEqual(new Set(['no-referrer']));
  });

  it('holds for every piece of a long article, each sanitised on its own', () => {
    const long = Array.from({ length: 400 }, () => fetching).join('\n');
    let piece = cutPiece(long, undefined, 16 * 1024);
    let pieces = 0;
    for (;;) {
      pieces += 1;
      const page = shown(piece.html, true);
      expect(fetchedAtOnce(page).filter((entry) => !/=\/media\?/.test(entry))).toEqual([]);
      if (!piece.next) break;
      piece = cutPiece(long, piece.next, 16 * 1024);
    }
    expect(pieces).toBeGreaterThan(10);
  });
});
