import { useRegisterQuery } from './db/use-register-query';
import { SetupScreen } from './features/setup/SetupScreen';
import { fr } from './messages/fr';
import { RegisterShell } from './RegisterShell';

/**
 * Opens on the set-up screen until the register exists and no restore is under way, then
 * on the register itself: the register's duties (monthly closure, editions, integrity
 * check, reserve copy) start only on a whole register.
 */
export function App() {
  const state = useRegisterQuery((store) => store.openingState());
  if (state === undefined) return <p className="loading">{fr.common.loading}</p>;
  if (state.identity === null || state.restore !== null) return <SetupScreen restore={state.restore} />;
  return <RegisterShell identity={state.identity} />;
}
