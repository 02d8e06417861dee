// MOUNT POINT for the deposit package's export: the
// button that writes the package (journal, every edition, manifest of SHA-256) for the ARS
// or the DDPP goes inside this section, below the transmittal slip that lists its content.
// Until it is mounted, the section says what the deposit is made of.
import type { ReactNode } from 'react';
import { t } from './messages';

export function DepositPackageSlot({ children }: { children?: ReactNode }) {
  return (
    <section className="deposit-package" aria-labelledby="deposit-package-title" data-slot="deposit-package-export">
      <h3 id="deposit-package-title">{t.depositTitle}</h3>
      <p className="muted">{t.depositHint}</p>
      {children}
    </section>
  );
}
