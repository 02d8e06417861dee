// Tasks given under one key run one after the other, in the order they were given; tasks
// under different keys run side by side. Two appends to one journal, or two editions of
// one register, would otherwise both read the same head and write a fork or miss each other.
export type SerialQueue = <T>(key: string, task: () => Promise<T>) => Promise<T>;

export function createSerialQueue(): SerialQueue {
  const tails = new Map<string, Promise<unknown>>();
  return (key, task) => {
    const run = (tails.get(key) ?? Promise.resolve()).then(task);
    // A failed task does not stop the ones after it: its caller has the failure.
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
