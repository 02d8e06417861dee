// Two appends to the same journal must never interleave: each reads the journal's head,
// checks that its events continue it, then writes. Run side by side, both would pass the
// check against the same head and the second would write a fork into the file.
export type SerialQueue = <T>(key: string, task: () => Promise<T>) => Promise<T>;

/** Runs the tasks given for one key one after the other, in the order they were given. */
export function createSerialQueue(): SerialQueue {
  const tails = new Map<string, Promise<unknown>>();
  return (key, task) => {
    const run = (tails.get(key) ?? Promise.resolve()).then(task);
    const tail = run.then(
      () => undefined,
      () => undefined,
    );
    tails.set(key, tail);
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return run;
  };
}
