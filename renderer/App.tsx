import { Suspense } from 'react';
import { deferredScreen } from './components/deferred-screen';
import { useRegisterQuery } from './db/use-register-query';
import { fr } from './messages/fr';
import { RegisterShell } from './RegisterShell';

// Shown only until a register exists: loaded apart, the window opening on a register never runs it.
const Setup = deferredScreen(() => import('./features/setup/SetupScreen').then((m) => m.SetupScreen));

/**
 * Opens on the set-up screen until the register exists and no restore is under way, then
 * on the register itself: the register's duties (monthly closure, editions, integrity
 * check, reserve copy) start only on a whole register.
 */
export function App() {
  const state = useRegisterQuery((store) => store.openingState());
  if (state === undefined) return <p className="loading">{fr.common.loading}</p>;
  if (state.identity === null || state.restore !== null)
    return (
      <Suspense fallback={<p className="loading">{fr.common.loading}</p>}>
        <Setup.Screen restore={state.restore} />
      </Suspense>
    );
  return <RegisterShell identity={state.identity} />;
}
