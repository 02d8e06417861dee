// npm run typecheck: type-check every part of the project with its own tsconfig.
// Each part keeps its own compiler settings on purpose (shared/ compiles without DOM or
// Node types, so the domain stays pure), so there is no single root project: `tsc -b`
// over project references would need every part to emit declarations (TS6310 refuses a
// referenced project with noEmit) and would leave build-info files in the tree.
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

export const PROJECTS = ['shared', 'electron', 'renderer', 'test', 'bench'];

/** Runs tsc on one part; true when it compiles without error. */
function typecheck(project) {
  console.log(`\n▶ npx tsc -p ${project}/tsconfig.json`);
  return spawnSync('npx', ['tsc', '-p', `${project}/tsconfig.json`], { stdio: 'inherit' }).status === 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // Every part is checked even after a failure, so one run shows every error.
  const failed = PROJECTS.filter((project) => !typecheck(project));
  if (failed.length > 0) console.error(`\nErreurs de types dans : ${failed.join(', ')}`);
  process.exit(failed.length === 0 ? 0 : 1);
}
