// The products the register counts: add one, edit one, deactivate or reactivate it.
// An inactive product stays in the register and its editions, greyed here, and is no
// longer offered by the entry and exit forms.
import { Fragment, useState } from 'react';
import type { RegisterEvent } from '../../../shared/register/events';
import { formatQuantity } from '../../../shared/register/quantity';
import { FormOutcome } from '../../components/FormOutcome';
import type { ProductSummary } from '../../db/register-store';
import { useRecord } from '../../db/use-record';
import { useRegisterQuery } from '../../db/use-register-query';
import { productWords } from './messages';
import { AddProductForm } from './AddProductForm';
import type { CataloguePresentation } from '../../../shared/catalogue/narcotic-catalogue';
import { CatalogueSection } from '../catalogue/CatalogueSection';
import { catalogueProductValues } from '../catalogue/catalogue-product';
import { catalogueWords } from '../catalogue/messages';
import { EditProductForm } from './EditProductForm';
import { productActivation } from './product-drafts';
import { substanceKey } from '../../../shared/jare/annual';
import { formatSubstanceAmount } from '../../../shared/register/substance-amount';

const COLUMNS = 8;

/** "Morphine (sulfate) — 30 mg par gélule", or a dash when the product declares none. */
function substanceText(product: ProductSummary): string {
  const { substance } = product;
  if (!substance) return productWords.substance.none;
  return `${substanceKey(substance)} — ${formatSubstanceAmount(substance.perUnit)} par ${product.unit}`;
}

function outcomeOf(event: RegisterEvent): string | null {
  if (event.type !== 'product.changed') return null;
  const { designation } = event.product;
  return productWords.changed(designation, event.seq);
}

export function ProductsScreen() {
  const products = useRegisterQuery((store) => store.products());
  const [editing, setEditing] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const { record, error, saving } = useRecord();
  // A presentation chosen in the catalogue opens the add form anew, filled with it.
  const [prefill, setPrefill] = useState<{ key: number; presentation: CataloguePresentation } | null>(null);

  const setActive = async (product: ProductSummary, active: boolean) => {
    setDone(null);
    const saved = await record(productActivation(product, active));
    if (saved) setDone(active ? productWords.reactivated(product.designation, saved.seq) : productWords.deactivated(product.designation, saved.seq));
  };

  return (
    <section className="screen" aria-labelledby="products-title">
      <h1 id="products-title">{productWords.title}</h1>
      <CatalogueSection onChoose={(presentation) => setPrefill((current) => ({ key: (current?.key ?? 0) + 1, presentation }))} />
      <AddProductForm
        key={prefill?.key ?? 0}
        initial={prefill ? catalogueProductValues(prefill.presentation) : undefined}
        notice={prefill ? catalogueWords.prefilled(prefill.presentation.designation) : null}
      />
      {products && products.length > 0 ? (
        <>
          <FormOutcome error={error} success={done} />
          <table className="table products-table" aria-label={productWords.title}>
            <thead>
              <tr>
                <th>{productWords.designation}</th>
                <th>{productWords.form}</th>
                <th>{productWords.strength}</th>
                <th>{productWords.unit}</th>
                <th className="number">{productWords.perBox}</th>
                <th>CIP13</th>
                <th>{productWords.substance.column}</th>
                <th>
                  <span className="visually-hidden">{productWords.actions}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {products.map((product) => (
                <Fragment key={product.productId}>
                  <tr className={product.active ? undefined : 'inactive'}>
                    <td>
                      {product.designation}
                      {product.active ? null : (
                        <>
                          {' '}
                          <span className="badge">{productWords.inactive}</span>
                        </>
                      )}
                    </td>
                    <td>{product.form}</td>
                    <td>{product.strength}</td>
                    <td>{product.unit}</td>
                    <td className="number">{formatQuantity(product.perBox)}</td>
                    <td>{product.cip13 ?? '—'}</td>
                    <td>{substanceText(product)}</td>
                    <td>
                      <div className="row-actions">
                        <button
                          type="button"
                          className="link"
                          aria-label={productWords.editLabel(product.designation)}
                          aria-expanded={editing === product.productId}
                          onClick={() => {
                            setDone(null);
                            setEditing(product.productId);
                          }}
                        >
                          {productWords.edit}
                        </button>
                        <button
                          type="button"
                          className="link"
                          disabled={saving}
                          aria-label={product.active ? productWords.deactivateLabel(product.designation) : productWords.reactivateLabel(product.designation)}
                          onClick={() => void setActive(product, !product.active)}
                        >
                          {product.active ? productWords.deactivate : productWords.reactivate}
                        </button>
                      </div>
                    </td>
                  </tr>
                  {editing === product.productId ? (
                    <tr className="edit-row">
                      <td colSpan={COLUMNS}>
                        <EditProductForm
                          product={product}
                          onCancel={() => setEditing(null)}
                          onDone={(recorded) => {
                            setEditing(null);
                            setDone(outcomeOf(recorded));
                          }}
                        />
                      </td>
                    </tr>
                  ) : null}
                </Fragment>
              ))}
            </tbody>
          </table>
          <p className="muted table-note">{productWords.inactiveNote}</p>
        </>
      ) : (
        <p className="empty">{productWords.none}</p>
      )}
    </section>
  );
}
