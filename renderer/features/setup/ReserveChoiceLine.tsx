// Where the reserve folder stands, in one line: at set-up and when taking over a register.
import { missingCaseError } from '../../../shared/result';
import { fr } from '../../messages/fr';
import type { ReserveChoice } from './reserve-choice';

export function ReserveChoiceLine({ choice }: { choice: ReserveChoice }) {
  switch (choice.kind) {
    case 'checking':
      return <p className="setup__folder muted">{fr.setup.reserveChecking}</p>;
    case 'none':
      return <p className="setup__folder muted">{fr.setup.reserveNone}</p>;
    case 'unreachable':
      return <p className="setup__folder setup__folder--problem">{fr.setup.reserveUnreachable(choice.folder)}</p>;
    case 'chosen':
      return (
        <>
          <p className="setup__folder setup__folder--chosen">{fr.setup.reserveChosen(choice.folder)}</p>
          {choice.sameDevice ? <p className="setup__warning">{fr.reserve.sameDevice}</p> : null}
        </>
      );
    default:
      throw missingCaseError(choice);
  }
}
