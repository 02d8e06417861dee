// An edition.produced names its file: a PDF for every edition but the annual working copy
// (a workbook) and its list in CSV.
import { describe, expect, it } from 'vitest';
import type { EditionProduced } from '../../../shared/register/events';
import { decideDraft } from '../../fixtures/register';
import { openedContext } from '../../fixtures/drafts';
import { accepted, refusal } from '../../fixtures/result';

function edition(overrides: Partial<EditionProduced>) {
  const body: EditionProduced = {
    type: 'edition.produced',
    edition: 'annual-working-copy',
    from: '2025-01-01',
    to: '2025-12-31',
    fileName: '2025_jare-copie-de-travail_20260110-0900.xlsx',
    sha256: 'a'.repeat(64),
    size: 1200,
    ...overrides,
  };
  return decideDraft({ operationDate: '2026-03-10', body }, openedContext({ product: undefined }));
}

describe('the file an edition names', () => {
  it('is a workbook for the working copy, a CSV for the list, a PDF otherwise', () => {
    expect(accepted(edition({})).body).toMatchObject({ edition: 'annual-working-copy' });
    accepted(edition({ edition: 'annual-authorisations-csv', fileName: '2025_autorisations-import-export_20260110-0900.csv' }));
    accepted(edition({ edition: 'annual-letter', fileName: '2025_lettre-accompagnement-ansm_20260110-0900.pdf' }));
  });

  it.each([
    ['annual-working-copy', '2025_jare.pdf'],
    ['annual-statement', '2025_etat.xlsx'],
    ['period-journal', '2025_registre.csv'],
  ] as const)('refuses a %s named %s', (kind, fileName) => {
    expect(refusal(edition({ edition: kind, fileName }))).toMatchObject({ code: 'edition.file', field: 'fileName' });
  });
});
