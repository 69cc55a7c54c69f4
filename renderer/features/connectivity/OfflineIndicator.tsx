import { WifiOff } from 'lucide-react';
import { useTranslation } from '../../i18n';
import { useConnectivity } from './connectivityState';
import './connectivity.css';

/**
 * The window's one sign of being offline: a quiet line, not an error per feed. The region stays in the page while
 * online, empty, so that screen readers hear the line when it comes.
 */
export function OfflineIndicator() {
  const connectivity = useConnectivity((state) => state.connectivity);
  const { t } = useTranslation();
  const why = connectivity.state === 'offline' ? t(connectivity.why === 'system' ? 'connectivity.whySystem' : 'connectivity.whyUnreachable') : undefined;
  return (
    <div className="offline-indicator" role="status" title={why}>
      {connectivity.state === 'offline' && (
        <>
          <WifiOff size={14} aria-hidden="true" />
          <span>{t('connectivity.offline')}</span>
          <span className="visually-hidden">{why}</span>
        </>
      )}
    </div>
  );
}
