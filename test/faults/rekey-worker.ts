// A main process that draws a new recovery sheet and re-keys the encrypted reserve
// through the real handlers, in its own Node process so that it can be killed (SIGKILL)
// for real: at a step of the switch (KILL_STEP), or half-way through a write by the kill
// hook. Prints the new recovery code before the re-keying starts, so that the test knows
// the code a holder would have on paper.
// The medium is the one the data folder names. Run with
// `node --import tsx [--import kill-hook.ts] rekey-worker.ts <data>`.
import { createSealingHandlers } from '../../electron/sealing/sealing-handlers';
import { createSerialQueue } from '../../shared/serial-queue';

async function main(): Promise<void> {
  const [dataFolder] = process.argv.slice(2);
  if (!dataFolder) throw new Error('usage: rekey-worker <data>');
  const killStep = process.env.KILL_STEP;
  // Small scrypt and batches of three lines: several batches, in seconds.
  const sealing = createSealingHandlers({
    dataFolder,
    keyOptions: { scryptWorkFactor: 10 },
    queue: createSerialQueue(),
    rekeying: {
      batch: 3,
      afterStep: async (step) => {
        // No `finally`, no exit handler, no rollback: the process is gone at this step.
        if (step === killStep) process.kill(process.pid, 'SIGKILL');
      },
    },
  });
  const setUp = await sealing['sealing:setUp'](null);
  if (!setUp.ok) throw new Error(setUp.error.code);
  const { recoveryCode, groupToTypeBack } = setUp.value;
  process.stdout.write(`${recoveryCode}\n`);
  const confirmed = await sealing['sealing:confirm']({ typedGroup: recoveryCode.split('-')[groupToTypeBack - 1]! });
  process.stdout.write(`${JSON.stringify(confirmed)}\n`);
}

void main();
