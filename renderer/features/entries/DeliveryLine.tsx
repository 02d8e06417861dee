// The delivery a box is entered under, said where the eyes are (beside the product, lot
// and quantity a scan fills) rather than only in the fields further down: which supplier
// the receipt will name, and its delivery note or that it will be asked for.
import { fr } from '../../messages/fr';

interface DeliveryLineProps {
  supplier: string;
  deliveryRef: string;
  /** Puts the cursor in the supplier's name, its text selected, to type another one. */
  onChangeSupplier: () => void;
}

export function DeliveryLine({ supplier, deliveryRef, onChangeSupplier }: DeliveryLineProps) {
  return (
    <p className="delivery-line">
      <span>{fr.receipt.delivery}</span> <strong>{supplier.trim() === '' ? fr.receipt.supplierToGive : supplier}</strong>
      {' · '}
      <span>{deliveryRef.trim() === '' ? fr.receipt.deliveryRefToGive : fr.receipt.deliveryRefOf(deliveryRef)}</span>{' '}
      <button type="button" className="link" onClick={onChangeSupplier}>
        {fr.receipt.changeSupplier}
      </button>
    </p>
  );
}
