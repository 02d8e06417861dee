// The editions worker: builds each PDF away from the window's thread, so that a long
// edition (a year of a product is a few hundred pages, about a second of work) never
// freezes the counter screen. It receives the events and the frame, loads the fonts
// once, and sends the bytes back (transferred, not copied).
import { loadEditionFonts } from './edition-fonts';
import { renderEdition, type RenderRequest } from './render-edition';

export type WorkerRequest = { id: number; request: RenderRequest };
export type WorkerAnswer = { id: number; ok: true; bytes: Uint8Array } | { id: number; ok: false; message: string };

interface WorkerScope {
  onmessage: ((message: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(answer: WorkerAnswer, transfer: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = ({ data: { id, request } }) => {
  loadEditionFonts()
    .then((fonts) => {
      const bytes = renderEdition(request.spec, request.events, { ...request.context, fonts });
      scope.postMessage({ id, ok: true, bytes }, [bytes.buffer]);
    })
    .catch((error: unknown) => {
      scope.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) }, []);
    });
};
