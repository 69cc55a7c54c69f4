import { isWebUrl } from '../../../shared/util/url';
import { bridge } from '../../ipc/bridge';

/** Opens an http(s) link in the system browser; in the web build the browser opens it in a new tab. */
export async function openExternal(url: string): Promise<void> {
  if (!isWebUrl(url)) return;
  const result = await bridge.invoke('shell:openExternal', { url });
  if (!result.opened && !result.reason) window.open(url, '_blank', 'noopener,noreferrer');
}
