import { useRef, useState, type KeyboardEvent } from 'react';
import { renameFeed, renameFolder } from '../../db/folders';
import { db } from '../../db/instance';
import { useTranslation } from '../../i18n';
import { focusSourceRowAfterChange, useSourcesEditing, type SourceTarget } from './sourcesEditing';

/**
 * A feed's or folder's name, edited in place: Enter or leaving the field keeps it, Escape puts the old one back.
 * A feed renamed to nothing takes its own name again.
 */
export function RenameField({ target, name }: { target: SourceTarget; name: string }) {
  const [value, setValue] = useState(name);
  const stop = useSourcesEditing((state) => state.startRenaming);
  const { t } = useTranslation();
  // Enter closes the field, and the field losing the focus as it goes must not save a second time.
  const finished = useRef(false);
  const finish = async (keep: boolean) => {
    if (finished.current) return;
    finished.current = true;
    if (keep && value !== name) await (target.kind === 'feed' ? renameFeed(db, target.id, value) : renameFolder(db, target.id, value));
    stop(null);
    focusSourceRowAfterChange(target);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    event.stopPropagation();
    if (event.key === 'Enter') void finish(true);
    else if (event.key === 'Escape') void finish(false);
    else return;
    event.preventDefault();
  };
  return (
    <input
      className="rename-field"
      type="text"
      value={value}
      aria-label={t('sources.renameLabel', { name })}
      autoFocus
      onFocus={(event) => event.currentTarget.select()}
      onChange={(event) => setValue(event.target.value)}
      onKeyDown={onKeyDown}
      onBlur={() => void finish(true)}
    />
  );
}
