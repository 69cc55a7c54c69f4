import type { ReactNode } from 'react';
import { categoryLabel, personLabel, type Enclosure, type Person } from '../../../shared/model/article';
import type { BodyRecord } from '../../db/records';
import { i18n, useTranslation } from '../../i18n';
import { enclosureFacts, enclosureName, playerKind } from './mediaFacts';
import { openExternal } from './openExternal';

function ExternalLink({ url, children }: { url: string; children: ReactNode }) {
  return (
    <a
      href={url}
      onClick={(event) => {
        event.preventDefault();
        void openExternal(url);
      }}
    >
      {children}
    </a>
  );
}

/** A person's name, linked to their page when the feed gives one; the email shown on hover. */
function PersonName({ person }: { person: Person }) {
  const label = personLabel(person);
  if (!label) return null;
  return person.url ? (
    <ExternalLink url={person.url}>{label}</ExternalLink>
  ) : (
    <span title={person.email && person.name ? person.email : undefined}>{label}</span>
  );
}

export function People({ people }: { people: Person[] }) {
  return (
    <span className="people">
      {people.map((person, index) => (
        <span key={`${person.name ?? ''}|${person.email ?? ''}|${index}`}>
          {index > 0 && ', '}
          <PersonName person={person} />
        </span>
      ))}
    </span>
  );
}

/** Whether this browser can play the declared type; an undeclared one is left to the player to try. */
function canPlay(kind: 'audio' | 'video', type: string | null): boolean {
  if (!type || type.toLowerCase() === 'application/octet-stream') return true;
  return document.createElement(kind).canPlayType(type) !== '';
}

/**
 * Audio and video play in place. Nothing is fetched until the reader presses play (preload="none", and no poster),
 * so opening an episode tells its host nothing and costs no bandwidth.
 */
function EnclosurePlayer({ enclosure }: { enclosure: Enclosure }) {
  const kind = playerKind(enclosure);
  if (!kind || !canPlay(kind, enclosure.type)) return null;
  const label = enclosureName(enclosure.url);
  if (kind === 'audio') return <audio className="enclosure-player" controls preload="none" src={enclosure.url} aria-label={label} />;
  const shape = enclosure.width && enclosure.height ? { aspectRatio: `${enclosure.width} / ${enclosure.height}` } : undefined;
  return <video className="enclosure-player" controls preload="none" playsInline src={enclosure.url} aria-label={label} style={shape} />;
}

/** Below the article: its files (podcast episodes, videos, documents), categories, contributors and comments. */
export function ArticleExtras({ body }: { body: BodyRecord }) {
  const { enclosures, categories, contributors, comments } = body;
  const { t } = useTranslation();
  if (enclosures.length === 0 && categories.length === 0 && contributors.length === 0 && !comments) return null;
  return (
    <footer className="article-extras">
      {enclosures.length > 0 && (
        <section aria-label={t('reader.attachedFiles')}>
          <h2>{t('reader.attached')}</h2>
          <ul className="enclosures">
            {enclosures.map((enclosure) => (
              <li key={enclosure.url}>
                <div className="enclosure-line">
                  <ExternalLink url={enclosure.url}>{enclosureName(enclosure.url)}</ExternalLink>
                  <span className="facts">{enclosureFacts(enclosure)}</span>
                </div>
                <EnclosurePlayer enclosure={enclosure} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {categories.length > 0 && (
        <ul className="categories" aria-label={t('reader.categories')}>
          {categories.map((category) => (
            <li key={`${category.scheme ?? ''}|${category.term}`} title={category.scheme ?? undefined}>
              {categoryLabel(category)}
            </li>
          ))}
        </ul>
      )}
      {contributors.length > 0 && (
        <p className="contributors">
          {t('reader.with')} <People people={contributors} />
        </p>
      )}
      {comments && (comments.url || comments.count !== null) && (
        <p className="comments">
          {comments.url ? (
            <ExternalLink url={comments.url}>{commentsLabel(comments.count)}</ExternalLink>
          ) : (
            commentsLabel(comments.count)
          )}
        </p>
      )}
    </footer>
  );
}

function commentsLabel(count: number | null): string {
  if (count === null) return i18n.t('reader.comments');
  return i18n.t('reader.commentCount', { count });
}
