// The supplier a receipt starts from when none was typed in this window: the one the
// register names most recently (narcotics come from the usual wholesaler, box after box,
// delivery after delivery). It is written into the form's fields, where the person sees
// it and can change it, and the form says where it comes from: never taken silently.
import { useEffect, useRef, useState } from 'react';
import type { Person } from '../../db/register-store';
import { useRegisterQuery } from '../../db/use-register-query';

export const SUPPLIER_FIELDS = ['supplier.name', 'supplier.profession', 'supplier.address'] as const;
type SupplierField = (typeof SUPPLIER_FIELDS)[number];

/**
 * Fills the empty supplier fields once with the most recent supplier, unless the person
 * typed in them first; returns that supplier while the form still names them (null once
 * another name is typed), for the form to say so.
 */
export function useRecentSupplier(values: Readonly<Record<SupplierField, string>>, fill: (field: SupplierField, value: string) => void): Person | null {
  const recent = useRegisterQuery((store) => store.suggestPeople('supplier', '', 1)) ?? [];
  const [offered, setOffered] = useState<Person | null>(null);
  const decided = useRef(false);
  const empty = SUPPLIER_FIELDS.every((field) => values[field].trim() === '');
  const [latest] = recent;

  useEffect(() => {
    if (decided.current) return;
    // A supplier typed (or kept from earlier in this window) before the register answered stays.
    if (!empty) decided.current = true;
    else if (latest) {
      decided.current = true;
      setOffered(latest);
      fill('supplier.name', latest.name);
      fill('supplier.address', latest.address);
      fill('supplier.profession', latest.profession ?? '');
    }
  }, [empty, latest, fill]);

  return offered && offered.name === values['supplier.name'] ? offered : null;
}
