// Prints the integrity report of the last whole check, as an inspector would ask for it.
import { useStore } from '../../db/DatabaseContext';
import { fr } from '../../messages/fr';
import { PrintButton, PrintOutcome } from '../editions/PrintOutcome';
import { usePrint } from '../editions/use-print';
import type { IntegrityReport } from './check-integrity';
import { integrityEditionSpec } from './integrity-edition';

export function PrintIntegrityReport({ report, running }: { report: IntegrityReport | null; running: boolean }) {
  const store = useStore();
  const printer = usePrint();
  return (
    <div className="print-inline">
      <PrintButton
        printer={printer}
        name="integrity"
        label={fr.editions.print.integrity}
        onClick={() => {
          if (!report || running) printer.refuse(fr.editions.print.integrityFirst);
          // The paper says the register is intact: only a check of the whole register can.
          else if (report.scope.kind !== 'whole') printer.refuse(fr.editions.print.integrityWhole);
          else void printer.print('integrity', () => integrityEditionSpec(store, report));
        }}
      />
      <PrintOutcome printer={printer} />
    </div>
  );
}
