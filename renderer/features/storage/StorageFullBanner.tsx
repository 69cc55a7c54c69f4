import { useUi } from '../../state/store';

/**
 * The app's one message that the disk has no room for new articles. Checking is paused meanwhile; what is stored
 * stays as it is, and storing is tried again on its own every half minute.
 */
export function StorageFullBanner() {
  const storageFull = useUi((state) => state.storageFull);
  const retryStoring = useUi((state) => state.retryStoring);
  if (!storageFull) return null;
  return (
    <div className="storage-full" role="alert">
      <p>
        <strong>The disk is full.</strong> New articles cannot be stored, so checking for them is paused; everything already
        stored is kept. Tidings tries again every 30 seconds, and carries on once there is space.
      </p>
      <button type="button" onClick={() => retryStoring()}>
        Try again
      </button>
    </div>
  );
}
