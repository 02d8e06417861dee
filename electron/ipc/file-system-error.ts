// Kept for the main process's existing imports: the wording table lives in shared/unexpected-error.ts.
export { fileSystemError } from '../../shared/unexpected-error';
