// The processor time every process this one started (and the ones they started) has used
// so far (Linux /proc), in seconds: what a browser the bench launched spent on a task, its
// renderer and workers included, whatever else shares the machine. Elsewhere: NaN.
import { readdirSync, readFileSync } from 'node:fs';

/** Ticks of /proc/<pid>/stat's utime and stime: USER_HZ, 100 on every Linux the bench runs on. */
const TICKS_PER_SECOND = 100;

interface ProcStat {
  ppid: number;
  ticks: number;
}

function statOf(pid: number): ProcStat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name is in parentheses and may hold spaces: the fields start after the last ')'.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    // Fields from state (3rd): ppid is the 4th, utime the 14th and stime the 15th of stat(5).
    return { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    // The process ended between the listing and the read.
    return null;
  }
}

export function childProcessesCpuSeconds(): number {
  if (process.platform !== 'linux') return NaN;
  const stats = new Map<number, ProcStat>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = statOf(Number(name));
    if (stat) stats.set(Number(name), stat);
  }
  const children = new Map<number, number[]>();
  for (const [pid, { ppid }] of stats) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  let ticks = 0;
  const pending = [...(children.get(process.pid) ?? [])];
  while (pending.length > 0) {
    const pid = pending.pop()!;
    ticks += stats.get(pid)?.ticks ?? 0;
    pending.push(...(children.get(pid) ?? []));
  }
  return ticks / TICKS_PER_SECOND;
}
