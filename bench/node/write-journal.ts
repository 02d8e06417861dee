// Writes a sealed journal of N events, streamed to disk, for the verification benchmark.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { serializeLine } from '../../shared/journal/line';
import { prepareEvent, type ChainHead } from '../../shared/register/prepare';
import { toMilli } from '../../shared/register/quantity';
import type { Draft, DraftContext } from '../../shared/register/validate';

const HOLDER = { name: 'Banc d’essai', orderNumber: '10000000000' };
const DAY = '2026-01-15';
const SUPPLIER = { name: 'Répartiteur', address: 'ZI de Kerpont, 56850 Caudan', profession: 'Grossiste-répartiteur' };

function draft(index: number): Draft {
  if (index === 0) {
    return { operationDate: DAY, body: { type: 'register.opened', registerId: 'BENCH', establishment: { name: 'Pharmacie du banc', address: '1 rue du Test', kind: 'officine' }, holder: HOLDER } };
  }
  if (index === 1) {
    return { operationDate: DAY, body: { type: 'product.defined', product: { designation: 'Produit', form: 'comprimé', strength: '10 mg', unit: 'comprimé', perBox: toMilli(28_000) } } };
  }
  return { operationDate: DAY, body: { type: 'receipt', productId: 'P2', quantity: toMilli(28_000), supplier: SUPPLIER, deliveryRef: `BL-${index}`, lot: 'L1', expiry: '2029-12' } };
}

const OPENED: DraftContext = {
  today: DAY,
  register: { kind: 'officine', openedOn: DAY },
  validators: [HOLDER],
  product: { definition: { designation: 'Produit', form: 'comprimé', strength: '10 mg', unit: 'comprimé', perBox: toMilli(28_000) }, active: true, hasMovements: true },
};

export async function writeJournal(path: string, count: number): Promise<void> {
  const out = createWriteStream(path);
  const recordedAt = new Date('2026-01-15T10:00:00Z');
  let head: ChainHead | null = null;
  for (let index = 0; index < count; index += 1) {
    const prepared = prepareEvent(draft(index), index === 0 ? { today: DAY, validators: [] } : OPENED, { head, recordedAt });
    if (!prepared.ok) throw new Error(JSON.stringify(prepared.error));
    head = { seq: prepared.value.seq, hash: prepared.value.hash };
    if (!out.write(serializeLine(prepared.value))) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}
