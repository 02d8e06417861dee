// The closures signed with the register's key (docs/decisions/0044-clotures-signees.md):
// written through the register's own act, then read back by the replay that the command
// line, the integrity check and the package import all run.
import { describe, expect, it } from 'vitest';
import type { RegisterEvent } from '../../../shared/register/events';
import { replayJournal } from '../../../shared/register/replay';
import type { Draft } from '../../../shared/register/validate';
import { generateKeyPair, signText } from '../../../shared/signature/ed25519';
import { signedMessage } from '../../../shared/signature/signed-message';
import { describeError } from '../../../shared/errors';
import { dispensationDraft, HOLDER, openingDraft, productDraft, receiptDraft, units } from '../../fixtures/drafts';
import { sealAll } from '../../fixtures/events';
import { APRIL, BUYER, chainIntact, closure, forge, MARCH, MAY, MemoryRegister, signedRegister, testWorkstation } from '../../fixtures/signed-journal';

describe('a register signed from its opening', () => {
  it('opens with its public key and signs its closure over the head it closes', async () => {
    const workstation = testWorkstation();
    const { events } = await signedRegister(workstation);
    const [opening] = events;
    const closed = events.find((event) => event.type === 'month.closed');
    expect(opening).toMatchObject({ format: 3, type: 'register.opened' });
    const publicKey = opening?.type === 'register.opened' ? opening.signingKey : undefined;
    expect(workstation.keys.has(publicKey ?? '')).toBe(true);
    expect(closed).toMatchObject({ seq: 6, format: 3, prevHash: events[4]?.hash });
    expect(closed?.signature).toMatch(/^[0-9a-f]{128}$/);
    // Only closures carry a signature; the other lines keep the version that describes them.
    expect(events.filter((event) => event.signature !== undefined).map((event) => event.seq)).toEqual([6]);
    expect(events[3]).toMatchObject({ format: 1 });
    expect(replayJournal(events)).toBeNull();
  });

  it('refuses a signature changed by one character, naming the closure', async () => {
    const { events } = await signedRegister();
    const signature = String(events[5]?.signature);
    const tampered = forge(events, 6, { signature: `${signature.slice(0, 127)}${signature.endsWith('0') ? '1' : '0'}` });
    const fault = replayJournal(tampered);
    expect(fault).toMatchObject({ seq: 6, rule: 'signature.invalid' });
    expect(fault?.message).toContain('La signature de cette clôture ne correspond pas à la clé du registre (empreinte ');
  });

  it('refuses a closure whose signature was taken off', async () => {
    const { events } = await signedRegister();
    // A forger also writes the line back in the version of an unsigned closure.
    const stripped = forge(events, 6, { signature: undefined, format: 1 });
    expect(replayJournal(stripped)).toMatchObject({ seq: 6, rule: 'signature.missing' });
  });

  it('refuses a closure signed with another key than the register’s', async () => {
    const { events } = await signedRegister();
    const other = generateKeyPair();
    const closed = events[5] as RegisterEvent;
    const signature = signText(other.secretKey, signedMessage(closed));
    expect(replayJournal(forge(events, 6, { signature }))).toMatchObject({ seq: 6, rule: 'signature.invalid' });
  });

  it('refuses a journal edited and re-chained without the key, naming the first signed event after the edit', async () => {
    const { events } = await signedRegister();
    // The patient's name of dispensation n° 4 changes: no figure of the closure moves.
    const forged = forge(events, 4, { recipient: { kind: 'patient', name: 'Paul Durand', address: '3 rue des Forges, 56100 Lorient' } });
    expect(chainIntact(forged)).toBe(true);
    expect(forged.at(-1)?.hash).not.toBe(events.at(-1)?.hash);
    const fault = replayJournal(forged);
    expect(fault).toMatchObject({ seq: 6, rule: 'signature.invalid' });
    expect(fault?.message).toMatch(/modifiée, puis le journal rechaîné sans la clé\.$/);
  });

  it('refuses a signature on an event that is not a closure', async () => {
    const { events } = await signedRegister();
    const signature = (events[5] as RegisterEvent).signature;
    expect(replayJournal(forge(events, 7, { signature, format: 3 }))).toMatchObject({ seq: 7, rule: 'signature.unexpected' });
  });

  it('refuses to close a register that has a key on a workstation that cannot sign', async () => {
    const register = await signedRegister();
    register.signing = undefined;
    await expect(register.act([closure('2026-04', '2026-04-30')], MAY)).rejects.toThrow('signature.unavailable');
  });
});

describe('a register that had no key', () => {
  const older = () => sealAll([openingDraft(), productDraft(), receiptDraft(), dispensationDraft()], { recordedAt: () => MARCH });

  it('still verifies with its closures unsigned', async () => {
    const register = new MemoryRegister(undefined);
    await register.act([openingDraft(), productDraft(), receiptDraft()], MARCH);
    await register.act([closure('2026-03', '2026-03-31')], APRIL);
    expect(register.events.some((event) => event.signature !== undefined || event.format === 3)).toBe(false);
    expect(replayJournal(register.events)).toBeNull();
    expect(replayJournal(older())).toBeNull();
  });

  it('gets its first key in the act of its first closure, which it signs', async () => {
    const register = new MemoryRegister(undefined);
    await register.act([openingDraft(), productDraft(), receiptDraft()], MARCH);
    register.signing = testWorkstation();
    await register.act([closure('2026-03', '2026-03-31')], APRIL);
    const closed = register.events.at(-1);
    expect(register.events.slice(-2).map((event) => event.type)).toEqual(['signingKey.recorded', 'month.closed']);
    expect(register.events.at(-2)).toMatchObject({ format: 3, reason: 'firstKey', validatedBy: HOLDER });
    expect(closed?.signature).toBeDefined();
    expect(replayJournal(register.events)).toBeNull();
  });
});

describe('a new key', () => {
  it('is recorded by a workstation that does not hold the register’s key, and the old key no longer signs', async () => {
    const first = testWorkstation();
    const register = await signedRegister(first);
    const oldKey = register.state.signingKey?.publicKey ?? '';
    register.signing = testWorkstation();
    await register.act([closure('2026-04', '2026-04-30')], MAY);
    const [recorded, closed] = register.events.slice(-2);
    expect(recorded).toMatchObject({ seq: 8, type: 'signingKey.recorded', reason: 'newWorkstation' });
    expect(register.state.signingKey?.publicKey).not.toBe(oldKey);
    expect(replayJournal(register.events)).toBeNull();

    // The April closure signed with the key in force before the new one: refused.
    const oldSecret = first.keys.get(oldKey) as Uint8Array;
    const byOldKey = forge(register.events, 9, { signature: signText(oldSecret, signedMessage(closed as RegisterEvent)) });
    expect(replayJournal(byOldKey)).toMatchObject({ seq: 9, rule: 'signature.invalid' });
  });

  it('is the new holder’s after a change of holder, which the outgoing key signs', async () => {
    const workstation = testWorkstation();
    const register = new MemoryRegister(workstation);
    await register.act([openingDraft(), productDraft(), receiptDraft()], MARCH);
    const inventory: Draft = {
      operationDate: '2026-03-10',
      body: {
        type: 'inventory.taken',
        lines: [{ productId: 'P2', compartment: 'dispensable', counted: units(30), method: 'count' }],
        countedBy: 'Claire Martin',
        counterParty: BUYER,
      } as Draft['body'],
    };
    await register.act([inventory], MARCH);
    const transfer: Draft = {
      operationDate: '2026-03-10',
      body: {
        type: 'edition.produced',
        edition: 'transfer-inventory',
        from: '2026-03-10',
        to: '2026-03-10',
        inventory: 4,
        fileName: 'inventaire.pdf',
        sha256: 'a'.repeat(64),
        size: 10,
      },
    };
    await register.act([transfer, { operationDate: '2026-03-10', body: { type: 'holder.changed', holder: BUYER, inventory: 4 } }], MARCH);
    const handOver = register.events.at(-1);
    expect(handOver).toMatchObject({ type: 'holder.changed', format: 3 });
    expect(register.state.signingKey).toEqual({ publicKey: null, since: handOver?.seq });

    // The buyer's first closure records the buyer's key first, then is signed with it.
    await register.act([{ ...closure('2026-03', '2026-03-31'), validatedBy: BUYER.orderNumber }], APRIL);
    const [key, closed] = register.events.slice(-2);
    expect(key).toMatchObject({ type: 'signingKey.recorded', reason: 'newHolder', validatedBy: BUYER });
    expect(closed).toMatchObject({ type: 'month.closed' });
    expect(replayJournal(register.events)).toBeNull();

    // A journal that leaves the new key out has its next closure refused as unsigned.
    const withoutKey = forge(
      register.events
        .filter((event) => event.type !== 'signingKey.recorded' || event.reason !== 'newHolder')
        .map((event, index) => ({ ...event, seq: index + 1 }) as RegisterEvent),
      key?.seq ?? 0,
      {},
    );
    expect(replayJournal(withoutKey)).toMatchObject({ seq: key?.seq, rule: 'signature.missing' });
    expect(describeError({ code: 'signature.missing', params: {} })).toContain('attend la clé de signature du nouveau titulaire');
  });
});
