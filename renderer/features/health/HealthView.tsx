import { useEffect, useMemo, useState } from 'react';
import { ModalDialog } from '../../app/ModalDialog';
import { useFeedRows } from '../../app/useFeedRows';
import { db } from '../../db/instance';
import type { FeedRecord } from '../../db/records';
import { interfaceLanguage, useTranslation } from '../../i18n';
import { articlesPerWeek } from './articlesPerWeek';
import { HealthTable } from './HealthTable';
import { defaultHealthSort, healthRows, sortHealthRows, type HealthSort } from './healthRows';
import { useHealthView } from './healthViewState';
import './health.css';

/** Every followed feed, how its checks are going and what it brings; opened by the `show-health` command. */
export function HealthView() {
  const open = useHealthView((state) => state.open);
  return open ? <HealthDialog /> : null;
}

function HealthDialog() {
  const setOpen = useHealthView((state) => state.setOpen);
  const { t } = useTranslation();
  const feeds = useFeedRows()?.list ?? null;
  const [sort, setSort] = useState<HealthSort>(defaultHealthSort);
  const perWeek = useArticlesPerWeek(feeds);
  useFocusReturn();

  const collator = useMemo(() => new Intl.Collator(interfaceLanguage(), { numeric: true, sensitivity: 'base' }), []);
  const rows = useMemo(() => sortHealthRows(healthRows(feeds ?? [], perWeek, Date.now()), sort, collator), [feeds, perWeek, sort, collator]);
  const failing = rows.filter((row) => row.failures > 0).length;

  return (
    <ModalDialog title={t('health.title')} className="health-view" onClose={() => setOpen(false)}>
      <div className="health-bar">
        <p className="health-summary">
          {t('health.followed', { count: rows.length })} · {t('health.failing', { count: failing })}
        </p>
        <button type="button" onClick={() => setOpen(false)}>
          {t('common.close')}
        </button>
      </div>
      {feeds !== null && rows.length === 0 ? (
        <p className="health-empty">{t('health.noFeeds')}</p>
      ) : (
        <HealthTable rows={rows} sort={sort} onSort={setSort} now={Date.now()} />
      )}
    </ModalDialog>
  );
}

/**
 * Articles a week per followed feed, counted when the view opens and again only when the set of feeds changes: a
 * count per feed is cheap once, not on every batch a refresh stores.
 */
function useArticlesPerWeek(feeds: readonly FeedRecord[] | null): ReadonlyMap<string, number> | null {
  const [perWeek, setPerWeek] = useState<ReadonlyMap<string, number> | null>(null);
  const followed = feeds === null ? null : JSON.stringify(feeds.flatMap((feed) => (feed.unsubscribedAt === null ? [feed.id] : [])));
  useEffect(() => {
    if (followed === null) return;
    let current = true;
    articlesPerWeek(db, JSON.parse(followed) as string[], Date.now()).then(
      (counted) => current && setPerWeek(counted),
      (error: unknown) => console.error('Could not count articles a week', error),
    );
    return () => {
      current = false;
    };
  }, [followed]);
  return perWeek;
}

/** The keyboard goes back where it was when the view opened (a menu command leaves it wherever it was). */
function useFocusReturn(): void {
  useEffect(() => {
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    return () => returnTo?.focus();
  }, []);
}
