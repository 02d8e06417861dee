import { describeError } from '../../../shared/errors';
import { fr } from '../../messages/fr';
import type { IntegrityReport } from './check-integrity';

/** Shown on every screen when the check run at start-up found a problem. */
export function IntegrityAlert({ report }: { report: IntegrityReport | null }) {
  if (!report || report.problems.length === 0) return null;
  return (
    <div className="integrity-alert" role="alert">
      <strong>{fr.integrity.alert}</strong>
      <ul>
        {report.problems.map((problem) => (
          <li key={`${problem.code}-${problem.params?.seq ?? ''}`}>{describeError(problem)}</li>
        ))}
      </ul>
    </div>
  );
}
