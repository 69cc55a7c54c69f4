import { useEffect } from 'react';
import { bridge } from '../ipc/bridge';
import { followLaunchRequests } from './launchRequests';

/** Opens what launches of Tidings ask: a `feed:` link or an address in the add box, an OPML file in the import. */
export function useLaunchRequests(): void {
  useEffect(() => followLaunchRequests(bridge), []);
}
