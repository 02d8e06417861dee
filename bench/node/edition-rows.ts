// The editions' lines of `npm run bench`: runs bench/node/editions.ts in its own
// process and turns its measures into rows of the table. Sizes: BENCH_EDITION_MONTH
// (movements in one month, default 2 000) and BENCH_EDITION_YEAR (movements of one
// product in a year, default 6 000).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export interface EditionMeasure {
  edition: string;
  movements: number;
  pages: number;
  kilobytes: number;
  firstMs: number;
  warmMs: number;
  warmCpuMs: number;
}

export function editionBench(root: string): { measures: EditionMeasure[]; rows: { measure: string; value: number; unit: string; target: string }[] } {
  const sizes = [process.env.BENCH_EDITION_MONTH ?? '2000', process.env.BENCH_EDITION_YEAR ?? '6000'];
  const child = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'bench/node/editions.ts'), ...sizes], { encoding: 'utf8', cwd: root });
  if (child.status !== 0) throw new Error(child.stderr);
  const measures = JSON.parse(child.stdout) as EditionMeasure[];
  const rows = measures.flatMap((measure) => {
    const name = `édition ${measure.edition}, ${measure.movements} mouvements (${measure.pages} pages)`;
    const target = measure.edition.includes('un mois') ? '< 2 s' : '';
    return [
      { measure: name, value: measure.firstMs / 1000, unit: 's', target },
      { measure: '  la même, deuxième fois (temps processeur)', value: measure.warmCpuMs / 1000, unit: 's', target: '' },
    ];
  });
  return { measures, rows };
}
