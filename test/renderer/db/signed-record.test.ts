// The write door with the workstation's signing: the main process's real signing channels
// (against a stand-in for safeStorage), the act run again after each answer it lacked.
import { describe, expect, it } from 'vitest';
import { mainProcessSigner, type WorkstationSigner } from '../../../renderer/db/act-signing-cache';
import { record } from '../../../renderer/db/record';
import type { RegisterEvent } from '../../../shared/register/events';
import { replayJournal } from '../../../shared/register/replay';
import { isSignedType } from '../../../shared/signature/signed-types';
import { trackedDatabase } from '../../fixtures/database';
import { useTempMainProcess } from '../../fixtures/main-process';
import { NOW, officineDrafts } from './every-draft';

const main = useTempMainProcess();

/** The signer over the channels, counting what the write door asked of the main process. */
function countingSigner(): { signer: WorkstationSigner; asked: string[] } {
  const inner = mainProcessSigner(main.api());
  const asked: string[] = [];
  return {
    asked,
    signer: {
      newKey: (registerId) => (asked.push('newKey'), inner.newKey(registerId)),
      holds: (publicKey) => (asked.push('holds'), inner.holds(publicKey)),
      sign: (publicKey, message) => (asked.push('sign'), inner.sign(publicKey, message)),
    },
  };
}

describe('record with the workstation’s signing', () => {
  it('opens the register with a key and signs every closure of a register’s life, the new holder’s key recorded after the cession', async () => {
    const db = trackedDatabase();
    const { signer, asked } = countingSigner();
    for (const draft of officineDrafts()) {
      const recorded = await record(db, [draft], NOW, signer);
      if (!recorded.ok) throw new Error(`${draft.body.type} refusé : ${recorded.error.code}`);
    }
    const events: RegisterEvent[] = await db.events.orderBy('seq').toArray();
    expect(events[0]).toMatchObject({ type: 'register.opened', format: 3, signingKey: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const signedTypes = events.filter((event) => isSignedType(event.type));
    expect(signedTypes.length).toBeGreaterThanOrEqual(4);
    expect(signedTypes.every((event) => /^[0-9a-f]{128}$/.test(event.signature ?? ''))).toBe(true);
    expect(events.filter((event) => event.type === 'signingKey.recorded').map((event) => event.type === 'signingKey.recorded' && event.reason)).toEqual([
      'newHolder',
    ]);
    expect(replayJournal(events)).toBeNull();
    // A movement asks nothing of the main process: only openings and closures do.
    expect(asked.filter((what) => what === 'sign')).toHaveLength(signedTypes.length);
    expect(asked.filter((what) => what === 'newKey')).toHaveLength(2);
  });

  it('writes nothing and says why when the main process cannot keep a key', async () => {
    const db = trackedDatabase();
    const refusing: WorkstationSigner = {
      newKey: async () => ({ ok: false, error: { code: 'signature.storeUnavailable' } }),
      holds: async () => false,
      sign: async () => ({ ok: false, error: { code: 'signature.storeUnavailable' } }),
    };
    const [opening] = officineDrafts();
    expect(await record(db, [opening!], NOW, refusing)).toMatchObject({ ok: false, error: { code: 'signature.storeUnavailable' } });
    expect(await db.events.count()).toBe(0);
  });
});
