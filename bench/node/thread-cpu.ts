// The processor time of the busiest thread of a program and its children, read from
// /proc while it runs (Linux). Under load, wall time stretches with whatever else runs;
// the busiest thread's processor time is what bounds a program that spreads its work
// over threads, on cores of its own: `verify` against the single-threaded reference.
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100;

/** Follows a process tree; `stop()` gives the longest processor time one thread took, in seconds (NaN without /proc). */
export function watchThreads(rootPid: number): { stop(): number } {
  const longest = new Map<string, number>();
  const read = () => {
    for (const pid of descendants(rootPid)) {
      let tasks: string[];
      try {
        tasks = readdirSync(`/proc/${pid}/task`);
      } catch {
        continue;
      }
      for (const tid of tasks) {
        try {
          const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
          // Fields after the command name, which may hold spaces: utime and stime are the 12th and 13th.
          const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
          const seconds = (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
          longest.set(`${pid}/${tid}`, Math.max(longest.get(`${pid}/${tid}`) ?? 0, seconds));
        } catch {
          // The thread ended between the listing and the read.
        }
      }
    }
  };
  const timer = setInterval(read, 200);
  return {
    stop() {
      clearInterval(timer);
      return longest.size === 0 ? Number.NaN : Math.max(...longest.values());
    },
  };
}

function descendants(pid: number): number[] {
  const found = [pid];
  for (let index = 0; index < found.length; index += 1) {
    try {
      for (const task of readdirSync(`/proc/${found[index]}/task`)) {
        const children = readFileSync(`/proc/${found[index]}/task/${task}/children`, 'utf8').trim();
        if (children) found.push(...children.split(' ').map(Number));
      }
    } catch {
      // Gone already.
    }
  }
  return found;
}
