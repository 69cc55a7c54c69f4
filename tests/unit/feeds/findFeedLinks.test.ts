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

  it('resolves a relative <base href> against the page first', () => {
    const html = '<head><base href="/blog/"><link rel="alternate" type="application/atom+xml" href="atom.xml"></head>';
    expect(findFeedLinks(html, 'https://site.example/blog/2024/post.html')[0]?.url).toBe('https://site.example/blog/atom.xml');
  });

  it('takes rel with other tokens and in any case, and types with parameters', () => {
    const html = `<head>
      <link rel="alternate home" type="application/rss+xml" href="/a.xml">
      <link rel="Alternate" type="Application/Atom+XML; charset=utf-8" href="/b.xml">
      <link rel="alternate nofollow" type="application/rss+xml" href="/c.xml">
    </head>`;
    expect(findFeedLinks(html, 'https://site.example/').map((feed) => feed.url)).toEqual([
      'https://site.example/a.xml',
      'https://site.example/b.xml',
      'https://site.example/c.xml',
    ]);
  });

  it('takes a JSON Feed 1.0 advertised as application/json, but not WordPress’s REST API or oEmbed', () => {
    const html = `<head>
      <link rel="alternate" type="application/rss+xml" title="Site » Feed" href="https://wp.example/feed/">
      <link rel="alternate" title="JSON" type="application/json" href="https://wp.example/wp-json/wp/v2/posts/42">
      <link rel="alternate" type="application/json" href="https://wp.example/?rest_route=/wp/v2/posts/42">
      <link rel="alternate" type="application/json+oembed" href="https://wp.example/wp-json/oembed/1.0/embed?url=x">
      <link rel="alternate" type="application/json" title="JSON Feed" href="/feed.json">
    </head>`;
    expect(findFeedLinks(html, 'https://wp.example/2024/post/')).toEqual([
      { url: 'https://wp.example/feed/', title: 'Site » Feed', type: 'rss' },
      { url: 'https://wp.example/feed.json', title: 'JSON Feed', type: 'json' },
    ]);
  });
});
