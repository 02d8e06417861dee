// An edition produced: what it covers and the file it was written to, as the main process
// hashed it. The file itself stays outside the chain; its name and SHA-256 are sealed in it.
import { editionExtension, SAFE_FILE_NAME } from '../editions/file-name';
import { isIsoDay } from './dates';
import { EDITION_KINDS, type EditionProduced } from './events';
import { oneOf, refuse } from './refusal';
import type { Facts } from './rule-facts';

const SHA256 = /^[0-9a-f]{64}$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export function validateEdition(body: EditionProduced, { state }: Facts): EditionProduced {
  const edition = oneOf(body.edition, EDITION_KINDS, 'edition', 'type d’édition');
  if (!isIsoDay(body.from) || !isIsoDay(body.to) || body.from > body.to) refuse('edition.period', 'from');
  if (body.productId !== undefined && !state.products.has(body.productId)) refuse('product.unknown', 'productId');
  if (body.closureOf !== undefined && !MONTH.test(body.closureOf)) refuse('edition.period', 'closureOf');
  if (body.inventory !== undefined && (!Number.isSafeInteger(body.inventory) || body.inventory < 1))
    refuse('inventory.unknown', 'inventory', { seq: String(body.inventory) });
  if (body.dossier !== undefined && (typeof body.dossier !== 'string' || !/^PV-\d{4}-\d{3,}$/.test(body.dossier)))
    refuse('destruction.unknownDossier', 'dossier', { dossier: String(body.dossier) });
  if (typeof body.fileName !== 'string' || !SAFE_FILE_NAME.test(body.fileName)) refuse('edition.file', 'fileName');
  // A PDF is named .pdf; only the annual working copy is a workbook and its list a CSV.
  if (!body.fileName.endsWith(`.${editionExtension(edition)}`)) refuse('edition.file', 'fileName');
  if (typeof body.sha256 !== 'string' || !SHA256.test(body.sha256) || !Number.isSafeInteger(body.size) || body.size <= 0) {
    refuse('edition.file', 'sha256');
  }
  return {
    type: 'edition.produced',
    edition,
    from: body.from,
    to: body.to,
    ...(body.productId === undefined ? {} : { productId: body.productId }),
    ...(body.closureOf === undefined ? {} : { closureOf: body.closureOf }),
    ...(body.inventory === undefined ? {} : { inventory: body.inventory }),
    ...(body.dossier === undefined ? {} : { dossier: body.dossier }),
    fileName: body.fileName,
    sha256: body.sha256,
    size: body.size,
  };
}
