// The public medicines catalogue on the Produits tab: the four files imported together,
// then searched; a presentation chosen fills the product form, which the pharmacist checks
// and adds. Two actions from the catalogue to a product of the register.
import { useState, type ChangeEvent } from 'react';
import { type AppError } from '../../../shared/errors';
import type { CataloguePresentation } from '../../../shared/catalogue/narcotic-catalogue';
import { readCatalogue } from '../../../shared/catalogue/read-catalogue';
import { formatDay, localDay } from '../../../shared/register/dates';
import { useStore } from '../../db/DatabaseContext';
import { useRegisterQuery } from '../../db/use-register-query';
import { decodeCatalogueFile } from './decode-file';
import { catalogueWords } from './messages';
import { searchCatalogue } from './catalogue-product';
import { FormOutcome } from '../../components/FormOutcome';

/** Enough rows to choose from; a longer list asks for a closer search. */
const SHOWN = 12;

export function CatalogueSection({ onChoose }: { onChoose: (presentation: CataloguePresentation) => void }) {
  const store = useStore();
  const catalogue = useRegisterQuery((reader) => reader.catalogue());
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [importing, setImporting] = useState(false);
  const t = catalogueWords;

  const importFiles = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = [...(event.target.files ?? [])];
    event.target.value = '';
    if (chosen.length === 0) return;
    setImporting(true);
    try {
      const files = await Promise.all(chosen.map(async (file) => ({ name: file.name, text: decodeCatalogueFile(new Uint8Array(await file.arrayBuffer())) })));
      const read = readCatalogue(files);
      setError(read.ok ? null : read.error);
      if (read.ok) await store.replaceCatalogue(read.value);
    } finally {
      setImporting(false);
    }
  };

  const found = catalogue && typed.trim() !== '' ? searchCatalogue(catalogue, typed) : [];
  const importedAt = catalogue?.[0]?.importedAt;
  return (
    <section className="card catalogue" aria-labelledby="catalogue-title">
      <h2 id="catalogue-title">{t.title}</h2>
      <p className="field__hint">{t.explain}</p>
      <div className="grid">
        <div className="field">
          <label htmlFor="catalogue-files">{t.files}</label>
          <input id="catalogue-files" type="file" multiple accept=".txt,text/plain" onChange={(event) => void importFiles(event)} disabled={importing} />
        </div>
        <div className="field field--double">
          <label htmlFor="catalogue-search">{t.search}</label>
          <input
            id="catalogue-search"
            type="search"
            value={typed}
            autoComplete="off"
            onChange={(event) => setTyped(event.target.value)}
            disabled={!catalogue?.length}
          />
        </div>
      </div>
      <FormOutcome error={error} success={null} />
      <p className="muted catalogue__state" aria-live="polite">
        {importing ? t.importing : importedAt && catalogue ? t.imported(catalogue.length, formatDay(localDay(new Date(importedAt)))) : t.none}
      </p>
      {typed.trim() !== '' && catalogue?.length ? (
        found.length === 0 ? (
          <p className="empty">{t.noMatch}</p>
        ) : (
          <>
            <table className="table catalogue-table" aria-label={t.title}>
              <thead>
                <tr>
                  <th>{t.columns.designation}</th>
                  <th>{t.columns.cip13}</th>
                  <th>{t.columns.box}</th>
                  <th>{t.columns.substance}</th>
                  <th>{t.columns.limits}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {found.slice(0, SHOWN).map((presentation) => (
                  <tr key={presentation.cip13}>
                    <td>
                      {presentation.designation}
                      <br />
                      <span className="muted">{presentation.form}</span>
                    </td>
                    <td>{presentation.cip13}</td>
                    <td>{t.box(presentation.perBox, presentation.unit, presentation.label)}</td>
                    <td>
                      {presentation.substance
                        ? `${presentation.substance.name}${presentation.substance.saltName ? ` (${presentation.substance.saltName})` : ''}, ${presentation.strength}`
                        : '—'}
                    </td>
                    <td>{presentation.limits ? t.limits(presentation.limits.maxDays, presentation.limits.fractionDays) : '—'}</td>
                    <td>
                      <button
                        type="button"
                        className="link"
                        aria-label={t.chooseLabel(presentation.designation, presentation.cip13)}
                        onClick={() => onChoose(presentation)}
                      >
                        {t.choose}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {found.length > SHOWN ? <p className="muted">{t.more(found.length - SHOWN)}</p> : null}
          </>
        )
      ) : null}
    </section>
  );
}
