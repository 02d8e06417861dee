// What the re-keying tests share (the in-process ones and the ones that kill a process):
// a small register that fills several batches, and one run of the application on a PC
// whose reserve and sealing handlers go through one append queue, as in the app.
import { createReserveHandlers } from '../../electron/reserve/reserve-handlers';
import { createSealingHandlers } from '../../electron/sealing/sealing-handlers';
import type { RegisterEvent } from '../../shared/register/events';
import { createSerialQueue } from '../../shared/serial-queue';
import { dispensationDraft, openingDraft, productDraft, receiptDraft } from '../fixtures/drafts';
import { sealAll } from '../fixtures/events';

/** Eighteen events: twelve on the medium before a new sheet, the rest appended after it. */
export const rekeyEvents = (): RegisterEvent[] =>
  sealAll([
    openingDraft(),
    productDraft(),
    ...Array.from({ length: 8 }, (_, index) => [
      receiptDraft({ deliveryRef: `BL-${index}` }),
      dispensationDraft({ ordonnancierNumber: `2026-9${index}` }),
    ]).flat(),
  ]);

/** Small scrypt, and batches of three lines so that a re-keying writes several. */
export function rekeyingPc(dataFolder: string, medium: string, afterStep?: (step: string) => Promise<void>) {
  const queue = createSerialQueue();
  return {
    dataFolder,
    ...createReserveHandlers({ dataFolder, chooseFolder: async () => medium, queue }),
    ...createSealingHandlers({
      dataFolder,
      keyOptions: { scryptWorkFactor: 10 },
      queue,
      rekeying: { batch: 3, ...(afterStep ? { afterStep } : {}) },
    }),
  };
}
