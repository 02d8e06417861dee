// The JARE working copy's bytes: the window computes the year's figures and the layout
// (shared/jare), the main process renders them as a workbook with exceljs, which needs
// Node; the window then archives and records it like every edition (produce-edition.ts).
import { formatEditionInstant } from '../../../shared/editions/wording';
import type { RegistreApi } from '../../../shared/ipc/contract';
import { annualStatement } from '../../../shared/jare/annual';
import { workingCopy } from '../../../shared/jare/working-copy';
import type { RegisterEvent } from '../../../shared/register/events';
import { Refusal } from '../../../shared/unexpected-error';
import type { RenderRequest } from '../editions/render-edition';

export async function workingCopyBytes(
  api: RegistreApi,
  registerId: string,
  year: number,
  events: readonly RegisterEvent[],
  context: RenderRequest['context'],
): Promise<Uint8Array> {
  const copy = workingCopy(annualStatement(events, year), {
    establishment: context.establishment,
    registerId,
    head: context.head,
    editedAt: formatEditionInstant(context.editedAt),
  });
  const { name, address } = context.establishment;
  const answer = await api['annual:workbook']({ copy, establishment: { name, address }, createdAt: context.editedAt.toISOString() });
  if (!answer.ok) throw new Refusal(answer.error);
  return answer.value.bytes;
}
