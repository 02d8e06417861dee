// The first screen, until a register is open and whole: the opening of a new register,
// the restore from the reserve copy, the take-over from a hand-over package. While a
// restore runs, only its progress is shown; while one interrupted waits to be resumed,
// the opening form is not offered: the database already holds part of a register.
import { describeError } from '../../../shared/errors';
import type { RestoreUnderway } from '../../db/register-store';
import { ImportPackage } from '../handover/ImportPackage';
import { RestoreFromReserve } from '../restore/RestoreFromReserve';
import { RestoreInterrupted } from '../restore/RestoreInterrupted';
import { RestoreRunning } from '../restore/RestoreRunning';
import { useRestoreRun } from '../restore/restore-run';
import { OpeningForm } from './OpeningForm';
import { NetworkBanner } from '../network/NetworkBanner';
import { NetworkChoice } from '../network/NetworkChoice';
import { useNetworkMode } from '../../db/NetworkContext';

export function SetupScreen({ restore }: { restore: RestoreUnderway | null }) {
  const run = useRestoreRun();
  // A shared register comes from its server: restoring or taking one over from a PC is not offered there (docs/reseau.md).
  const shared = useNetworkMode().register !== null;
  if (run.running) {
    return (
      <main className="setup">
        <RestoreRunning progress={run.running} />
      </main>
    );
  }
  return (
    <main className="setup">
      <NetworkBanner place="firstScreen" />
      <NetworkChoice />
      {restore ? <RestoreInterrupted restore={restore} /> : null}
      {run.error ? (
        <p className="card setup__card outcome outcome--error" role="alert">
          {describeError(run.error)}
        </p>
      ) : null}
      {restore ? null : <OpeningForm />}
      {shared ? null : <RestoreFromReserve />}
      {shared ? null : <ImportPackage />}
    </main>
  );
}
