import { useVirtualizer } from '@tanstack/react-virtual';
import { ArrowDown, ArrowUp } from 'lucide-react';
import { useCallback, useRef } from 'react';
import { useTranslation } from '../../i18n';
import { FeedHealthRow } from './FeedHealthRow';
import { healthColumns, nextSort, type HealthColumn, type HealthRow, type HealthSort } from './healthRows';

const numeric: ReadonlySet<HealthColumn> = new Set(['failures', 'perWeek', 'size']);
/** A row with a one-line error; longer errors wrap, and the virtualizer measures them as drawn. */
const rowEstimate = 46;

interface HealthTableProps {
  rows: readonly HealthRow[];
  sort: HealthSort;
  onSort: (sort: HealthSort) => void;
  now: number;
}

/**
 * The feeds as a table whose column headers sort it; the sorted one says so to assistive technology (aria-sort). Only
 * the rows in view are drawn: two thousand feeds drawn whole took seconds to open and to sort.
 */
export function HealthTable({ rows, sort, onSort, now }: HealthTableProps) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const getItemKey = useCallback((index: number) => rows[index]?.feedId ?? index, [rows]);
  const virtualizer = useVirtualizer<HTMLDivElement, HTMLElement>({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowEstimate,
    getItemKey,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const above = items[0]?.start ?? 0;
  const below = Math.max(0, virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0));
  const columns = healthColumns.length + 1;

  return (
    <div className="health-scroll" ref={scroller}>
      <table className="health-table" aria-label={t('health.title')}>
        <thead>
          <tr>
            {healthColumns.map((column) => {
              const sorted = sort.column === column ? sort.direction : undefined;
              const Arrow = sorted === 'ascending' ? ArrowUp : ArrowDown;
              return (
                <th key={column} scope="col" aria-sort={sorted} className={numeric.has(column) ? 'number' : undefined}>
                  <button type="button" className="health-sort" onClick={() => onSort(nextSort(sort, column))}>
                    {t(`health.columns.${column}`)}
                    {sorted && <Arrow size={12} aria-hidden="true" />}
                  </button>
                </th>
              );
            })}
            <th scope="col">{t('health.columns.actions')}</th>
          </tr>
        </thead>
        <Spacer height={above} columns={columns} />
        {items.map((item) => {
          const row = rows[item.index];
          return row ? <FeedHealthRow key={row.feedId} row={row} now={now} columns={columns} index={item.index} measure={virtualizer.measureElement} /> : null;
        })}
        <Spacer height={below} columns={columns} />
      </table>
    </div>
  );
}

/** Room for the rows above or below those drawn. */
function Spacer({ height, columns }: { height: number; columns: number }) {
  if (height <= 0) return null;
  return (
    <tbody aria-hidden="true">
      <tr className="health-spacer" style={{ height }}>
        <td colSpan={columns} />
      </tr>
    </tbody>
  );
}
