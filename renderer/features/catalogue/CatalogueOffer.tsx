// A box scanned whose CIP13 no product of the register has: when the imported catalogue
// has it, one button creates the product from it (the same draft as the Produits tab)
// and the form chooses it; otherwise, where to create it by hand.
import { describeError } from '../../../shared/errors';
import { useRegisterQuery } from '../../db/use-register-query';
import { useRecord } from '../../db/use-record';
import { productDefinition } from '../products/product-drafts';
import { catalogueProductValues } from './catalogue-product';
import { catalogueWords } from './messages';

export function CatalogueOffer({ cip13, onCreated }: { cip13: string; onCreated: (productId: string) => void }) {
  const catalogue = useRegisterQuery((store) => store.catalogue());
  const { record, refuse, error, recorded, saving } = useRecord();
  const presentation = catalogue?.find((candidate) => candidate.cip13 === cip13);
  if (catalogue === undefined) return null;
  if (!presentation) return <p>{catalogueWords.notInCatalogue}</p>;

  const create = async () => {
    const draft = productDefinition(catalogueProductValues(presentation));
    if (!draft.ok) return refuse(draft.error);
    const saved = await record(draft.value);
    if (saved?.type === 'product.defined') onCreated(saved.productId);
    return undefined;
  };

  if (recorded?.type === 'product.defined') return <p>{catalogueWords.created(recorded.product.designation)}</p>;
  return (
    <>
      <p>{catalogueWords.offer(presentation.designation, catalogueWords.box(presentation.perBox, presentation.unit, presentation.label))}</p>
      {error ? <p>{describeError(error)}</p> : null}
      <button type="button" className="primary" disabled={saving} onClick={() => void create()}>
        {catalogueWords.create}
      </button>
    </>
  );
}
