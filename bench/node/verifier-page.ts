// The offline verifier page (dist/verificateur.html) on the bench's journal: opened from
// disk in Chromium, the journal given to its own file picker (setInputFiles), timed from
// the choice to the verdict. The page must stay responsive meanwhile: its main thread's
// long tasks are recorded (PerformanceObserver 'longtask'), and a timer ticking every
// 50 ms measures the longest gap between two ticks.
//   npx tsx bench/node/verifier-page.ts <journal.jsonl>
// Target: a 1 000 000-line journal verified in under 15 s, the page never held.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../../test/e2e/harness/launch';
import { childProcessesCpuSeconds } from './process-tree-cpu';

export interface VerifierPageFigures {
  /** From the file's choice to the verdict shown, seconds. */
  seconds: number;
  /** The duration the page reports itself (its worker's own), seconds. */
  reportedSeconds: number;
  intact: boolean;
  events: number;
  /** The longest task of the page's main thread meanwhile, ms (0 if none over 50 ms). */
  longestTaskMs: number;
  /** The longest gap between two ticks of a 50 ms timer, ms. */
  longestGapMs: number;
  /** Progress messages the page showed. */
  progressUpdates: number;
  /** Processor time Chromium used meanwhile, all its processes and threads, seconds. */
  cpuSeconds: number;
}

// Long tasks and gaps count from the file’s choice (`since`): the page’s own loading, the
// evaluation of its inline script, is not the verification.
const WATCH = `(() => {
  const watch = { longTasks: [], longestGap: 0, progress: 0, since: Infinity };
  window.__watch = watch;
  new PerformanceObserver((list) => { for (const entry of list.getEntries()) if (entry.startTime >= watch.since) watch.longTasks.push(entry.duration); }).observe({ type: 'longtask', buffered: true });
  let last = performance.now();
  setInterval(() => { const now = performance.now(); if (last >= watch.since) watch.longestGap = Math.max(watch.longestGap, now - last); last = now; }, 50);
  addEventListener('DOMContentLoaded', () => {
    new MutationObserver(() => { watch.progress += 1; }).observe(document.getElementById('progress-text'), { childList: true, characterData: true, subtree: true });
  });
})();`;

/** Builds the page (scripts/build-verifier.mjs), then verifies the journal in it once. */
export async function verifierPageBench(root: string, journalPath: string): Promise<VerifierPageFigures> {
  const built = spawnSync(process.execPath, ['scripts/build-verifier.mjs'], { cwd: root, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(built.stderr);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await (await browser.newContext({ locale: 'fr-FR', offline: true })).newPage();
    await page.addInitScript(WATCH);
    await page.goto(pathToFileURL(join(root, 'dist', 'verificateur.html')).href);
    await page.waitForFunction(() => document.body.dataset.state === 'ready');
    await page.evaluate(() => {
      (window as unknown as { __watch: { since: number } }).__watch.since = performance.now();
    });
    const start = performance.now();
    const cpuBefore = childProcessesCpuSeconds();
    await page.locator('#file').setInputFiles(journalPath);
    await page.waitForFunction(() => ['intact', 'refused', 'failed'].includes(document.body.dataset.state ?? ''), undefined, { timeout: 0, polling: 100 });
    const seconds = (performance.now() - start) / 1000;
    // Processor time, beside the elapsed time: other programs share the machine (decision 0048).
    const cpuSeconds = childProcessesCpuSeconds() - cpuBefore;
    const seen = await page.evaluate(() => {
      const watch = (window as unknown as { __watch: { longTasks: number[]; longestGap: number; progress: number } }).__watch;
      const text = document.body.innerText;
      return { watch, state: document.body.dataset.state, text };
    });
    const reported = /en (\d+(?:,\d+)?) s/.exec(seen.text);
    const events = /Événements\s+([\d\s\u202f\u00a0]+)\(/.exec(seen.text);
    return {
      seconds,
      reportedSeconds: reported ? Number(reported[1]!.replace(',', '.')) : NaN,
      intact: seen.state === 'intact',
      events: events ? Number(events[1]!.replace(/\D/g, '')) : NaN,
      longestTaskMs: Math.max(0, ...seen.watch.longTasks),
      longestGapMs: seen.watch.longestGap,
      progressUpdates: seen.watch.progress,
      cpuSeconds,
    };
  } finally {
    await browser.close();
  }
}

/** The rows of `npm run bench` (bench/run.ts). */
export function verifierPageRows(lines: number, figures: VerifierPageFigures) {
  const rows = [
    {
      measure: `page verificateur.html, journal de ${lines} lignes, du choix du fichier au verdict${figures.intact ? '' : ' (NON INTÈGRE)'}`,
      value: figures.seconds,
      unit: 's',
      target: '< 15 s',
      met: figures.intact && figures.seconds < 15,
    },
    { measure: '  durée annoncée par la page', value: figures.reportedSeconds, unit: 's', target: '' },
    { measure: '  temps processeur de Chromium (tous ses processus et fils)', value: figures.cpuSeconds, unit: 's', target: '' },
    {
      measure: '  plus longue tâche de la page pendant ce temps',
      value: figures.longestTaskMs,
      unit: 'ms',
      target: '≤ 100 ms',
      met: figures.longestTaskMs <= 100,
    },
    { measure: '  plus long écart d’une minuterie de 50 ms', value: figures.longestGapMs, unit: 'ms', target: '' },
    { measure: '  mises à jour de la progression', value: figures.progressUpdates, unit: '', target: '' },
  ];
  const keys = ['durée', 'annoncée', 'processeur', 'tâche', 'écart', 'progression'];
  return rows.map((row, index) => ({ ...row, key: `page ${keys[index]}` }));
}

if (process.argv[1] === import.meta.filename) {
  const journal = process.argv[2];
  if (!journal) throw new Error('usage: verifier-page <journal.jsonl>');
  const figures = await verifierPageBench(join(import.meta.dirname, '../..'), journal);
  console.log(JSON.stringify(figures, null, 2));
}
