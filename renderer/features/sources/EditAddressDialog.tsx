import { ModalDialog } from '../../app/ModalDialog';
import { feedName } from '../../db/feeds';
import { useTranslation } from '../../i18n';
import { AddressForm } from '../health/AddressForm';
import { useFeed } from './useFeed';

/** A feed's address, corrected by hand from its menu: the health view's form, in a dialog of its own. */
export function EditAddressDialog({ feedId, onDone }: { feedId: string; onDone: () => void }) {
  const feed = useFeed(feedId);
  const { t } = useTranslation();
  if (!feed) return null;
  const name = feedName(feed);
  return (
    <ModalDialog title={t('sources.editAddressTitle', { name })} onClose={onDone}>
      <AddressForm feedId={feed.id} name={name} url={feed.url} onDone={onDone} />
    </ModalDialog>
  );
}
