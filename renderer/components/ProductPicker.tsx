// The product of a movement, chosen by typing: a combobox (WAI-ARIA pattern) that finds a
// product by its name, CIP13 or substance, accents aside, in alphabetical order, with its
// stock beside it. Keyboard first: type, arrows, Enter chooses (it does not submit the
// form while the list is open), Escape closes. A scanned box chooses in it from outside
// (features/scan): the field then shows the product chosen.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { formatQuantity } from '../../shared/register/quantity';
import { EMPTY_STOCK, inCompartment } from '../../shared/stock/movements';
import type { ProductSummary } from '../db/queries';
import { useRegisterQuery } from '../db/use-register-query';
import { fr } from '../messages/fr';
import type { ControlProps } from './LabelledField';
import { productLabel, searchProducts } from './product-search';

interface ProductPickerProps {
  control: ControlProps;
  products: readonly ProductSummary[];
  value: string;
  onChange: (productId: string) => void;
}

/** Enough to choose from at a glance; more words narrow the list. */
const SHOWN = 50;

export function ProductPicker({ control, products, value, onChange }: ProductPickerProps) {
  const listId = useId();
  const stock = useRegisterQuery((store) => store.stock());
  const chosen = products.find((product) => product.productId === value);
  const chosenLabel = chosen ? productLabel(chosen) : '';
  /** What is typed while searching; null while the field shows the product chosen. */
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const text = query ?? chosenLabel;

  // A product chosen, here or from outside (a scan), ends the search. A choice emptied
  // while the person types is their own doing: what they type stays. Emptied from outside
  // (an unknown code scanned elsewhere, a form reset after a save), the field empties too.
  // Deciding by the focus rather than by remembering our own change leaves nothing to go
  // stale when two changes land in one render.
  useEffect(() => {
    if (value === '' && document.activeElement === input.current) return;
    setQuery(null);
    setOpen(false);
  }, [value]);

  // Searched only while the list shows: a closed picker (the quarantine form under the
  // Stock tab) renders again at every write, and sorting every product by its
  // accent-free label then cost the tab's refresh more than its reads.
  const offered = open ? searchProducts(products, query ?? '').slice(0, SHOWN) : [];
  // A product chosen, the cursor goes on to the quantity, what comes next on every movement
  // form (as after a scanned box). Once the choice is rendered: leaving the field before
  // would show the label of the product chosen before it.
  const [chosenCount, setChosenCount] = useState(0);
  useEffect(() => {
    if (chosenCount > 0) input.current?.form?.querySelector<HTMLElement>('[name="quantity"]')?.focus();
  }, [chosenCount]);
  const choose = (product: ProductSummary) => {
    setOpen(false);
    setQuery(null);
    onChange(product.productId);
    setChosenCount((count) => count + 1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) {
        setOpen(true);
        setActive(0);
        return;
      }
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => Math.min(Math.max(current + step, 0), Math.max(offered.length - 1, 0)));
    } else if (event.key === 'Enter' && open) {
      // Enter in an open list chooses; it never submits the form, even with nothing to choose.
      event.preventDefault();
      const product = offered[active];
      if (product) choose(product);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
      setQuery(null);
    }
  };

  const activeId = open && offered[active] ? `${listId}-${offered[active].productId}` : undefined;
  return (
    <div className="product-picker">
      <input
        {...control}
        ref={input}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={activeId}
        placeholder={fr.common.chooseProduct}
        value={text}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
          setActive(0);
          // What is typed is a search: the product chosen before no longer is.
          if (value !== '') onChange('');
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          setOpen(false);
          setQuery(null);
        }}
      />
      {open ? (
        <ul className="product-picker__list" role="listbox" id={listId} aria-label={fr.common.product}>
          {offered.length === 0 ? (
            <li className="product-picker__none" role="presentation">
              {fr.common.noProductFound}
            </li>
          ) : (
            offered.map((product, index) => {
              const held = stock?.get(product.productId) ?? EMPTY_STOCK;
              return (
                <li
                  key={product.productId}
                  id={`${listId}-${product.productId}`}
                  role="option"
                  aria-selected={index === active}
                  className={index === active ? 'product-picker__option product-picker__option--active' : 'product-picker__option'}
                  // Chosen before the field loses the focus.
                  onMouseDown={(event) => {
                    event.preventDefault();
                    choose(product);
                  }}
                >
                  <span className="product-picker__label">{productLabel(product)}</span>
                  <span className="product-picker__stock">{fr.common.stockShort(formatQuantity(inCompartment(held, 'dispensable')), product.unit)}</span>
                </li>
              );
            })
          )}
        </ul>
      ) : null}
    </div>
  );
}
