import { describe, expect, it } from 'vitest';
import { findFeedLinks } from '../../../electron/feeds/discover/findFeedLinks';

describe('feed links in a web page', () => {
  it('finds RSS, Atom and JSON feeds advertised with <link rel="alternate">, resolved and without duplicates', () => {
    const html = `<html><head>
      <link rel="alternate" type="application/rss+xml" title="Posts &amp; notes" href="/feed.xml">
      <link type='application/atom+xml' rel='alternate' href='atom.xml'>
      <link rel="alternate" type="application/feed+json" href="https://other.example/feed.json">
      <link rel="alternate" type="application/rss+xml" href="/feed.xml">
      <link rel="stylesheet" type="text/css" href="/s.css">
      <link rel="alternate" hreflang="fr" href="/fr/">
    </head></html>`;
    expect(findFeedLinks(html, 'https://site.example/blog/')).toEqual([
      { url: 'https://site.example/feed.xml', title: 'Posts & notes', type: 'rss' },
      { url: 'https://site.example/blog/atom.xml', title: null, type: 'atom' },
      { url: 'https://other.example/feed.json', title: null, type: 'json' },
    ]);
  });

  it('honours <base href>', () => {
    const html = '<head><base href="https://cdn.example/root/"><link rel="alternate" type="application/rss+xml" href="rss"></head>';
    expect(findFeedLinks(html, 'https://site.example/')[0]?.url).toBe('https://cdn.example/root/rss');
  });
});
