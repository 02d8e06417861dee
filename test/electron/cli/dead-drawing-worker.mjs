// For editions-threads.test.ts: a drawing thread that stops as soon as it starts, before
// it is handed anything, as one does when its code or its fonts cannot be loaded.
process.exit(4);
