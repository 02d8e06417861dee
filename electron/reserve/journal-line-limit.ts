// How long a journal line may be before a reader takes it for something else. One limit
// for every reader of the reserve: the tail that decides where the journal ends and the
// pager that a restore reads through must agree, or a line the first accepts would stop
// the second in the middle of a restore. An event is well under a kilobyte, an inventory
// of every product of a large register some hundreds, and sealing adds a third: the limit
// is far above any event, and bounds only what a foreign file can make a reader hold.
export const MAX_JOURNAL_LINE_BYTES = 64 * 1024 * 1024;
