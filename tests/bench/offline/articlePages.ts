// Article pages shaped like the web's: a head full of metadata, inline data and styles, navigation, ads, the
// article, related links, comments and a footer, in three sizes. Built here rather than stored, so that the
// benchmark carries no third party's pages.

export interface ArticlePageShape {
  name: string;
  paragraphs: number;
  /** Items in the page's inline JSON (a framework's state, as news sites embed). */
  inlineData: number;
  comments: number;
  navigationLinks: number;
}

export const pageShapes: readonly ArticlePageShape[] = [
  { name: 'blog post', paragraphs: 8, inlineData: 40, comments: 6, navigationLinks: 30 },
  { name: 'news article', paragraphs: 18, inlineData: 1_200, comments: 60, navigationLinks: 150 },
  { name: 'heavy news page', paragraphs: 30, inlineData: 5_000, comments: 250, navigationLinks: 400 },
];

const sentence = 'The council met on Tuesday to hear residents, traders and the harbour master, and the minutes record each objection and answer. ';

export function articlePage(shape: ArticlePageShape, seed = 0): string {
  const links = (count: number, path: string) => Array.from({ length: count }, (_, index) => `<li><a href="/${path}/${index}">Section ${index}</a></li>`).join('');
  const data = JSON.stringify(Array.from({ length: shape.inlineData }, (_, index) => ({ id: index + seed, title: `Story ${index}`, tags: ['local', 'harbour'], url: `/story/${index}` })));
  const body = Array.from({ length: shape.paragraphs }, (_, index) => {
    const figure = index % 6 === 5 ? `<figure><img src="/img/${seed}-${index}.jpg" srcset="/img/${seed}-${index}-640.jpg 640w, /img/${seed}-${index}-1280.jpg 1280w" alt=""><figcaption>Picture ${index}</figcaption></figure>` : '';
    return `<p>${sentence.repeat(2 + (index % 3))}<a href="/related/${index}">More on this</a>.</p>${figure}`;
  }).join('\n');
  const comments = Array.from({ length: shape.comments }, (_, index) => `<li class="comment"><div class="meta"><a href="/u/${index}">reader${index}</a> <time>2 h ago</time></div><p>Comment ${index}: I was there and it went on for hours.</p><button>Reply</button></li>`).join('');
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Story ${seed}</title>
<meta property="og:site_name" content="Harbour Gazette"><meta property="og:locale" content="en_GB">
<link rel="canonical" href="https://gazette.example/story/${seed}">
<script>window.__STATE__=${data}</script>
<style>${'.card{margin:0;padding:4px}'.repeat(200)}</style></head>
<body><div class="cookie">We use cookies. <button>Accept</button></div>
<header><nav><ul>${links(shape.navigationLinks, 'section')}</ul></nav></header>
<div class="ad">Advertisement</div>
<main><article><h1>Story ${seed}</h1><p class="byline">By a reporter</p>${body}</article>
<aside class="related"><ul>${links(Math.round(shape.navigationLinks / 5), 'story')}</ul></aside>
<section class="comments"><ol>${comments}</ol></section></main>
<footer><ul>${links(shape.navigationLinks, 'footer')}</ul></footer>
<script src="/app.js"></script></body></html>`;
}
