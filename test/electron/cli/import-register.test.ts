// The register the import builds is the domain's state machine: each row is decided by
// `decide` against the state `evolve` folded from the events before it, as the app does.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createImportedRegister } from '../../../electron/cli/commands/import/import-register';
import { buildJournal } from '../../../electron/cli/commands/import/import-rows';
import { createReplayValidator } from '../../../shared/register/replay';
import { toMilli } from '../../../shared/register/quantity';
import { NOW, TAKEOVER, TODAY } from './import-files';

function takenOver() {
  const built = buildJournal(readFileSync(TAKEOVER, 'utf8'), { registerId: 'REG', today: TODAY, recordedAt: NOW });
  if (!built.ok) throw new Error(built.problem.message);
  return built.value.events;
}

describe('the register an import builds', () => {
  it('refuses anything before the opening, as the app does', () => {
    const register = createImportedRegister();
    const decided = register.decide(
      { operationDate: '2026-09-01', body: { type: 'patient.return', productId: 'P2', quantity: toMilli(1000), returnedBy: 'X' } },
      TODAY,
    );
    expect(decided.ok ? null : decided.error.code).toBe('register.notOpened');
    expect(register.head).toBeNull();
    expect(register.kind).toBeUndefined();
  });

  it('holds the state the replay of the same events folds, and decides against it', () => {
    const register = createImportedRegister();
    const replay = createReplayValidator();
    for (const event of takenOver()) {
      register.record(event);
      expect(replay.next(event)).toBeNull();
    }
    expect(register.state).toEqual(replay.state);
    expect(register.kind).toBe('officine');
    expect(register.counts).toEqual({ products: 3, movements: 7 });
    // 26 gélules in the register, 5 of them in quarantine: 21 can be dispensed, not 22.
    const dispensation = (quantity: number) => ({
      operationDate: '2026-09-10',
      body: {
        type: 'dispensation' as const,
        productId: 'P2',
        quantity: toMilli(quantity),
        recipient: { kind: 'anonymous' as const },
        prescriber: { name: 'Dr A', address: 'B' },
        ordonnancierNumber: '1',
      },
    });
    expect(register.decide(dispensation(21_000), TODAY).ok).toBe(true);
    const refused = register.decide(dispensation(22_000), TODAY);
    expect(refused.ok ? null : refused.error.code).toBe('stock.insufficient');
  });

  it('answers a correction with the movement it names, from the events passed', () => {
    const register = createImportedRegister();
    const events = takenOver();
    for (const event of events) register.record(event);
    const dispensation = events.find((event) => event.type === 'dispensation')!;
    const decided = register.decide(
      { operationDate: '2026-09-10', body: { type: 'correction', corrects: dispensation.seq, reason: 'doublon', comment: 'saisie en double' } },
      TODAY,
    );
    expect(decided.ok && decided.value.body).toMatchObject({
      type: 'correction',
      corrects: dispensation.seq,
      reverses: 'exit',
      productId: 'P2',
      quantity: 14_000,
    });
  });

  it('binds references and rows to what they wrote', () => {
    const register = createImportedRegister();
    register.bindReference('Skénan10', 'P2');
    register.bindRow(7, { type: 'destruction.planned', seq: 12, dossier: 'PV-2026-001' });
    expect(register.productIdOf('SKENAN10')).toBe('P2');
    expect(register.rowAt(7)).toEqual({ type: 'destruction.planned', seq: 12, dossier: 'PV-2026-001' });
    expect(register.rowAt(8)).toBeUndefined();
  });
});
