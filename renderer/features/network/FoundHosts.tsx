// The PCs heard on the local network that host a shared register (mDNS, discovery:browse):
// a counter's set-up lists them, and « Utiliser » fills the address, port and database.
// The password is never announced: it is typed from the sheet for adding a counter.
import { useCallback, useEffect, useState } from 'react';
import type { FoundHost } from '../../../shared/ipc/host';
import { mainProcess } from '../../main-process';
import { fr } from '../../messages/fr';

export function FoundHosts({ onUse }: { onUse: (host: FoundHost) => void }) {
  const [hosts, setHosts] = useState<FoundHost[] | null>(null);
  const [searching, setSearching] = useState(false);
  const api = mainProcess();
  const search = useCallback(async () => {
    if (!api) return;
    setSearching(true);
    try {
      const answer = await api['discovery:browse'](null);
      setHosts(answer.ok ? answer.value.hosts : []);
    } finally {
      setSearching(false);
    }
  }, [api]);
  // Listened for once when the choice is shown: most practices have one host, found at once.
  useEffect(() => {
    void search();
  }, [search]);
  if (!api) return null;
  return (
    <section className="network-found" aria-label={fr.networkHost.foundTitle}>
      <h3>{fr.networkHost.foundTitle}</h3>
      {searching ? (
        <p role="status">{fr.networkHost.searching}</p>
      ) : hosts && hosts.length > 0 ? (
        <ul className="network-found__list">
          {hosts.map((host) => (
            <li key={`${host.address}:${host.port}/${host.database}`}>
              <span>{fr.networkHost.found(host.hostName, host.establishment, `${host.address}:${host.port}`)}</span>
              <button type="button" className="secondary" onClick={() => onUse(host)}>
                {fr.networkHost.use}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="field__hint">{fr.networkHost.noneFound}</p>
      )}
      <button type="button" className="link" disabled={searching} onClick={() => void search()}>
        {fr.networkHost.searchAgain}
      </button>
    </section>
  );
}
