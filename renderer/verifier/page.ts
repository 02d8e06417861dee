// The verifier's page: takes a file by picker or drop, hands it to the worker (built in,
// started from a blob: the page loads nothing), shows the progress, then the report in
// French, laid out to be printed and compared with the register's printed pages.
import { byId, formatBytes, formatSeconds, h, t } from './dom';
import { renderReport, type StockOn } from './report-view';
import type { VerifierMessage } from './report';
import type { StockOnDayRow } from '../../shared/verifier/stock-on-day';
import type { WorkerRequest } from './verifier.worker';
import { isSealedFile } from './verify-file';

/** The worker's bundle, inlined by scripts/build-verifier.mjs. */
declare const __VERIFIER_WORKER_SOURCE__: string;

let workerUrl: string | null = null;
let workers: Worker[] = [];

/**
 * The main worker, and on a machine of two cores or more a helper that checks a journal's
 * first part while the main worker takes it in and checks the rest (journal-file.ts).
 */
function startWorkers(file: File, passphrase?: string): Worker {
  for (const running of workers) running.terminate();
  workerUrl ??= URL.createObjectURL(new Blob([__VERIFIER_WORKER_SOURCE__], { type: 'text/javascript' }));
  const main = new Worker(workerUrl);
  workers = [main];
  if ((navigator.hardwareConcurrency ?? 1) >= 2) {
    const helper = new Worker(workerUrl);
    workers.push(helper);
    const channel = new MessageChannel();
    helper.postMessage({ helperPort: channel.port2 } satisfies WorkerRequest, [channel.port2]);
    main.postMessage({ file, helper: channel.port1, ...(passphrase === undefined ? {} : { passphrase }) } satisfies WorkerRequest, [channel.port1]);
  } else {
    main.postMessage({ file, ...(passphrase === undefined ? {} : { passphrase }) });
  }
  return main;
}

/**
 * A sealed package (docs/package-format.md § 9) needs the passphrase printed on its sheet:
 * asked here, in the page, and handed to the worker with the file; never kept.
 */
function askPassphrase(file: File): void {
  const result = byId('result');
  const field = h('input', { id: 'passphrase', type: 'password', autocomplete: 'off', spellcheck: 'false' }) as HTMLInputElement;
  const form = h(
    'form',
    { class: 'passphrase', 'aria-label': 'Phrase de passe du dossier' },
    h('p', {}, t(`« ${file.name} » est un dossier chiffré : saisissez la phrase de passe imprimée sur la fiche remise avec la décharge (ou le récépissé).`)),
    h('label', { for: 'passphrase' }, 'Phrase de passe'),
    field,
    h('button', { type: 'submit', class: 'button' }, 'Ouvrir et vérifier'),
  ) as HTMLFormElement;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    verify(file, field.value);
  });
  result.replaceChildren(form);
  document.body.dataset.state = 'passphrase';
  field.focus();
}

function verify(file: File, passphrase?: string): void {
  const result = byId('result');
  result.replaceChildren();
  const progress = byId('progress');
  const bar = byId('progress-bar') as HTMLProgressElement;
  const text = byId('progress-text');
  progress.hidden = false;
  bar.value = 0;
  text.textContent = t(`Lecture et vérification de « ${file.name} »…`);
  document.body.dataset.state = 'verifying';
  const started = performance.now();
  const running = startWorkers(file, passphrase);
  // The worker keeps the register's movements and answers in the order it is asked.
  const asked: ((rows: StockOnDayRow[]) => void)[] = [];
  const stockOn: StockOn = (day) =>
    new Promise((resolve) => {
      asked.push(resolve);
      running.postMessage({ stockOn: day } satisfies WorkerRequest);
    });
  running.onmessage = ({ data }: MessageEvent<VerifierMessage>) => {
    switch (data.kind) {
      case 'progress': {
        const share = data.total === 0 ? 1 : data.read / data.total;
        bar.value = share;
        text.textContent = t(
          `Lecture et vérification de « ${file.name} » : ${formatBytes(data.read)} sur ${formatBytes(data.total)} (${Math.floor(share * 100)} %) — ${formatSeconds(performance.now() - started)}`,
        );
        break;
      }
      case 'done': {
        for (const helper of workers.slice(1)) helper.terminate();
        progress.hidden = true;
        const { sections, ready } = renderReport(data.report, stockOn);
        result.replaceChildren(...sections);
        const verdict = data.report.ok ? 'intact' : 'refused';
        // Said once the whole report is there, the stock of its first day included.
        void ready.then(() => (document.body.dataset.state = verdict));
        break;
      }
      case 'stock':
        asked.shift()?.(data.rows);
        break;
      case 'failed':
        progress.hidden = true;
        result.replaceChildren(
          h(
            'section',
            { class: 'verdict refused', 'data-verdict': 'erreur' },
            h('h2', {}, 'Vérification impossible'),
            h('p', {}, t(`Le fichier n’a pas pu être lu jusqu’au bout : ${data.message}`)),
          ),
        );
        document.body.dataset.state = 'failed';
        break;
    }
  };
}

function pick(files: FileList | null | undefined): void {
  const file = files?.[0];
  if (!file) return;
  // At once: the verdict of the file before must not be read as this one's while its first bytes are read.
  document.body.dataset.state = 'reading';
  void isSealedFile(file).then((sealed) => (sealed ? askPassphrase(file) : verify(file)));
}

const input = byId('file') as HTMLInputElement;
input.addEventListener('change', () => {
  pick(input.files);
  // Choosing the same file again verifies it again.
  input.value = '';
});
const drop = byId('drop');
// Anywhere on the page: a file dropped beside the zone must not make the browser open it instead.
document.addEventListener('dragover', (event) => {
  event.preventDefault();
  drop.classList.add('over');
});
document.addEventListener('dragleave', () => drop.classList.remove('over'));
document.addEventListener('drop', (event) => {
  event.preventDefault();
  drop.classList.remove('over');
  pick(event.dataTransfer?.files);
});
document.body.dataset.state = 'ready';
