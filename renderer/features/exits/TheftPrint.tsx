// After a theft is recorded: the summary to attach to the complaint and the declarations
// (R. 5132-80), for every theft found that day; archived, recorded and opened like every edition.
import { formatDay } from '../../../shared/register/dates';
import { fr } from '../../messages/fr';
import { PrintButton, PrintOutcome } from '../editions/PrintOutcome';
import { usePrint } from '../editions/use-print';
import '../editions/editions.css';
import './theft-print.css';

export function TheftPrint({ day }: { day: string }) {
  const printer = usePrint();
  return (
    <div className="theft-print">
      <PrintButton
        printer={printer}
        name="theft"
        className="primary"
        label={fr.theft.print}
        onClick={() => void printer.print('theft', { kind: 'theft', period: { from: day, to: day } })}
      />
      <p className="field__hint">{fr.theft.printHint(formatDay(day))}</p>
      <PrintOutcome printer={printer} />
    </div>
  );
}
