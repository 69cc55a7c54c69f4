import type { ReactNode } from 'react';
import type { SourceId } from '../../db/queries';
import { formatNumber } from '../../i18n';
import { sameSource, useUi } from '../../state/store';
// The smart views' icons and their counts' words for screen readers are styled with the list they open.
import '../articles/articleList.css';

/**
 * One smart or language view: its name and count. `countNoun` says what the count counts ("articles", "unread"),
 * for screen readers and as the tooltip: beside "All articles" a bare number would not say.
 */
export function SourceRow({
  source,
  label,
  count,
  lang,
  icon,
  countNoun,
}: {
  source: SourceId;
  label: string;
  count: number;
  lang?: string;
  icon?: ReactNode;
  countNoun?: string;
}) {
  const selected = useUi((state) => sameSource(state.source, source));
  const selectSource = useUi((state) => state.selectSource);
  // In the interface language's digits and grouping (`1,503`, `1 503`); the parent re-draws on a change of language.
  const shown = formatNumber(count);
  return (
    <li>
      <button type="button" className={`source${selected ? ' selected' : ''}`} aria-current={selected} onClick={() => selectSource(source)}>
        {icon && (
          <span className="source-icon" aria-hidden="true">
            {icon}
          </span>
        )}
        <span className="source-title" lang={lang}>
          {label}
        </span>
        {count > 0 && (
          <span className="count" title={countNoun ? `${shown} ${countNoun}` : undefined}>
            {shown}
            {countNoun && <span className="visually-hidden"> {countNoun}</span>}
          </span>
        )}
      </button>
    </li>
  );
}
