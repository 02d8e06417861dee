// The DejaVu files the editions embed, shipped with the application as assets (Vite
// copies them and gives their URL) and fetched once from the application's own origin,
// which the CSP allows (connect-src 'self'). Used by the worker, or by the window when
// there is no worker.
import type { EditionFonts } from '../../../shared/editions/pdf/fonts';
import boldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSansCondensed-Bold.ttf?url';
import regularUrl from 'dejavu-fonts-ttf/ttf/DejaVuSansCondensed.ttf?url';

let loading: Promise<EditionFonts> | null = null;

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Police introuvable (${url}, ${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}

export function loadEditionFonts(): Promise<EditionFonts> {
  loading ??= Promise.all([fetchBytes(regularUrl), fetchBytes(boldUrl)]).then(
    ([regular, bold]) => ({ regular, bold }),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}
