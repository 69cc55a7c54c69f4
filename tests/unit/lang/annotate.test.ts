import { describe, expect, it } from 'vitest';
import { annotateArticle, annotateArticleInDetail } from '../../../shared/lang/annotate';
import { frenchArticleText, frenchArticleTitle } from '../../fixtures/loopback/frenchArticle';
import { originalUrl } from '../../fixtures/loopback/storyVersions';
import { blankArticle } from '../../fixtures/model/parsedArticle';

const article = blankArticle;

const asParagraphs = (text: string): string => text.trim().split('\n').map((line) => `<p>${line}</p>`).join('\n');
const asBreaks = (text: string): string => text.trim().split('\n').join('<br>');

describe('the French article the loopback publisher serves', () => {
  it.each([
    ['paragraphs', asParagraphs],
    ['line breaks', asBreaks],
    ['newlines', (text: string) => text],
  ])('is a French translation of a Vietnamese article, as %s', (_shape, shape) => {
    const result = annotateArticle(
      article({ title: frenchArticleTitle, contentHtml: shape(frenchArticleText) }),
      { language: null, url: 'https://fr.example.net/feed' },
    );
    expect(result.language).toBe('fr');
    expect(result.translation).toEqual({ from: 'vi', originalUrl });
    expect(result.credits).toEqual(['Reuters', 'AFP', 'France24', 'NY Times']);
    expect(result.sourceLinks).toEqual([{ url: originalUrl, label: null }]);
    expect(result.author).toBe('Minh Duc');
    expect(result.contentHtml).not.toMatch(/Comment \(0\)|Source :|Minh Duc|nguoiduatin/);
    expect(result.contentHtml).toContain('une relation toujours au point mort.');
    expect(result.contentHtml).toContain('Photo : France24');
  });
});

// Same shape as the French article, written for these tests: a Spanish translation of a Polish
// report, with its translator, agencies, source and page furniture.
const fixture = `
La policía polaca ha detenido a dos hombres sospechosos de provocar el incendio del mercado cubierto de Varsovia, según informaron las autoridades el martes.
El fuego, que se declaró de madrugada, destruyó más de un centenar de puestos y obligó a cortar el tráfico en varias calles del centro durante horas.
«No hubo heridos, pero las pérdidas son enormes», declaró a la prensa la portavoz municipal, que anunció ayudas para los comerciantes afectados.
Según PAP, los investigadores revisan ahora las grabaciones de las cámaras de seguridad de los alrededores.
Ana Ruiz (Según PAP, Reuters)
Fuente: https://wiadomosci.example.pl/kraj/pozar-hali-targowej-12345
Comentarios (2)
Compartir`;

describe('a translated article of the same shape', () => {
  it.each([
    ['paragraphs', asParagraphs],
    ['line breaks', asBreaks],
    ['newlines', (text: string) => text],
  ])('is recognised as %s', (_shape, shape) => {
    const { article: result, language } = annotateArticleInDetail(
      article({ title: 'Detenidos dos hombres por el incendio del mercado de Varsovia', contentHtml: shape(fixture), url: 'https://noticias.example.es/a/1' }),
      { language: 'en-US', url: 'https://noticias.example.es/feed' },
    );
    expect(language).toMatchObject({ language: 'es', source: 'detected' });
    expect(result.language).toBe('es');
    expect(result.translation).toEqual({ from: 'pl', originalUrl: 'https://wiadomosci.example.pl/kraj/pozar-hali-targowej-12345' });
    expect(result.credits).toEqual(['PAP', 'Reuters']);
    expect(result.author).toBe('Ana Ruiz');
    expect(result.contentHtml).not.toMatch(/Comentarios|Compartir|Fuente:|Ana Ruiz/);
    expect(result.contentHtml).toContain('Según PAP, los investigadores');
  });
});

describe('annotateArticle', () => {
  const text = '<p>Le conseil régional a voté le budget des lycées, en hausse de quatre pour cent, après un long débat sur les transports scolaires.</p>';

  it('keeps what the feed pipeline already knew', () => {
    const result = annotateArticle(
      article({ contentHtml: text, author: 'Claire Martin', credits: ['AFP'], sourceLinks: [{ url: 'https://example.org/x-1', label: 'Ex' }] }),
      { language: 'fr', url: 'https://example.fr/feed' },
    );
    expect(result.author).toBe('Claire Martin');
    expect(result.credits).toEqual(['AFP']);
    expect(result.sourceLinks).toEqual([{ url: 'https://example.org/x-1', label: 'Ex' }]);
    expect(result.translation).toBeNull();
    expect(result.contentHtml).toBe(text);
  });

  it('reads sources the feed declares in its structure', () => {
    const result = annotateArticle(article({ contentHtml: text, url: 'https://example.fr/a-1' }), {
      language: 'fr',
      url: 'https://example.fr/feed',
      declaredSources: [
        { kind: 'canonical', value: 'https://example.fr/a-1' },
        { kind: 'dc:source', value: 'AFP' },
        { kind: 'external_url', value: 'https://www.faz.net/aktuell/politik/artikel-100.html' },
      ],
    });
    expect(result.credits).toEqual(['AFP']);
    expect(result.sourceLinks).toEqual([{ url: 'https://www.faz.net/aktuell/politik/artikel-100.html', label: null }]);
  });

  it('takes an item declaration over the feed one when the text is too short to judge', () => {
    const result = annotateArticle(article({ title: 'Vidéo', contentHtml: '<p><img src="https://example.fr/v.jpg"></p>', language: 'fr-CA' }), {
      language: 'en',
      url: 'https://example.ca/feed',
    });
    expect(result.language).toBe('fr');
  });
});
