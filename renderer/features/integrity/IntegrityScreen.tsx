import { describeError } from '../../../shared/errors';
import { missingCaseError } from '../../../shared/result';
import { fr } from '../../messages/fr';
import type { IntegrityReport } from './check-integrity';
import type { ReserveVerdict } from './check-reserve';
import { PrintIntegrityReport } from './PrintIntegrityReport';
import { SaveVerifier } from './SaveVerifier';
import { signingWording } from '../../../shared/signature/signing-summary';

interface IntegrityScreenProps {
  report: IntegrityReport | null;
  running: boolean;
  run: () => Promise<void>;
}

function reserveLine(reserve: ReserveVerdict): string | null {
  switch (reserve.kind) {
    case 'agrees':
      return fr.integrity.reserveAgrees(reserve.duplicated, reserve.pending);
    case 'notConfigured':
      return fr.integrity.reserveNotConfigured;
    case 'unreachable':
      return fr.integrity.reserveUnreachable(reserve.folder);
    case 'problem':
      return null; // listed with the other problems
    default:
      throw missingCaseError(reserve);
  }
}

const timeFormat = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'medium' });

export function IntegrityScreen({ report, running, run }: IntegrityScreenProps) {
  return (
    <section className="screen" aria-labelledby="integrity-title">
      <h1 id="integrity-title">{fr.integrity.title}</h1>
      <p className="lead">{fr.integrity.intro}</p>
      <button type="button" className="primary" onClick={() => void run()} disabled={running}>
        {running ? fr.integrity.running : fr.integrity.run}
      </button>
      {report ? (
        <div className="card integrity-report" aria-label="Résultat de la vérification">
          {report.problems.length === 0 ? (
            <p className="outcome outcome--success">
              {report.scope.kind === 'since' ? fr.integrity.intactSince(report.events, report.scope.since) : fr.integrity.intact(report.events)}
            </p>
          ) : (
            <ul className="outcome outcome--error problems">
              {report.problems.map((problem) => (
                <li key={`${problem.code}-${problem.params?.seq ?? ''}`}>{describeError(problem)}</li>
              ))}
            </ul>
          )}
          {report.head ? <p className="hash">{fr.integrity.head(report.head.seq, report.head.hash)}</p> : null}
          {report.signing ? <p data-testid="integrity-signing">{signingWording(report.signing)}</p> : null}
          {reserveLine(report.reserve) ? <p>{reserveLine(report.reserve)}</p> : null}
          <p className="muted">{fr.integrity.checkedAt(timeFormat.format(report.checkedAt))}</p>
          <PrintIntegrityReport report={report} running={running} />
        </div>
      ) : null}
      <SaveVerifier />
    </section>
  );
}
