import type { SourceId } from '../../db/queries';
import { sameSource, useUi } from '../../state/store';

/** One smart or language view: its name and unread count. */
export function SourceRow({ source, label, count, lang }: { source: SourceId; label: string; count: number; lang?: string }) {
  const selected = useUi((state) => sameSource(state.source, source));
  const selectSource = useUi((state) => state.selectSource);
  return (
    <li>
      <button type="button" className={`source${selected ? ' selected' : ''}`} aria-current={selected} onClick={() => selectSource(source)}>
        <span className="source-title" lang={lang}>
          {label}
        </span>
        {count > 0 && <span className="count">{count}</span>}
      </button>
    </li>
  );
}
