// Reopening an archived edition (the main process first checks it still has the SHA-256
// the register recorded) or saving a copy where the person chooses: the Éditions tab and
// the annual declaration's list of PVs share this.
import { useState } from 'react';
import type { AppError } from '../../../shared/errors';
import { mainProcess } from '../../main-process';
import { fr } from '../../messages/fr';

export type FileAction = 'open' | 'saveAs';
export type FileOutcome = { fileName: string; error: AppError } | { fileName: string; message: string };

export function useArchivedFile(registerId: string) {
  const [outcome, setOutcome] = useState<FileOutcome | null>(null);
  /** The action under way, as `${action}:${fileName}`. */
  const [working, setWorking] = useState<string | null>(null);

  const act = async ({ fileName, sha256 }: { fileName: string; sha256: string }, action: FileAction) => {
    const api = mainProcess();
    if (!api) {
      setOutcome({ fileName, message: fr.editions.noMainProcess });
      return;
    }
    setWorking(`${action}:${fileName}`);
    setOutcome(null);
    try {
      if (action === 'open') {
        const answer = await api['edition:open']({ registerId, fileName, sha256 });
        setOutcome(answer.ok ? { fileName, message: fr.editions.opened(fileName) } : { fileName, error: answer.error });
      } else {
        const answer = await api['edition:saveAs']({ registerId, fileName, sha256 });
        setOutcome(answer.ok ? { fileName, message: fr.editions.saved(answer.value.path) } : { fileName, error: answer.error });
      }
    } finally {
      setWorking(null);
    }
  };

  return { act, outcome, working };
}
