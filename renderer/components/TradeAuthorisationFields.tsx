// Whether a receipt is an import (AIS, AIP) or a supplier return an export (AES, AEP), and
// the number of ANSM's authorisation: optional, asked only when the movement crosses the
// border. The annual declaration counts it as an import or export, and lists it.
import { EXPORT_AUTHORISATIONS, IMPORT_AUTHORISATIONS } from '../../shared/register/events';
import type { AppError } from '../../shared/errors';
import { typeset } from '../messages/typeset';
import { LabelledField, LabelledText } from './LabelledField';

const t = typeset({
  import: {
    kind: 'Importation',
    none: 'Non : réception en France',
    number: 'N° de l’autorisation d’importation',
    hint: 'Produit venu de l’étranger : l’autorisation d’importation de l’ANSM (une par opération).',
  },
  export: {
    kind: 'Exportation',
    none: 'Non : retour en France',
    number: 'N° de l’autorisation d’exportation',
    hint: 'Retour hors de France : l’autorisation d’exportation de l’ANSM (une par opération).',
  },
  kinds: {
    AIS: 'AIS — stupéfiants',
    AIP: 'AIP — psychotropes',
    AES: 'AES — stupéfiants',
    AEP: 'AEP — psychotropes',
  },
});

interface TradeAuthorisationFieldsProps {
  direction: 'import' | 'export';
  kind: string;
  number: string;
  onKind: (kind: string) => void;
  onNumber: (number: string) => void;
  error: AppError | null;
}

export function TradeAuthorisationFields({ direction, kind, number, onKind, onNumber, error }: TradeAuthorisationFieldsProps) {
  const words = t[direction];
  const kinds = direction === 'import' ? IMPORT_AUTHORISATIONS : EXPORT_AUTHORISATIONS;
  return (
    <>
      <LabelledField name="authorisation.kind" label={words.kind} error={error} hint={words.hint}>
        {(control) => (
          <select value={kind} onChange={(event) => onKind(event.target.value)} {...control}>
            <option value="">{words.none}</option>
            {kinds.map((choice) => (
              <option key={choice} value={choice}>
                {t.kinds[choice]}
              </option>
            ))}
          </select>
        )}
      </LabelledField>
      {kind === '' ? null : <LabelledText name="authorisation.number" label={words.number} value={number} onChange={onNumber} error={error} required />}
    </>
  );
}

/** The event's field: absent unless a kind is chosen; the number goes as typed, for the register to refuse an empty one. */
export function typedAuthorisation<K extends string>(kind: string, number: string): { authorisation?: { kind: K; number: string } } {
  return kind === '' ? {} : { authorisation: { kind: kind as K, number } };
}
