import { useTranslation } from '../../i18n';
import { useHealthView } from '../health/healthViewState';
import { ChooseOpmlFile } from '../opml/ChooseOpmlFile';
import { exportSubscriptions } from '../opml/exportSubscriptions';

/**
 * Subscriptions in and out (OPML) and the health of every feed: on the desktop they are in the File and View menus
 * too; here they are within reach of a browser tab, which has no menus.
 */
export function SubscriptionSettings() {
  const openHealth = useHealthView((state) => state.setOpen);
  const { t } = useTranslation();
  return (
    <section className="settings-section">
      <h2>{t('settings.subscriptions')}</h2>
      <p className="settings-hint">{t('settings.subscriptionsHint')}</p>
      <div className="settings-buttons">
        <ChooseOpmlFile label={t('opml.importSubscriptions')} />
        <button type="button" onClick={() => void exportSubscriptions()}>
          {t('settings.exportSubscriptions')}
        </button>
        <button type="button" onClick={() => openHealth(true)}>
          {t('settings.feedHealth')}
        </button>
      </div>
    </section>
  );
}
