// What the three entry forms share: their values, the product and its stock, the submit
// path, and where the cursor goes after the register answers (onto the refused field;
// back to the product once a line is recorded, ready for the next one).
import { useEffect, useRef, useState } from 'react';
import type { AppError } from '../../../shared/errors';
import { appError } from '../../../shared/errors';
import { localDay } from '../../../shared/register/dates';
import { parseQuantity, type Milli } from '../../../shared/register/quantity';
import type { DraftBody } from '../../../shared/register/validate';
import type { Result } from '../../../shared/result';
import { err } from '../../../shared/result';
import { useFormValues } from '../../components/use-form-values';
import { useRecord } from '../../db/use-record';
import { useRegisterQuery } from '../../db/use-register-query';
import { expiryField } from '../../../shared/scan/box-code';
import { useBoxScan } from '../scan/use-box-scan';

export const today = () => localDay(new Date());

/** The fields every entry form has. */
export interface EntryValues extends Record<string, string> {
  productId: string;
  operationDate: string;
  quantity: string;
  observation: string;
}

export function entryValues<T extends Record<string, string>>(own: T): EntryValues & T {
  return { productId: '', operationDate: today(), quantity: '', observation: '', ...own };
}

/**
 * The values are keyed by the names the register gives the fields (AppError.field), so
 * that editing the field a refusal is about takes the refusal away.
 */
export function useEntryForm<T extends EntryValues>(initial: T, noteAsked?: (values: T) => boolean) {
  const { values, set, reset } = useFormValues(initial);
  const recorder = useRecord();
  const { error, recorded } = recorder;
  const [dismissed, setDismissed] = useState<AppError | null>(null);
  /** A setter for one field; a refusal about `key` (or about `alsoClears`) goes once it is edited. */
  const edit = (key: keyof T & string, alsoClears?: string) => (value: string) => {
    set(key)(value);
    if (error && (error.field === key || error.field === alsoClears)) setDismissed(error);
  };
  const productsRead = useRegisterQuery((store) => store.products());
  const products = productsRead ?? [];
  const product = products.find((candidate) => candidate.active && candidate.productId === values.productId);
  const stock = useRegisterQuery((store) => store.productStock(values.productId), [values.productId]);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (error?.field) formRef.current?.querySelector<HTMLElement>(`[name="${error.field}"]`)?.focus();
  }, [error]);
  useEffect(() => {
    if (recorded) formRef.current?.querySelector<HTMLElement>('[name="productId"]')?.focus();
  }, [recorded]);

  const hasFocus = (name: string) => {
    const focused = document.activeElement;
    return focused?.getAttribute('name') === name && (formRef.current?.contains(focused) ?? false);
  };

  // A scanned box chooses the product and fills what the form has of its lot and expiry;
  // the quantity is what is left to type.
  const fillFromBox = (productId: string, lot: string, expiry: string) => {
    edit('productId')(productId);
    if ('lot' in values) edit('lot' as keyof T & string)(lot);
    if ('expiry' in values) edit('expiry' as keyof T & string)(expiry);
  };
  const scan = useBoxScan({
    products,
    ready: productsRead !== undefined,
    onProduct: (productId, code) => {
      fillFromBox(productId, code.lot ?? '', code.expiry ? expiryField(code.expiry) : '');
      formRef.current?.querySelector<HTMLElement>('[name="quantity"]')?.focus();
    },
    onNoProduct: () => fillFromBox('', '', ''),
    // A form with a delivery note waits for its number once it asked for it, or while the
    // cursor is in its field: a scanned code that is no box is then the note's barcode.
    deliveryNote:
      'deliveryRef' in values
        ? {
            awaited: () => (noteAsked?.(values) ?? false) || hasFocus('deliveryRef'),
            onNote: (note) => {
              edit('deliveryRef' as keyof T & string)(note);
              formRef.current?.querySelector<HTMLElement>('[name="deliveryRef"]')?.focus();
            },
          }
        : undefined,
  });

  /** Records the draft; once recorded, empties the form but for the date and what `keep` names. */
  const save = async (body: DraftBody, keep: Partial<T> = {}) => {
    const saved = await recorder.record({ operationDate: values.operationDate, body, observation: values.observation });
    if (saved) reset({ operationDate: values.operationDate, ...keep } as Partial<T>);
    return saved;
  };

  return { values, edit, products, product, stock, formRef, save, scan, ...recorder, error: error === dismissed ? null : error };
}

/** A quantity typed in the product's unit; an empty field says it is mandatory. */
export function typedQuantity(text: string): Result<Milli, AppError> {
  if (text.trim() === '') return err(appError('field.required', 'quantity', { label: 'quantité' }));
  return parseQuantity(text);
}

/** The refusal is written under its field when the form shows that field; otherwise with the outcome. */
export function outcomeError(error: AppError | null, fields: readonly string[]): AppError | null {
  return error && (error.field === undefined || !fields.includes(error.field)) ? error : null;
}
