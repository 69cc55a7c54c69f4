import { useTranslation } from '../../i18n';
import { undoLastMark, useMarkUndo } from './undoMarks';

/** "Marked 12 articles as read · Undo", while the offer stands; in the page only then, so it is announced when it comes. */
export function UndoToast() {
  const offer = useMarkUndo((state) => state.offer);
  const { t } = useTranslation();
  if (!offer) return null;
  return (
    <div className="undo-toast" role="status">
      <span>{offer.message}</span>
      <button type="button" className="undo-button" onClick={() => void undoLastMark()}>
        {t('common.undo')}
      </button>
    </div>
  );
}
