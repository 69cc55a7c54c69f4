import { useTranslation } from '../../i18n';
import { ChooseOpmlFile } from './ChooseOpmlFile';

/** "Import subscriptions…" as a link in running text, such as the sources pane's hint when no feed is followed yet. */
export function ImportSubscriptionsButton() {
  const { t } = useTranslation();
  return <ChooseOpmlFile className="link" label={t('opml.importSubscriptions')} />;
}
