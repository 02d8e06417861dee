// @vitest-environment jsdom
// The printer a screen holds: an edition the screen asks for while another is still being
// produced (the PV as it is established, the notice not yet archived) waits its turn and
// is produced; a second click on the same button while its edition is under way is not.
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendEvent } from '../../../../renderer/db/append-event';
import type { RegisterDatabase } from '../../../../renderer/db/database';
import { DatabaseProvider } from '../../../../renderer/db/DatabaseContext';
import { listEditions } from '../../../../renderer/features/editions/edition-events';
import { EditionRendererContext, type EditionRenderer } from '../../../../renderer/features/editions/edition-renderer';
import { usePrint, type PrintOutcome } from '../../../../renderer/features/editions/use-print';
import { API_GLOBAL } from '../../../../shared/ipc/contract';
import { trackedDatabase } from '../../../fixtures/database';
import { on, openingDraft, productDraft } from '../../../fixtures/drafts';
import { accepted } from '../../../fixtures/result';
import { fakeMain } from './fake-main';
import { dexieStore } from '../../../../renderer/db/dexie-store';

const DAY = '2026-11-23';
const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' };
const PDF = Uint8Array.from([37, 80, 68, 70, 45, 49, 46, 52]);

let db: RegisterDatabase;
/** Each render waits until the test lets it finish, so that two editions overlap for sure. */
const waiting: (() => void)[] = [];
const heldRenderer: EditionRenderer = () => new Promise((resolve) => waiting.push(() => resolve(PDF)));

beforeEach(async () => {
  db = trackedDatabase();
  accepted(await appendEvent(db, on(DAY, openingDraft())));
  accepted(await appendEvent(db, on(DAY, productDraft())));
  window[API_GLOBAL] = fakeMain().api;
  waiting.length = 0;
});

afterEach(() => {
  delete window[API_GLOBAL];
});

function printer() {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <DatabaseProvider db={db}>
      <EditionRendererContext.Provider value={heldRenderer}>{children}</EditionRendererContext.Provider>
    </DatabaseProvider>
  );
  return renderHook(() => usePrint(), { wrapper });
}

/** Lets the renders through, one at a time, until every print asked for has answered. */
async function finish(prints: Promise<PrintOutcome>[]): Promise<PrintOutcome[]> {
  let settled = false;
  const all = Promise.all(prints).finally(() => {
    settled = true;
  });
  while (!settled) {
    await act(async () => {
      waiting.shift()?.();
      await new Promise((resolve) => setTimeout(resolve, 5));
    });
  }
  return all;
}

describe('usePrint', () => {
  it('produces an edition asked for while another is under way, after it, instead of dropping it', async () => {
    const { result } = printer();
    let notice!: Promise<PrintOutcome>;
    let register!: Promise<PrintOutcome>;
    act(() => {
      notice = result.current.print('notice', { kind: 'month-balance', month: '2026-11' });
      register = result.current.print('register', { kind: 'period-journal', period: NOVEMBER });
    });
    expect(result.current.busy).toBe('register');
    const outcomes = await finish([notice, register]);
    expect(outcomes.map((outcome) => outcome.kind)).toEqual(['produced', 'produced']);
    expect((await listEditions(dexieStore(db))).map((edition) => [edition.seq, edition.edition])).toEqual([
      [3, 'month-balance'],
      [4, 'period-journal'],
    ]);
    expect(result.current.busy).toBeNull();
  });

  it('produces nothing more for a second click on a button whose edition is under way', async () => {
    const { result } = printer();
    let first!: Promise<PrintOutcome>;
    let again!: Promise<PrintOutcome>;
    act(() => {
      first = result.current.print('balance', { kind: 'month-balance', month: '2026-11' });
      again = result.current.print('balance', { kind: 'month-balance', month: '2026-11' });
    });
    const [produced, ignored] = await finish([first, again]);
    expect(produced?.kind).toBe('produced');
    expect(ignored).toEqual({ kind: 'invalid', message: '' });
    expect(await listEditions(dexieStore(db))).toHaveLength(1);
  });
});
