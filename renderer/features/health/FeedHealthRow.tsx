import type { MainMessage } from '../../../shared/model/mainMessage';
import { mainMessageText } from '../../i18n/mainMessageText';
import { Pencil, RefreshCw, TriangleAlert, Unlink } from 'lucide-react';
import { useRef, useState } from 'react';
import { formatNumber, useTranslation } from '../../i18n';
import { longDateOf } from '../articles/formatDate';
import { LanguageTag } from '../language/LanguageTag';
import { byteSize } from '../reader/mediaFacts';
import { unsubscribeWithUndo } from '../sources/unsubscribe';
import { AddressForm } from './AddressForm';
import type { HealthRow } from './healthRows';
import { retryFeed } from './retryFeed';
import { timeAgo } from './timeAgo';

const none = '—';

interface FeedHealthRowProps {
  row: HealthRow;
  now: number;
  columns: number;
  /** Where it stands in the sorted list, and the virtualizer's measure of its height (which editing changes). */
  index: number;
  measure: (element: HTMLElement | null) => void;
}

/**
 * One feed: its figures, then Retry, Edit address and Unsubscribe; editing opens a row of its own below. Both rows
 * share a `<tbody>`, so that the list measures and moves them as one.
 */
export function FeedHealthRow({ row, now, columns, index, measure }: FeedHealthRowProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [retrying, setRetrying] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const { name } = row;

  const retry = () => {
    setRetrying(true);
    retryFeed(row.feedId)
      .catch((error: unknown) => console.error('Could not retry the feed', error))
      .finally(() => setRetrying(false));
  };
  const stopEditing = () => {
    setEditing(false);
    editButton.current?.focus();
  };

  return (
    <tbody ref={measure} data-index={index}>
      <tr data-feed-id={row.feedId} data-failing-long={row.failingLong || undefined}>
        <th scope="row" className="health-name">
          <span className="health-feed-name">{name}</span>
          {row.failingLong && (
            <span className="health-flag" title={t('health.failingLong')}>
              <TriangleAlert size={13} aria-hidden="true" /> {t('health.failingLong')}
            </span>
          )}
          <span className="health-url">{row.url}</span>
        </th>
        <td>
          {row.lastSucceededAt === null ? (
            t('health.never')
          ) : (
            <time dateTime={new Date(row.lastSucceededAt).toISOString()} title={longDateOf(row.lastSucceededAt)}>
              {timeAgo(row.lastSucceededAt, now)}
            </time>
          )}
          {row.paused && <span className="health-note"> · {t('health.paused')}</span>}
        </td>
        <td className="health-error">
          {row.error === null ? (
            none
          ) : (
            <>
              {row.errorKind && (
                <span className="health-kind" data-kind={row.errorKind}>
                  {t(`health.kinds.${row.errorKind}`)}
                </span>
              )}{' '}
              <ErrorLine error={row.error} message={row.errorMessage} />
            </>
          )}
        </td>
        <td className="number">{formatNumber(row.failures)}</td>
        <td className="number">{row.perWeek === null ? <span className="health-note">{t('health.counting')}</span> : formatNumber(row.perWeek, { maximumFractionDigits: 1 })}</td>
        <td className="number">{row.averageBytes === null ? none : byteSize(Math.round(row.averageBytes))}</td>
        <td>{row.language ? <LanguageTag language={row.language} /> : none}</td>
        <td className="health-actions">
          <button type="button" className="icon" title={t('health.retry')} aria-label={t('health.retryFeed', { name })} aria-busy={retrying} disabled={retrying || row.paused} onClick={retry}>
            <RefreshCw size={15} aria-hidden="true" />
          </button>
          <button
            ref={editButton}
            type="button"
            className="icon"
            title={t('health.editAddress')}
            aria-label={t('health.editAddressOf', { name })}
            aria-expanded={editing}
            onClick={() => setEditing(!editing)}
          >
            <Pencil size={15} aria-hidden="true" />
          </button>
          <button
            type="button"
            className="icon danger"
            title={t('health.unsubscribe')}
            aria-label={t('health.unsubscribeFeed', { name })}
            onClick={() => void unsubscribeWithUndo(row.feedId).catch((error: unknown) => console.error('Could not unsubscribe', error))}
          >
            <Unlink size={15} aria-hidden="true" />
          </button>
        </td>
      </tr>
      {editing && (
        <tr className="health-editing">
          <td colSpan={columns}>
            <AddressForm feedId={row.feedId} name={name} url={row.url} onDone={stopEditing} />
          </td>
        </tr>
      )}
    </tbody>
  );
}

function ErrorLine({ error, message }: { error: string; message: MainMessage | null }) {
  const text = mainMessageText(message, error);
  return (
    <span className="health-error-line" title={text}>
      {text}
    </span>
  );
}
