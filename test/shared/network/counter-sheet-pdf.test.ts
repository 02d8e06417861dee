// The sheet for adding a counter, read back as text: what a counter's set-up asks is on
// it (address, port, database, user, password), with the steps, in French.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COUNTER_SHEET_TITLE, counterSheetPdf } from '../../../shared/network/counter-sheet-pdf';
import { editionFonts } from '../../fixtures/edition-fonts';

async function textOf(pdf: Uint8Array): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'fiche-poste-'));
  try {
    await writeFile(join(folder, 'fiche.pdf'), pdf);
    return execFileSync('pdftotext', ['-layout', join(folder, 'fiche.pdf'), '-'], { encoding: 'utf8' }).replace(/[\u00a0\u202f]/g, ' ');
  } finally {
    await rm(folder, { recursive: true });
  }
}

const details = {
  hostName: 'ARRIERE-BOUTIQUE',
  addresses: ['192.168.1.10', '192.168.1.23'],
  port: 5433,
  database: 'registre',
  user: 'registre_poste',
  password: 'K7M2Q-9XH4T-B8C1D-ZP6W3-RN5FJ',
  fingerprint: '13:53:10:59:5E:A1:16:EA:A7:C4:FB:5A:A6:CA:7D:7F:92:1F:6F:C3:D1:70:74:6B:33:F6:2D:31:F7:A6:3C:70',
};
const frame = {
  establishment: { kind: 'officine' as const, name: 'Pharmacie du Port', address: '1 quai des Indes, 56100 Lorient' },
  head: { seq: 12, hash: 'a'.repeat(64) },
  editedAt: new Date('2026-12-05T15:00:00Z'),
  fonts: editionFonts(),
};

describe('the sheet for adding a counter', () => {
  it('prints the host, its addresses and port, the database, the user and the password, and the steps', async () => {
    const text = await textOf(counterSheetPdf(details, frame));
    const words = text.replace(/\s+/g, ' ');
    expect(words).toContain(COUNTER_SHEET_TITLE);
    expect(words).toContain('Pharmacie du Port');
    expect(words).toContain('ARRIERE-BOUTIQUE');
    expect(words).toContain('192.168.1.10 ou 192.168.1.23');
    expect(words).toMatch(/Port 5433/);
    expect(words).toMatch(/Base registre/);
    expect(words).toMatch(/Utilisateur registre_poste/);
    expect(words).toContain('K7M2Q-9XH4T-B8C1D-ZP6W3-RN5FJ');
    expect(words).toContain('« Plusieurs postes, registre sur un serveur PostgreSQL »');
    expect(words).toContain('Essayer la connexion et relier ce poste');
    expect(words).toContain('art. R. 5132-36 du code de la santé publique');
    // The certificate's fingerprint in groups of four, on one line, as a counter types it.
    expect(text).toContain('1353 1059 5EA1 16EA A7C4 FB5A A6CA 7D7F 921F 6FC3 D170 746B 33F6 2D31 F7A6 3C70');
  });

  it('says when the server has no certificate yet', async () => {
    const words = (await textOf(counterSheetPdf({ ...details, fingerprint: null }, frame))).replace(/\s+/g, ' ');
    expect(words).toContain('pas encore de certificat');
  });

  it('says what to do when the host has no network address', async () => {
    const words = (await textOf(counterSheetPdf({ ...details, addresses: [] }, frame))).replace(/\s+/g, ' ');
    expect(words).toContain('aucune adresse réseau trouvée');
  });
});
