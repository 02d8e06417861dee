import { useEffect, useState } from 'react';
import type { AppInfo } from '../../shared/ipc/contract';
import { mainProcess } from '../main-process';
import { fr } from '../messages/fr';

/** Version of the application, as the main process reports it. */
export function AppInfoLine() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    void mainProcess()
      ?.['app:getInfo'](null)
      .then((result) => {
        if (result.ok) setInfo(result.value);
      });
  }, []);
  return info ? <span className="muted">{fr.common.version(info.version)}</span> : null;
}
