// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { localImageAddress } from '../../../renderer/security/localImages';
import { sanitizeArticleHtml } from '../../../renderer/security/sanitizeArticleHtml';
import { readMediaRequest } from '../../../shared/media/mediaRoute';

const base = 'https://news.example/2024/story';

/** The article as the reading pane would put it in the page, parsed back for looking at. */
function shown(html: string, keep = true): HTMLElement {
  const holder = document.createElement('div');
  holder.innerHTML = sanitizeArticleHtml(html, base, { keep });
  return holder;
}

/** What an address of the route asks for. */
function asked(address: string | null): { candidates: string[]; keep: boolean } | null {
  if (!address?.startsWith('/media?')) return null;
  return readMediaRequest(new URL(address, 'http://127.0.0.1').searchParams);
}

describe('pictures in the reading pane', () => {
  it('asks the app’s own route for every picture, never the publisher', () => {
    const page = shown('<p><img src="/a.png" alt="A"></p><figure><img src="b.jpg" srcset="b-2x.jpg 2x"></figure>');
    const images = [...page.querySelectorAll('img')];
    expect(images.map((image) => asked(image.getAttribute('src')))).toEqual([
      { candidates: ['https://news.example/a.png'], keep: true },
      { candidates: ['https://news.example/2024/b-2x.jpg', 'https://news.example/2024/b.jpg'], keep: true },
    ]);
    expect(page.querySelectorAll('[srcset], [sizes]')).toHaveLength(0);
    expect(images[0]?.getAttribute('alt')).toBe('A');
  });

  it('folds a <picture> into its <img>, largest candidate first, sources of types Chromium cannot show left out', () => {
    const page = shown(
      '<picture><source srcset="/odd.jxl 2000w" type="image/jxl"><source srcset="/w800.webp 800w, /w1600.webp 1600w" type="image/webp"><img src="/fallback.jpg" alt=""></picture>',
    );
    expect(asked(page.querySelector('img')?.getAttribute('src') ?? null)?.candidates).toEqual([
      'https://news.example/w1600.webp',
      'https://news.example/w800.webp',
      'https://news.example/fallback.jpg',
    ]);
    expect(page.querySelectorAll('source[srcset]')).toHaveLength(0);
  });

  it('drops beacons: pictures declared 1×1, and pictures on trackers’ hosts', () => {
    const page = shown(
      '<p>Text<img src="/counter.gif" width="1" height="1"><img src="https://www.google-analytics.com/collect?v=1"><img src="https://feeds.feedburner.com/~r/news/~4/abc"></p>',
    );
    expect(page.querySelectorAll('img')).toHaveLength(0);
    expect(page.textContent).toBe('Text');
  });

  it('sends video posters the same way and leaves the video itself to play from its publisher', () => {
    const video = shown('<video src="/clip.mp4" poster="/still.jpg" controls></video>').querySelector('video');
    expect(asked(video?.getAttribute('poster') ?? null)?.candidates).toEqual(['https://news.example/still.jpg']);
    expect(video?.getAttribute('src')).toBe('https://news.example/clip.mp4');
    expect(video?.getAttribute('preload')).toBe('none');
  });

  it('says when the feed’s pictures are not to be kept', () => {
    expect(asked(shown('<img src="/a.png">', false).querySelector('img')?.getAttribute('src') ?? null)?.keep).toBe(false);
  });

  it('leaves inline pictures as they are: they ask no one', () => {
    const inline = 'data:image/png;base64,iVBORw0KGgo=';
    expect(shown(`<img src="${inline}" alt="dot">`).querySelector('img')?.getAttribute('src')).toBe(inline);
  });

  it('gives list thumbnails and previews the route too', () => {
    expect(asked(localImageAddress('https://news.example/thumb.jpg', { keep: false }))).toEqual({ candidates: ['https://news.example/thumb.jpg'], keep: false });
    expect(localImageAddress('https://pixel.wp.com/g.gif', { keep: true })).toBeNull();
    expect(localImageAddress(null, { keep: true })).toBeNull();
  });
});
