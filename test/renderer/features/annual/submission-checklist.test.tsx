// @vitest-environment jsdom
// The submission checklist: the year's destruction PVs with their archived files, opened
// through the main process (which checks the hash first); the attachments asked of the
// editions machinery for the year shown.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SubmissionChecklist } from '../../../../renderer/features/annual/SubmissionChecklist';
import type { Printer } from '../../../../renderer/features/editions/use-print';
import { API_GLOBAL } from '../../../../shared/ipc/contract';
import type { RegisterEvent } from '../../../../shared/register/events';
import { annualJournal } from '../../../shared/jare/annual-journal';
import { fakeMain, sha256, type FakeMain } from '../editions/fake-main';

const PV_FILE = '2026-03-16_pv-destruction_PV-2026-001_20260316-1101.pdf';
const PDF = new TextEncoder().encode('%PDF-1.4 procès-verbal');
let main: FakeMain;

beforeEach(() => {
  main = fakeMain();
  main.archive.set(PV_FILE, PDF);
  window[API_GLOBAL] = main.api;
});
afterEach(() => {
  cleanup();
  delete window[API_GLOBAL];
});

function events(): RegisterEvent[] {
  return [
    ...annualJournal({ trade: true }),
    {
      seq: 30,
      type: 'destruction.certified',
      dossier: 'PV-2026-001',
      operationDate: '2026-03-16',
      recordedAt: '2026-03-16T10:00:00.000Z',
    } as unknown as RegisterEvent,
    {
      seq: 31,
      type: 'edition.produced',
      edition: 'destruction-pv',
      dossier: 'PV-2026-001',
      fileName: PV_FILE,
      sha256: sha256(PDF),
      size: PDF.length,
      operationDate: '2026-03-16',
      recordedAt: '2026-03-16T10:01:00.000Z',
    } as unknown as RegisterEvent,
  ];
}

function printer(): Printer {
  return { print: vi.fn(async () => ({ kind: 'invalid', message: '' }) as const), refuse: vi.fn(), busy: null, outcome: null };
}

describe('the submission checklist', () => {
  it('lists the year’s PV with its file, and opens it after the hash check', async () => {
    render(<SubmissionChecklist year={2026} events={events()} registerId="REG-2026-001" printer={printer()} />);
    const table = screen.getByRole('table', { name: 'Procès-verbaux de destruction de l’année' });
    expect(within(table).getByText('PV-2026-001')).toBeTruthy();
    expect(within(table).getByText('16/03/2026')).toBeTruthy();
    fireEvent.click(within(table).getByRole('button', { name: `Ouvrir ${PV_FILE}` }));
    await waitFor(() => expect(main.opened).toEqual([PV_FILE]));
    expect(screen.getByRole('status').textContent).toContain(PV_FILE);
  });

  it('lists the authorisations of the year and asks for the letter and the lists of that year', () => {
    const asked = printer();
    render(<SubmissionChecklist year={2026} events={events()} registerId="REG-2026-001" printer={asked} />);
    const list = screen.getByRole('table', { name: 'Autorisations d’importation et d’exportation utilisées' });
    expect(
      within(list)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual([
      'N°DateOpérationAutorisationProduitQuantité',
      '805/01/2026ImportationRépartiteur Ouest, ZI de Kerpont, 56850 CaudanAIS n° AIS-2026-0042Skenan LP 30 mg56 gélules',
      '1601/05/2026ExportationRépartiteur Ouest, CaudanAEP n° AEP-2026-0007Oramorph 20 mg/mL10 mL',
    ]);
    const year = { from: '2026-01-01', to: '2026-12-31' };
    fireEvent.click(screen.getByRole('button', { name: 'Lettre d’accompagnement (PDF)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Liste (CSV)' }));
    expect(asked.print).toHaveBeenNthCalledWith(1, 'annual-letter', { kind: 'annual-letter', period: year });
    expect(asked.print).toHaveBeenNthCalledWith(2, 'annual-authorisations-csv', { kind: 'annual-authorisations-csv', period: year });
  });

  it('says when the year had no PV and no authorisation', () => {
    render(<SubmissionChecklist year={2025} events={events()} registerId="REG-2026-001" printer={printer()} />);
    expect(screen.getByText('Aucun procès-verbal de destruction en 2025.')).toBeTruthy();
    expect(screen.getByText('Aucune réception ni aucun retour sous autorisation d’importation ou d’exportation en 2025.')).toBeTruthy();
  });
});
