import { describe, expect, it } from 'vitest';
import { maxCandidates, parseSrcset, rankedImageSources, resolveSrcset, writeSrcset } from '../../../shared/media/imageCandidates';
import { mediaAddress, mediaPath, readMediaRequest } from '../../../shared/media/mediaRoute';
import { isPixelSized, isTrackerAddress } from '../../../shared/media/trackers';

describe('parseSrcset', () => {
  it('reads widths and densities, a bare address being 1x', () => {
    expect(parseSrcset('a.jpg 300w, b.jpg 2x, c.jpg')).toEqual([
      { url: 'a.jpg', width: 300, density: null },
      { url: 'b.jpg', width: null, density: 2 },
      { url: 'c.jpg', width: null, density: null },
    ]);
  });

  it('keeps commas inside an address, as image CDNs write them', () => {
    expect(parseSrcset('https://cdn.example/w_300,h_200/a.jpg 300w, https://cdn.example/w_600,h_400/a.jpg 600w').map((c) => c.url)).toEqual([
      'https://cdn.example/w_300,h_200/a.jpg',
      'https://cdn.example/w_600,h_400/a.jpg',
    ]);
  });

  it('takes an address ending in commas as ending there, and skips empty candidates', () => {
    expect(parseSrcset(' , a.jpg,, b.jpg 2x ,').map((c) => c.url)).toEqual(['a.jpg', 'b.jpg']);
  });

  it('resolves against a base, drops what is no web address, and writes the set back', () => {
    const resolved = resolveSrcset('/small.png 100w, javascript:alert(1) 200w, large.png 400w', 'https://news.example/2024/post');
    expect(writeSrcset(resolved)).toBe('https://news.example/small.png 100w, https://news.example/2024/large.png 400w');
  });
});

describe('rankedImageSources', () => {
  it('puts the widest first, then the densest, then src', () => {
    const ranked = rankedImageSources({
      src: 'https://a.example/src.jpg',
      srcsets: ['https://a.example/1x.jpg, https://a.example/3x.jpg 3x', 'https://a.example/800.jpg 800w, https://a.example/1600.jpg 1600w'],
    });
    expect(ranked).toEqual(['https://a.example/1600.jpg', 'https://a.example/800.jpg', 'https://a.example/3x.jpg', 'https://a.example/1x.jpg']);
    expect(ranked).toHaveLength(maxCandidates);
  });

  it('names an address once, and leaves out trackers and addresses that are not http(s)', () => {
    expect(
      rankedImageSources({
        src: 'https://a.example/photo.jpg',
        srcsets: ['https://a.example/photo.jpg 2x, https://www.google-analytics.com/collect?v=1 3x, data:image/png;base64,AAAA 4x'],
      }),
    ).toEqual(['https://a.example/photo.jpg']);
    expect(rankedImageSources({ src: 'https://pixel.wp.com/g.gif?blog=1', srcsets: [] })).toEqual([]);
  });
});

describe('trackers and beacons', () => {
  it.each([
    ['https://www.google-analytics.com/collect', true],
    ['https://stats.g.doubleclick.net/r', true],
    ['https://feeds.feedburner.com/~r/blog/~4/abc', true],
    ['https://pixel.wp.com/g.gif', true],
    ['https://notgoogle-analytics.com/a.png', false],
    ['https://news.example/photo.jpg', false],
    ['not an address', false],
  ])('%s is a tracker: %s', (url, tracker) => {
    expect(isTrackerAddress(url)).toBe(tracker);
  });

  it('takes a declared side of at most one pixel for a beacon', () => {
    expect(isPixelSized('1', '1')).toBe(true);
    expect(isPixelSized('1px', null)).toBe(true);
    expect(isPixelSized(null, '0')).toBe(true);
    expect(isPixelSized('2', '1')).toBe(true);
    expect(isPixelSized('640', '480')).toBe(false);
    expect(isPixelSized('100%', null)).toBe(false);
    expect(isPixelSized(null, null)).toBe(false);
  });
});

describe('the media route', () => {
  it('carries the candidates in order, and whether to keep them', () => {
    const address = mediaAddress(['https://a.example/big.jpg?x=1&y=2', 'https://a.example/small.jpg'], { keep: false });
    expect(address.startsWith(`${mediaPath}?`)).toBe(true);
    expect(readMediaRequest(new URL(address, 'http://127.0.0.1').searchParams)).toEqual({
      candidates: ['https://a.example/big.jpg?x=1&y=2', 'https://a.example/small.jpg'],
      keep: false,
    });
    expect(readMediaRequest(new URL(mediaAddress(['https://a.example/a.png'], { keep: true }), 'http://127.0.0.1').searchParams)?.keep).toBe(true);
  });

  it('refuses what names no web picture', () => {
    expect(readMediaRequest(new URLSearchParams('u=file:///etc/passwd'))).toBeNull();
    expect(readMediaRequest(new URLSearchParams('u=javascript:alert(1)'))).toBeNull();
    expect(readMediaRequest(new URLSearchParams(''))).toBeNull();
    expect(readMediaRequest(new URLSearchParams(`u=https://a.example/${'x'.repeat(5000)}`))).toBeNull();
  });
});
