// What the submission asks and the application cannot do offline: the upload on NDS-Web 2
// by a "Manager" account, and the attachments e-mailed to the ANSM — the cover letter
// (generated here), the list of import and export authorisations of the year (from the
// register, PDF or CSV), and the year's destruction PVs (their archived files, opened or
// saved from here).
import { authorisationsUsed } from '../../../shared/jare/authorisations';
import { destructionCertificates } from '../../../shared/jare/destruction-certificates';
import { formatDay } from '../../../shared/register/dates';
import type { RegisterEvent } from '../../../shared/register/events';
import { quantityWithUnit } from '../../../shared/format/quantity-with-unit';
import { fr } from '../../messages/fr';
import { yearPeriod } from '../editions/edition-spec';
import { ArchivedFileActions, ArchivedFileOutcome } from '../editions/ArchivedFileActions';
import { PrintButton } from '../editions/PrintOutcome';
import { useArchivedFile } from '../editions/use-archived-file';
import type { Printer } from '../editions/use-print';
import { t } from './messages';

interface SubmissionChecklistProps {
  year: number;
  events: readonly RegisterEvent[];
  registerId: string;
  printer: Printer;
}

export function SubmissionChecklist({ year, events, registerId, printer }: SubmissionChecklistProps) {
  const uses = authorisationsUsed(events, year);
  const certificates = destructionCertificates(events, year);
  const period = yearPeriod(year);
  const { act, outcome, working } = useArchivedFile(registerId);

  return (
    <section className="card annual-checklist" aria-labelledby="annual-checklist-title">
      <h2 id="annual-checklist-title">{t.checklistTitle}</h2>
      <p className="lead lead--in-card">{t.checklistIntro}</p>
      <ol>
        <li>{t.stepUpload}</li>
        <li>
          {t.stepMail}
          <h3>{t.letterTitle}</h3>
          <p className="muted">{t.letterExplain}</p>
          <div className="annual-actions">
            <PrintButton
              printer={printer}
              name="annual-letter"
              label={t.letter}
              onClick={() => void printer.print('annual-letter', { kind: 'annual-letter', period })}
            />
          </div>

          <h3>{t.authorisationsTitle}</h3>
          {uses.length === 0 ? (
            <p className="muted">{t.authorisationsNone(year)}</p>
          ) : (
            <table className="table annual-table" aria-label={t.authorisationsTitle}>
              <thead>
                <tr>
                  <th>{t.seq}</th>
                  <th>{t.date}</th>
                  <th>{t.operation}</th>
                  <th>{t.authorisation}</th>
                  <th>{t.product}</th>
                  <th className="number">{t.quantity}</th>
                </tr>
              </thead>
              <tbody>
                {uses.map((use) => (
                  <tr key={use.seq}>
                    <td>{use.seq}</td>
                    <td>{formatDay(use.operationDate)}</td>
                    <td>
                      {use.direction === 'import' ? t.import : t.export}
                      <span className="detail">{use.counterparty}</span>
                    </td>
                    <td>
                      {use.authorisation.kind} n° {use.authorisation.number}
                      {use.reversedBy === undefined ? null : <span className="detail">{t.reversed(use.reversedBy)}</span>}
                    </td>
                    <td>{use.designation}</td>
                    <td className="number">{quantityWithUnit(use.quantity, use.unit)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <div className="annual-actions">
            <PrintButton
              printer={printer}
              name="annual-authorisations"
              label={t.authorisationsPdf}
              onClick={() => void printer.print('annual-authorisations', { kind: 'annual-authorisations', period })}
            />
            <PrintButton
              printer={printer}
              name="annual-authorisations-csv"
              label={t.authorisationsCsv}
              onClick={() => void printer.print('annual-authorisations-csv', { kind: 'annual-authorisations-csv', period })}
            />
          </div>

          <h3>{t.certificatesTitle}</h3>
          {certificates.length === 0 ? (
            <p className="muted">{t.certificatesNone(year)}</p>
          ) : (
            <table className="table annual-table" aria-label={t.certificatesTitle}>
              <thead>
                <tr>
                  <th>{t.dossier}</th>
                  <th>{t.date}</th>
                  <th>{t.certificateFiles}</th>
                </tr>
              </thead>
              <tbody>
                {certificates.map((certificate) => (
                  <tr key={certificate.dossier}>
                    <td>{certificate.dossier}</td>
                    <td>{formatDay(certificate.day)}</td>
                    <td>
                      {certificate.files.length === 0 ? <span className="muted">{t.certificateNoFile}</span> : null}
                      {certificate.files.map((file) => (
                        <div key={file.fileName}>
                          <span className="file-name">{file.fileName}</span>
                          <ArchivedFileActions file={file} working={working} onAct={(chosen, action) => void act(chosen, action)} />
                        </div>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <ArchivedFileOutcome outcome={outcome} />
        </li>
      </ol>
      <p className="muted">{fr.editions.print.explain}</p>
    </section>
  );
}
