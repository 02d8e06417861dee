// Who has a personal code in a register, kept by the main process only, in the app's data
// folder (`<données>/acces/<registre>.json`), never in the journal, the reserve, a package
// or an edition: the window sends a code, gets an answer, and never reads a hash. Each
// register's file is changed by one operation at a time and replaced whole.
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { codeShapeProblem, FREE_TRIES, waitAfter, waitWording } from '../../shared/access/personal-code';
import { appError, type AppError } from '../../shared/errors';
import { err, ok, type Result } from '../../shared/result';
import { createSerialQueue } from '../../shared/serial-queue';
import { replaceWhole } from '../files/replace-whole';
import { codeMatches, hashCode, type CodeHash } from './code-hash';
import { newRecoveryCode, normalizedRecoveryCode } from './recovery-code';

const codeHash = z.object({ salt: z.string(), hash: z.string(), params: z.object({ N: z.number(), r: z.number(), p: z.number() }) });
const tries = z.object({ failures: z.number().int().min(0), waitUntil: z.string().optional() });
const accessFile = z.object({
  format: z.literal(1),
  holder: z.string().nullable(),
  people: z.record(z.string(), z.object({ code: codeHash, ...tries.shape })),
  recovery: z.object({ code: codeHash, ...tries.shape }).nullable(),
  /** Each use of the recovery code: when, and for whom. */
  recoveries: z.array(z.object({ at: z.string(), holder: z.string() })),
});
type AccessFile = z.infer<typeof accessFile>;
type Tries = z.infer<typeof tries>;

const EMPTY: AccessFile = { format: 1, holder: null, people: {}, recovery: null, recoveries: [] };

export interface AccessStatus {
  /** The person who set the register's access up, whose code resets the others'; null before. */
  holder: string | null;
  /** Order numbers of the people who have a code. */
  withCode: string[];
  /** How many times the recovery code was used. */
  recoveries: number;
}

export interface AccessStore {
  status(registerId: string): Promise<AccessStatus>;
  /** At set-up: the holder's code, and the recovery code to print (shown this once). */
  setUpHolder(registerId: string, orderNumber: string, code: string, beforeChange?: BeforeChange): Promise<Result<{ recoveryCode: string }, AppError>>;
  /** A person authorised chooses their code at their first session. */
  setOwnCode(registerId: string, orderNumber: string, code: string): Promise<Result<null, AppError>>;
  /** Opens a session: the person's code, or a wrong code, or a wait. */
  open(registerId: string, orderNumber: string, code: string): Promise<Result<null, AppError>>;
  /** The holder, with their own code, removes another's: that person chooses a new one at their next session. */
  reset(registerId: string, holderCode: string, orderNumber: string): Promise<Result<null, AppError>>;
  /** A lost holder code replaced with the recovery code; a new recovery code is issued, to print. */
  recover(registerId: string, recoveryCode: string, newCode: string, beforeChange?: BeforeChange): Promise<Result<{ recoveryCode: string }, AppError>>;
}

/**
 * Runs once every code is checked and before anything changes, e.g. asking where the
 * recovery sheet goes: a wrong code is said before that question, and a refusal here
 * (a cancelled dialog) leaves the codes as they were.
 */
export type BeforeChange = () => Promise<Result<null, AppError>>;

const NOTHING_BEFORE: BeforeChange = async () => ok(null);

export function createAccessStore(dataFolder: string, now: () => Date = () => new Date()): AccessStore {
  const serial = createSerialQueue();
  const folder = join(dataFolder, 'acces');
  const pathOf = (registerId: string) => join(folder, `${registerId}.json`);

  async function load(registerId: string): Promise<AccessFile> {
    let text: string;
    try {
      text = await readFile(pathOf(registerId), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return structuredClone(EMPTY);
      throw error;
    }
    // A damaged file is not silently taken for an empty one: that would let anyone set the holder's code.
    return accessFile.parse(JSON.parse(text));
  }

  async function save(registerId: string, file: AccessFile): Promise<void> {
    await mkdir(folder, { recursive: true });
    await replaceWhole(pathOf(registerId), new TextEncoder().encode(`${JSON.stringify(file, null, 2)}\n`));
  }

  /** Checks a code against a hash under the wrong-code rules; updates the tries in place. */
  async function tryCode(code: string, stored: CodeHash, state: Tries, wrong: () => AppError): Promise<Result<null, AppError>> {
    const instant = now().getTime();
    const waitUntil = state.waitUntil === undefined ? 0 : Date.parse(state.waitUntil);
    if (instant < waitUntil) return err(appError('access.wait', 'code', { delay: waitWording(Math.ceil((waitUntil - instant) / 1000)) }));
    if (await codeMatches(code, stored)) {
      state.failures = 0;
      delete state.waitUntil;
      return ok(null);
    }
    state.failures += 1;
    const wait = waitAfter(state.failures);
    if (wait === 0) return err(wrong());
    state.waitUntil = new Date(instant + wait * 1000).toISOString();
    return err(appError('access.wait', 'code', { delay: waitWording(wait) }));
  }

  const wrongCode = (failures: number) => () => appError('access.wrongCode', 'code', { count: String(Math.max(0, FREE_TRIES - failures)) });

  return {
    async status(registerId) {
      const file = await load(registerId);
      return { holder: file.holder, withCode: Object.keys(file.people), recoveries: file.recoveries.length };
    },

    setUpHolder: (registerId, orderNumber, code, beforeChange = NOTHING_BEFORE) =>
      serial(registerId, async () => {
        const file = await load(registerId);
        if (file.holder !== null) return err(appError('access.codeExists', 'code'));
        const problem = codeShapeProblem(code);
        if (problem) return err(problem);
        const ready = await beforeChange();
        if (!ready.ok) return ready;
        const recoveryCode = newRecoveryCode();
        file.holder = orderNumber;
        file.people[orderNumber] = { code: await hashCode(code), failures: 0 };
        file.recovery = { code: await hashCode(normalizedRecoveryCode(recoveryCode)), failures: 0 };
        await save(registerId, file);
        return ok({ recoveryCode });
      }),

    setOwnCode: (registerId, orderNumber, code) =>
      serial(registerId, async () => {
        const file = await load(registerId);
        if (file.people[orderNumber] || file.holder === null) return err(appError('access.codeExists', 'code'));
        const problem = codeShapeProblem(code);
        if (problem) return err(problem);
        file.people[orderNumber] = { code: await hashCode(code), failures: 0 };
        await save(registerId, file);
        return ok(null);
      }),

    open: (registerId, orderNumber, code) =>
      serial(registerId, async () => {
        const file = await load(registerId);
        const person = file.people[orderNumber];
        if (!person) return err(appError('access.noCode', 'code'));
        const answer = await tryCode(code, person.code, person, wrongCode(person.failures + 1));
        await save(registerId, file);
        return answer;
      }),

    reset: (registerId, holderCode, orderNumber) =>
      serial(registerId, async () => {
        const file = await load(registerId);
        const holder = file.holder === null ? undefined : file.people[file.holder];
        if (!holder || orderNumber === file.holder) return err(appError('access.notHolder', 'code'));
        const answer = await tryCode(holderCode, holder.code, holder, wrongCode(holder.failures + 1));
        if (answer.ok) delete file.people[orderNumber];
        await save(registerId, file);
        return answer;
      }),

    recover: (registerId, typed, newCode, beforeChange = NOTHING_BEFORE) =>
      serial(registerId, async () => {
        const file = await load(registerId);
        if (file.holder === null || file.recovery === null) return err(appError('access.notHolder', 'code'));
        const problem = codeShapeProblem(newCode);
        if (problem) return err(problem);
        const answer = await tryCode(normalizedRecoveryCode(typed), file.recovery.code, file.recovery, () => appError('access.wrongRecovery', 'recoveryCode'));
        const ready = answer.ok ? await beforeChange() : answer;
        if (!ready.ok) {
          // The tries are kept either way: a wrong code counts even if nothing else changes.
          await save(registerId, file);
          return ready;
        }
        // The printed code is spent: a new one is issued, and the use is kept for the holder to see.
        const recoveryCode = newRecoveryCode();
        file.people[file.holder] = { code: await hashCode(newCode), failures: 0 };
        file.recovery = { code: await hashCode(normalizedRecoveryCode(recoveryCode)), failures: 0 };
        file.recoveries.push({ at: now().toISOString(), holder: file.holder });
        await save(registerId, file);
        return ok({ recoveryCode });
      }),
  };
}
