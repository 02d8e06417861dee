import { readIdentity } from './db/queries';
import { useRegisterQuery } from './db/use-register-query';
import { SetupScreen } from './features/setup/SetupScreen';
import { fr } from './messages/fr';
import { RegisterShell } from './RegisterShell';

/** Opens on the set-up form until the register exists, then on the register itself. */
export function App() {
  const identity = useRegisterQuery(readIdentity);
  if (identity === undefined) return <p className="loading">{fr.common.loading}</p>;
  if (identity === null) return <SetupScreen />;
  return <RegisterShell identity={identity} />;
}
