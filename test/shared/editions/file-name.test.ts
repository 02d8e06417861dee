import { describe, expect, it } from 'vitest';
import { editionFileName, instantStamp, periodLabel, SAFE_FILE_NAME, slug } from '../../../shared/editions/file-name';
import { requestSchemas } from '../../../shared/ipc/requests';

/** 23 November 2026, 09:41 local time. */
const EDITED_AT = new Date(2026, 10, 23, 9, 41, 27);
const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' };

function acceptedByMainProcess(fileName: string): boolean {
  return requestSchemas['edition:open'].shape.fileName.safeParse(fileName).success;
}

describe('edition file names', () => {
  it('name the annual declaration by its year, a workbook .xlsx and the list in CSV .csv, all accepted by the main process', () => {
    const year = { from: '2026-01-01', to: '2026-12-31' };
    const names = [
      editionFileName({ kind: 'annual-working-copy', period: year }, EDITED_AT),
      editionFileName({ kind: 'annual-statement', period: year }, EDITED_AT),
      editionFileName({ kind: 'annual-authorisations-csv', period: year }, EDITED_AT, new Set(['2026_autorisations-import-export_20261123-0941.csv'])),
      editionFileName({ kind: 'annual-jare-fill-report', period: year }, EDITED_AT),
    ];
    expect(names).toEqual([
      '2026_jare-copie-de-travail_20261123-0941.xlsx',
      '2026_etat-annuel-recapitulatif_20261123-0941.pdf',
      '2026_autorisations-import-export_20261123-0941-2.csv',
      '2026_jare-rapport-remplissage_20261123-0941.pdf',
    ]);
    expect(names.every(acceptedByMainProcess)).toBe(true);
    expect(acceptedByMainProcess('2026_jare.xlsm')).toBe(false);
    expect(acceptedByMainProcess('2026_jare.xlsx.exe')).toBe(false);
  });

  it('name a product’s month readably: period, edition, product, instant', () => {
    expect(editionFileName({ kind: 'product-register', period: NOVEMBER, productId: 'P2' }, EDITED_AT)).toBe('2026-11_registre_P2_20261123-0941.pdf');
    expect(editionFileName({ kind: 'product-register', period: NOVEMBER, productId: 'P2', designation: 'Skenan LP' }, EDITED_AT)).toBe(
      '2026-11_registre_P2-skenan-lp_20261123-0941.pdf',
    );
  });

  it('say which edition, and mark those of a monthly closure', () => {
    const march = { from: '2026-03-01', to: '2026-03-31' };
    expect(editionFileName({ kind: 'period-journal', period: march }, EDITED_AT)).toBe('2026-03_registre-tous-produits_20261123-0941.pdf');
    expect(editionFileName({ kind: 'month-balance', period: march, closureOf: '2026-03' }, EDITED_AT)).toBe(
      '2026-03_balance-mensuelle_cloture_20261123-0941.pdf',
    );
    expect(
      editionFileName(
        { kind: 'product-register', period: march, productId: 'P3', designation: 'Méthadone AP-HP sirop 40 mg', closureOf: '2026-03' },
        EDITED_AT,
      ),
    ).toBe('2026-03_registre_P3-methadone-ap-hp-sirop-40-mg_cloture_20261123-0941.pdf');
    expect(editionFileName({ kind: 'dispensations', period: march }, EDITED_AT)).toBe('2026-03_ordonnancier_20261123-0941.pdf');
    expect(editionFileName({ kind: 'integrity', period: { from: '2026-03-02', to: '2026-11-23' } }, EDITED_AT)).toBe('integrite_20261123-0941.pdf');
  });

  it('write any other period as its first and last days', () => {
    expect(periodLabel({ from: '2026-11-01', to: '2026-11-15' })).toBe('2026-11-01_2026-11-15');
    expect(periodLabel({ from: '2026-11-05', to: '2026-11-05' })).toBe('2026-11-05');
    expect(periodLabel({ from: '2026-01-01', to: '2026-12-31' })).toBe('2026-01-01_2026-12-31');
    expect(periodLabel({ from: '2024-02-01', to: '2024-02-29' })).toBe('2024-02');
    expect(periodLabel({ from: '2026-02-01', to: '2026-02-27' })).toBe('2026-02-01_2026-02-27');
  });

  it('are unique: a name already taken gets the next free suffix', () => {
    const parts = { kind: 'product-register' as const, period: NOVEMBER, productId: 'P2' };
    const taken = new Set(['2026-11_registre_P2_20261123-0941.pdf', '2026-11_registre_P2_20261123-0941-2.pdf']);
    expect(editionFileName(parts, EDITED_AT, taken)).toBe('2026-11_registre_P2_20261123-0941-3.pdf');
  });

  it('are safe on every system and accepted by the main process, whatever the designation', () => {
    const designations = [
      'Œstradiol « spécial » 1/2 mg',
      '../../etc/passwd',
      'Fentanyl 25 µg/h — dispositif transdermique très long nom commercial',
      '***',
      'C:\\Windows\\con',
    ];
    for (const designation of designations) {
      const name = editionFileName({ kind: 'product-register', period: NOVEMBER, productId: 'P12', designation, closureOf: '2026-11' }, EDITED_AT);
      expect(name).toMatch(SAFE_FILE_NAME);
      expect(acceptedByMainProcess(name)).toBe(true);
      expect(name).not.toContain('/');
      expect(name).not.toContain('..');
    }
    expect(slug('Œstradiol « spécial » 1/2 mg')).toBe('oestradiol-special-1-2-mg');
    expect(slug('***')).toBe('');
    expect(editionFileName({ kind: 'product-register', period: NOVEMBER, productId: 'P2', designation: '***' }, EDITED_AT)).toBe(
      '2026-11_registre_P2_20261123-0941.pdf',
    );
  });

  it('stamp the instant in local time to the minute', () => {
    expect(instantStamp(new Date(2027, 0, 2, 3, 4, 59))).toBe('20270102-0304');
  });
});
