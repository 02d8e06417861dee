import { describe, expect, it } from 'vitest';
import { journalBreak, journalChangedWhileRead, unreadableJournal } from '../../../electron/cli/common/messages';
import { stockReport } from '../../../electron/cli/commands/stock/messages';
import { verifySummary } from '../../../electron/cli/commands/verify/messages';
import { toMilli } from '../../../shared/register/quantity';
import { MORPHINE } from '../../fixtures/drafts';
import { METHADONE, plain } from './journal-files';

describe('journalChangedWhileRead', () => {
  it('refuses the journal by name and says it changed while it was read', () => {
    expect(plain(journalChangedWhileRead('r.jsonl'))).toBe(
      'Journal refusé : r.jsonl\nLe fichier a changé pendant sa lecture : une ligne relue ne correspond plus à la chaîne vérifiée. Relancez la commande sur un journal qui n’est plus modifié.',
    );
  });
});

describe('journalBreak', () => {
  it('names the line, the order number and the meaning of each kind of break', () => {
    expect(journalBreak('r.jsonl', { ok: false, line: 5, seq: 5, reason: 'hash' })).toBe(
      'Journal refusé\u202f: r.jsonl\nLigne 5 (n° d’ordre 5)\u202f: l’empreinte ne correspond pas au contenu — la ligne a été modifiée.',
    );
    expect(plain(journalBreak('r.jsonl', { ok: false, line: 2, seq: 3, expectedSeq: 2, reason: 'gap' }))).toContain(
      'Ligne 2 (n° d’ordre 3) : le n° d’ordre 2 était attendu — une ligne a été supprimée, insérée ou déplacée.',
    );
    expect(plain(journalBreak('r.jsonl', { ok: false, line: 4, seq: 4, reason: 'prevHash' }))).toContain(
      'Ligne 4 (n° d’ordre 4) : l’empreinte précédente ne correspond pas à la ligne d’avant',
    );
    expect(plain(journalBreak('r.jsonl', { ok: false, line: 3, reason: 'json' }))).toContain('Ligne 3 : ce n’est pas du JSON lisible');
    expect(plain(journalBreak('r.jsonl', { ok: false, line: 2, reason: 'shape' }))).toContain('Ligne 2 : ce n’est pas un événement du registre');
    expect(plain(journalBreak('r.jsonl', { ok: false, line: 1, reason: 'empty' }))).toContain('Le journal est vide : il ne contient aucun événement.');
  });
});

describe('verifySummary', () => {
  it('gives the counts, the last order number and the head hash', () => {
    const text = plain(verifySummary('r.jsonl', { ok: true, events: 1234, movements: 1, products: 2, lastSeq: 1234, headHash: 'ab'.repeat(32) }));
    expect(text.split('\n')).toEqual([
      'Journal intègre : r.jsonl',
      'Événements : 1 234, dont 1 mouvement',
      'Produits définis : 2',
      'Dernier n° d’ordre : 1234',
      `Empreinte de tête : ${'ab'.repeat(32)}`,
    ]);
  });
});

describe('stockReport', () => {
  it('lays out one product per line with its balance, dispensable and quarantine in French notation', () => {
    const text = stockReport({
      at: '2026-03-06',
      registerId: 'REG-2026-001',
      establishmentName: 'Pharmacie du Port',
      rows: [
        { productId: 'P2', product: MORPHINE, balance: { total: toMilli(18_000), quarantine: toMilli(2_500) } },
        { productId: 'P3', product: METHADONE, balance: { total: toMilli(1_000_500), quarantine: toMilli(0) } },
      ],
    });
    expect(plain(text).split('\n')).toEqual([
      'Stock au 06/03/2026 — Pharmacie du Port, registre REG-2026-001',
      'Désignation                Forme     Dosage   Solde du registre  Disponible  Quarantaine  Unité',
      'Morphine sulfate LP 10 mg  comprimé  10 mg                   18        15,5          2,5  comprimé',
      'Méthadone sirop 5 mg/mL    sirop     5 mg/mL            1 000,5     1 000,5            0  mL',
    ]);
  });

  it('says so when no product is defined yet', () => {
    expect(plain(stockReport({ at: '2026-03-01', rows: [] }))).toBe('Stock au 01/03/2026\nAucun produit défini à cette date.');
  });
});

describe('unreadable journal', () => {
  it('say why a journal could not be read', () => {
    expect(plain(unreadableJournal('x.jsonl', 'ENOENT'))).toBe('Impossible de lire le journal « x.jsonl » : fichier introuvable.');
    expect(plain(unreadableJournal('d', 'EISDIR'))).toContain('c’est un dossier');
    expect(plain(unreadableJournal('d', 'EACCES'))).toContain('accès refusé');
  });
});
