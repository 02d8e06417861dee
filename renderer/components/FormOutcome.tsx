import { describeError, type AppError } from '../../shared/errors';

/** The result of the last submit: the refusal in words, or what was recorded. */
export function FormOutcome({ error, success }: { error: AppError | null; success: string | null }) {
  if (error) {
    return (
      <p className="outcome outcome--error" role="alert">
        {describeError(error)}
      </p>
    );
  }
  if (success) {
    return (
      <p className="outcome outcome--success" role="status">
        {success}
      </p>
    );
  }
  return null;
}
