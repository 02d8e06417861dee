// A main process that appends to the reserve through the real dispatcher and handlers,
// in its own Node process so that it can be killed (SIGKILL) at a step of the write by
// the kill hook. Prints what the append answered, if it lives that long.
// Run with `node --import tsx [--import kill-hook.ts] reserve-append-worker.ts <data> <register> <events.json>`.
import { readFile } from 'node:fs/promises';
import type { RegisterEvent } from '../../shared/register/events';
import { mainProcessApi } from './main-process';

async function main(): Promise<void> {
  const [dataFolder, registerId, plan] = process.argv.slice(2);
  if (!dataFolder || !registerId || !plan) throw new Error('usage: reserve-append-worker <data> <register> <events.json>');
  const events = JSON.parse(await readFile(plan, 'utf8')) as RegisterEvent[];
  const answer = await mainProcessApi(dataFolder, async () => null)['reserve:append']({ registerId, events });
  process.stdout.write(`${JSON.stringify(answer)}\n`);
}

void main();
