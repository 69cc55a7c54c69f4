import { useEffect, useState } from 'react';
import { bridge } from '../../ipc/bridge';

let asked: Promise<boolean> | null = null;

/** Whether Tidings runs in its desktop shell (not `npm run web`): asked of main once, false until it answers. */
export function useDesktopShell(): boolean {
  const [desktop, setDesktop] = useState(false);
  useEffect(() => {
    let live = true;
    asked ??= bridge.invoke('app:info', {}).then(
      (info) => info.shell === 'desktop',
      () => false,
    );
    void asked.then((answer) => live && setDesktop(answer));
    return () => {
      live = false;
    };
  }, []);
  return desktop;
}
