import { useState } from 'react';
import { ModalDialog } from '../../app/ModalDialog';
import { describeSkip } from '../../../shared/opml/summariseOpmlReading';
import type { OpmlSkip } from '../../../shared/opml/opmlTypes';
import type { OpmlImportSummary } from '../../db/opmlImport';
import { useTranslation } from '../../i18n';
import { byteSize } from '../reader/mediaFacts';
import { ChooseOpmlFile } from './ChooseOpmlFile';
import { useOpmlDialog, type OpmlDialogStep, type OpmlImportFailure } from './opmlDialogState';
import './opml.css';

/** Skip reasons listed one by one; a file with more says how many more there are. */
const listedSkips = 50;

/** The import of an OPML file: choosing it, its progress, then what it brought or why it brought nothing. */
export function OpmlDialog() {
  const open = useOpmlDialog((state) => state.current.step !== 'closed');
  return open ? <OpmlDialogWindow /> : null;
}

function OpmlDialogWindow() {
  const current = useOpmlDialog((state) => state.current);
  const { t } = useTranslation();
  // Read while rendering, before the dialog takes the focus, so that closing it gives the focus back.
  const [returnTo] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));

  const close = () => {
    useOpmlDialog.getState().close();
    if (useOpmlDialog.getState().current.step === 'closed') returnTo?.focus();
  };

  // A dialog per step: one closed with Escape while the import runs (which goes on) comes back with its summary.
  return (
    <ModalDialog key={current.step} title={t('opml.title')} className="opml-dialog" onClose={close}>
      <StepContent current={current} />
      {current.step !== 'importing' && (
        <div className="modal-actions">
          {current.step === 'failed' && <ChooseOpmlFile label={t('opml.chooseAnother')} />}
          {current.step === 'choosing' && <ChooseOpmlFile className="primary" label={t('opml.chooseFile')} />}
          <button type="button" onClick={close}>
            {current.step === 'choosing' ? t('opml.cancel') : t('common.close')}
          </button>
        </div>
      )}
    </ModalDialog>
  );
}

function StepContent({ current }: { current: OpmlDialogStep }) {
  const { t } = useTranslation();
  switch (current.step) {
    case 'closed':
      return null;
    case 'choosing':
      return <p>{t('opml.chooseHint')}</p>;
    case 'importing':
      return <ImportProgress fileName={current.fileName} done={current.done} total={current.total} />;
    case 'finished':
      return <ImportSummary fileName={current.fileName} summary={current.summary} />;
    case 'failed':
      return <ImportFailure fileName={current.fileName} failure={current.failure} />;
  }
}

function ImportProgress({ fileName, done, total }: { fileName: string; done: number; total: number }) {
  const { t } = useTranslation();
  const counted = total > 0;
  return (
    <div className="opml-progress" role="status">
      <p>{counted ? t('opml.importing', { file: fileName }) : t('opml.reading', { file: fileName })}</p>
      {/* Without a value the bar shows that work goes on, while the file is read and its feeds not yet counted. */}
      <progress aria-label={t('opml.progress')} {...(counted ? { value: done, max: total } : {})} />
      {counted && <p className="opml-note">{t('opml.progressCount', { done, total })}</p>}
    </div>
  );
}

function ImportSummary({ fileName, summary }: { fileName: string; summary: OpmlImportSummary }) {
  const { t } = useTranslation();
  const { imported, alreadyFollowed, duplicates, folders, skipped } = summary;
  if (imported + alreadyFollowed + duplicates + skipped.length === 0) {
    return (
      <p className="opml-summary" role="status">
        {t('opml.noFeeds', { file: fileName })}
      </p>
    );
  }
  const facts = [
    imported > 0 ? t('opml.imported', { count: imported }) : t('opml.noneImported'),
    ...(folders > 0 ? [t('opml.folders', { count: folders })] : []),
    ...(alreadyFollowed > 0 ? [t('opml.alreadyFollowed', { count: alreadyFollowed })] : []),
    ...(duplicates > 0 ? [t('opml.duplicates', { count: duplicates })] : []),
    ...(skipped.length > 0 ? [t('opml.skipped', { count: skipped.length })] : []),
  ];
  return (
    <>
      <p className="opml-summary" role="status">
        {facts.join(t('opml.factSeparator'))}
        {skipped.length === 0 && t('opml.sentenceEnd')}
      </p>
      {skipped.length > 0 && <SkipList skipped={skipped} />}
      {imported > 0 && <p className="opml-note">{t('opml.fetchingSoon')}</p>}
    </>
  );
}

function SkipList({ skipped }: { skipped: readonly OpmlSkip[] }) {
  const { t } = useTranslation();
  const rest = skipped.length - listedSkips;
  return (
    <ul className="opml-skips" aria-label={t('opml.skippedList')}>
      {skipped.slice(0, listedSkips).map((skip, index) => (
        <li key={index}>
          {skip.line !== null && <span className="opml-line">{t('opml.line', { line: skip.line })}</span>}{' '}
          {/* The line is shown apart, in the interface's language; the reason is the reader's own words. */}
          {describeSkip({ ...skip, line: null })}
        </li>
      ))}
      {rest > 0 && <li className="opml-note">{t('opml.moreSkipped', { count: rest })}</li>}
    </ul>
  );
}

function ImportFailure({ fileName, failure }: { fileName: string; failure: OpmlImportFailure }) {
  const { t } = useTranslation();
  return (
    <div role="alert">
      <p className="opml-failed">{t('opml.failed', { file: fileName })}</p>
      <p>{failure.reason === 'too-large' ? t('opml.tooLarge', { size: byteSize(failure.bytes) }) : failure.detail}</p>
    </div>
  );
}
