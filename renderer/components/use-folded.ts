// Whether a banner that is not critical has been folded away. Kept for the session only
// (sessionStorage): a reminder folded this morning is shown again at the next launch,
// so that folding never hides it for good.
import { useCallback, useState } from 'react';

const PREFIX = 'banniere-repliee:';

function readFolded(key: string): boolean {
  try {
    return sessionStorage.getItem(PREFIX + key) === '1';
  } catch {
    // No storage (a locked-down profile): the banner simply starts unfolded.
    return false;
  }
}

export function useFolded(key: string): [folded: boolean, toggle: () => void] {
  const [folded, setFolded] = useState(() => readFolded(key));
  const toggle = useCallback(() => {
    setFolded((was) => {
      try {
        if (was) sessionStorage.removeItem(PREFIX + key);
        else sessionStorage.setItem(PREFIX + key, '1');
      } catch {
        // Without storage the fold lasts until the banner is redrawn; nothing else to do.
      }
      return !was;
    });
  }, [key]);
  return [folded, toggle];
}
