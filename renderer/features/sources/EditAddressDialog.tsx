import { ModalDialog } from '../../app/ModalDialog';
import { useCoalescedLiveQuery } from '../../app/useCoalescedLiveQuery';
import { feedName } from '../../db/feeds';
import { db } from '../../db/instance';
import type { FeedRecord } from '../../db/records';
import { useTranslation } from '../../i18n';
import { AddressForm } from '../health/AddressForm';

/** A feed's address, corrected by hand from its menu: the health view's form, in a dialog of its own. */
export function EditAddressDialog({ feedId, onDone }: { feedId: string; onDone: () => void }) {
  const feed = useCoalescedLiveQuery(async () => (await db.feeds.get(feedId)) ?? null, [feedId], null as FeedRecord | null);
  const { t } = useTranslation();
  if (!feed) return null;
  const name = feedName(feed);
  return (
    <ModalDialog title={t('sources.editAddressTitle', { name })} onClose={onDone}>
      <AddressForm feedId={feed.id} name={name} url={feed.url} onDone={onDone} />
    </ModalDialog>
  );
}
