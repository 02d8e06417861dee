// The command-line tool as a person runs it, here through its TypeScript entry (tsx electron/cli.ts),
// in its own process, optionally with the kill hook preloaded.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
export const KILL_HOOK = join(__dirname, 'kill-hook.ts');

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface KillAt {
  under: string;
  when: 'mid-write' | 'after-fsync';
  nth?: number;
}

/** Runs the tool; with `killAt`, it is SIGKILLed at that step of its writes. `onStart` gets its pid. */
export function runCli(args: readonly string[], killAt?: KillAt, onStart?: (pid: number) => void): Promise<CliRun> {
  const hook = killAt ? ['--import', KILL_HOOK] : [];
  const env = { ...process.env, FORCE_COLOR: '0', ...(killAt ? { KILL_UNDER: killAt.under, KILL_WHEN: killAt.when, KILL_NTH: String(killAt.nth ?? 1) } : {}) };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', ...hook, 'electron/cli.ts', ...args], { cwd: ROOT, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    if (child.pid !== undefined) onStart?.(child.pid);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}
