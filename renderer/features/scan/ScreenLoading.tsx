// What shows while a tab's script loads (components/deferred-screen.ts). The scanner
// works wherever the focus is: a box scanned then is kept for the screen being loaded,
// which takes it once it can (held-scan-context.tsx), rather than lost with no form to take it.
import { fr } from '../../messages/fr';
import { useHeldScan } from './held-scan-context';
import { useWedgeScanner } from './use-wedge-scanner';

export function ScreenLoading() {
  const held = useHeldScan();
  useWedgeScanner(held.hold);
  return <p className="loading">{fr.common.loading}</p>;
}
