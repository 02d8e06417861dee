// One of the two writers of the two-writers fault test, in its own Node process: it
// appends its own continuation of each journal, one event at a time, through the real
// dispatcher and handlers of the main process (IPC transport aside), and prints what each
// append answered. Run with `node --import tsx`.
import { readFile, stat } from 'node:fs/promises';
import { createDispatcher } from '../../electron/ipc/dispatch';
import { createHandlers } from '../../electron/ipc/handlers';
import type { RegisterEvent } from '../../shared/register/events';

export interface WriterRound {
  dataFolder: string;
  registerId: string;
  events: RegisterEvent[];
}

export interface WriterAnswer {
  round: number;
  seq: number;
  ok: boolean;
  code?: string;
}

async function waitFor(path: string): Promise<void> {
  for (;;) {
    try {
      await stat(path);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
  }
}

async function main(): Promise<void> {
  const [plan, go] = process.argv.slice(2);
  if (!plan || !go) throw new Error('usage: two-writers-worker <plan.json> <go-file>');
  const rounds = JSON.parse(await readFile(plan, 'utf8')) as WriterRound[];
  const dispatchers = rounds.map(({ dataFolder }) =>
    createDispatcher({
      handlers: createHandlers({ version: 'test', shell: 'harness', dataFolder, chooseFolder: async () => null }),
      isTrustedSender: () => true,
    }),
  );
  process.stdout.write('ready\n');
  await waitFor(go); // both writers start together, as two counters would
  const answers: WriterAnswer[] = [];
  for (const [round, { registerId, events }] of rounds.entries()) {
    for (const event of events) {
      const answer = await dispatchers[round]!('app://registre/', 'reserve:append', { registerId, events: [event] });
      answers.push(answer.ok ? { round, seq: event.seq, ok: true } : { round, seq: event.seq, ok: false, code: answer.error.code });
    }
  }
  process.stdout.write(`${JSON.stringify(answers)}\n`);
}

void main();
