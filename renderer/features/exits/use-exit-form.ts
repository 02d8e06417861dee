// What every exit form shares: product, operation date, quantity and observation; the
// product's stock; and the submit path. A refusal writes nothing and keeps every value.
import { useState, type FormEvent } from 'react';
import { appError, type AppError } from '../../../shared/errors';
import { localDay } from '../../../shared/register/dates';
import type {
  Dispensation,
  PreparationUse,
  QuarantineMove,
  RegisterEvent,
  SupplierReturn,
  Theft,
  VetAdministration,
  VetDispensing,
} from '../../../shared/register/events';
import { parseQuantity, type Milli } from '../../../shared/register/quantity';
import type { Result } from '../../../shared/result';
import type { StockBalance } from '../../../shared/stock/movements';
import { useFormValues } from '../../components/use-form-values';
import type { ProductSummary } from '../../db/register-store';
import { useRecord } from '../../db/use-record';
import { useRegisterQuery } from '../../db/use-register-query';

/** What leaves the dispensable stock through these forms; a mise en quarantaine leaves it for quarantine. */
export type ExitBody = Dispensation | VetAdministration | VetDispensing | PreparationUse | SupplierReturn | Theft | QuarantineMove;

export const today = () => localDay(new Date());

/** The fields every exit form has, named as the errors name them. */
export const COMMON_FIELDS = ['productId', 'operationDate', 'quantity', 'observation'] as const;
export type CommonValues = Record<(typeof COMMON_FIELDS)[number], string>;

export function useExitForm<T extends Record<string, string>>(specific: T) {
  const [initial] = useState(() => ({ productId: '', operationDate: today(), quantity: '', observation: '', ...specific }));
  const { values, set: setValue, reset } = useFormValues<CommonValues & T>(initial);
  const recorder = useRecord();
  // A refusal goes once the field it names is edited; the next refusal shows again.
  const [dismissed, dismiss] = useState<AppError | null>(null);
  const error = recorder.error === dismissed ? null : recorder.error;
  const set = (key: keyof (CommonValues & T)) => (value: string) => {
    setValue(key)(value);
    if (error?.field !== undefined && valueKey(error.field) === key) dismiss(error);
  };
  const productsRead = useRegisterQuery((store) => store.products());
  const products = productsRead ?? [];
  const product = products.find((candidate) => candidate.productId === values.productId && candidate.active);
  const stock = useRegisterQuery((store) => store.productStock(values.productId), [values.productId]);
  const quantity = parseQuantity(values.quantity);

  /**
   * The submit handler: `build` turns the values into the event body; after a success the
   * form empties, except the date and the fields named in `keep`.
   */
  const submit =
    (build: (product: ProductSummary, quantity: Milli) => ExitBody, keep: readonly (keyof T)[] = []) =>
    async (event: FormEvent) => {
      event.preventDefault();
      if (!product) return recorder.refuse(appError('product.unknown', 'productId'));
      if (values.quantity.trim() === '') return recorder.refuse(appError('field.required', 'quantity', { label: 'quantité' }));
      if (!quantity.ok) return recorder.refuse(quantity.error);
      const saved = await recorder.record({
        operationDate: values.operationDate,
        body: build(product, quantity.value),
        observation: values.observation,
      });
      if (saved) reset({ operationDate: values.operationDate, ...Object.fromEntries(keep.map((key) => [key, values[key]])) } as Partial<CommonValues & T>);
    };

  return { values, set, ...recorder, error, products, productsRead: productsRead !== undefined, product, stock, quantity, submit };
}

/** The form value a refusal is about: 'recipient.name' is typed in `recipientName`. */
function valueKey(field: string): string {
  return field.replace(/\.(\w)/g, (_, letter: string) => letter.toUpperCase());
}

/** What the frame of an exit form reads from the form it surrounds. */
export interface ExitFormState {
  values: CommonValues;
  set: (field: keyof CommonValues) => (value: string) => void;
  error: AppError | null;
  recorded: RegisterEvent | null;
  saving: boolean;
  products: readonly ProductSummary[];
  /** Whether `products` has been read yet (empty before). */
  productsRead: boolean;
  product: ProductSummary | undefined;
  stock: StockBalance | undefined;
  quantity: Result<Milli, AppError>;
}
