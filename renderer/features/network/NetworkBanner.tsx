// Always in view in network mode: which server holds the register, whether it answers,
// and every operation held « en attente » on this PC (never numbered here) or refused
// when it was sent. On one PC it shows nothing.
import { describeError, type AppError } from '../../../shared/errors';
import { EVENT_LABELS } from '../../../shared/access/event-labels';
import type { PendingDraft } from '../../../shared/ipc/network';
import { isDraft } from '../../../shared/register/act';
import type { EventType } from '../../../shared/register/events';
import { useNetworkMode, useNetworkStatus, type NetworkStatus } from '../../db/NetworkContext';
import { fr } from '../../messages/fr';
import { PasswordAgain } from './PasswordAgain';
import './network.css';

const timeFormat = new Intl.DateTimeFormat('fr-FR', { hour: '2-digit', minute: '2-digit' });

export function serverPlace(server: NetworkStatus['server']): string {
  return fr.network.where(server.host, server.port, server.database);
}

function labelOf(held: PendingDraft): string {
  const types = held.drafts.map((step) => {
    const type = isDraft(step) ? step.body.type : 'inventory.adjustment';
    return EVENT_LABELS[type as EventType] ?? type;
  });
  return [...new Set(types)].join(', ');
}

const writtenFormat = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' });

/**
 * How far the reserve journal (the second medium) is written, on every counter: in network
 * mode one PC writes it, only while the app runs there, and notes its progress on the server.
 */
export function reserveLines(status: Pick<NetworkStatus, 'reserves' | 'headSeq'>): string[] {
  if (status.reserves === null) return [];
  if (status.reserves.length === 0) return [fr.network.reservesNone];
  return status.reserves.map(({ holder, seq, writtenAt }) =>
    seq >= status.headSeq
      ? fr.network.reserveUpToDate(holder, seq)
      : fr.network.reserveBehind(holder, status.headSeq - seq, seq, `le ${writtenFormat.format(new Date(writtenAt))}`),
  );
}

/**
 * Where the banner shows: in the register's shell, the card that verifies the certificate
 * is in the « Établissement » tab; on the first screen, before the register is open, there
 * are no tabs yet and the card is right below.
 */
export type BannerPlace = 'tabs' | 'firstScreen';

/** How the connection is protected, as this PC keeps it (docs/reseau.md, « Chiffrement »). */
export function transportLine(server: NetworkStatus['server'], place: BannerPlace = 'tabs'): string {
  if (server.fingerprint) return fr.network.transportPinned;
  const card = place === 'tabs' ? fr.network.verifyCardInTabs : fr.network.verifyCardBelow;
  return server.requireTls ? fr.network.transportRequired(card) : fr.network.transportPreferred(card);
}

const takenFormat = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short' });

function headline(status: NetworkStatus): string {
  const where = serverPlace(status.server);
  // Taken back to one PC: the server no longer holds the register, whatever else it answers.
  if (status.handback) return fr.network.takenBack(status.handback.holder, takenFormat.format(new Date(status.handback.takenAt)), status.handback.seq);
  if (status.reachable === null) return fr.network.connectingBanner(where);
  return status.reachable ? fr.network.reachable(where, status.headSeq) : fr.network.unreachable(where);
}

/** Why the server did not answer: the reason alone, since the banner says itself that nothing is numbered. */
function troubleReason(trouble: AppError): string {
  const reason = trouble.code === 'network.failed' ? trouble.params?.['reason'] : undefined;
  if (!reason) return describeError(trouble);
  const code = trouble.params?.['code'];
  return `${reason.charAt(0).toUpperCase()}${reason.slice(1)}${code ? ` (${code})` : ''}.`;
}

function tone(status: NetworkStatus): 'ok' | 'warning' | 'danger' {
  if (status.handback || status.reachable === false || status.pending.some((held) => held.refusal)) return 'danger';
  if (status.reachable === null || status.pending.length > 0) return 'warning';
  return 'ok';
}

export function NetworkBanner({ place = 'tabs' }: { place?: BannerPlace }) {
  const { register } = useNetworkMode();
  const status = useNetworkStatus();
  if (!register || !status) return null;
  return (
    <section className={`reserve reserve--${tone(status)} network-banner`} aria-label={fr.network.bannerLabel} aria-live="polite">
      <div className="reserve__text">
        <strong>{headline(status)}</strong>
        {/* Taken back, nothing is written there any more: what to do replaces how the exchanges are protected. */}
        {status.handback ? (
          <span className="reserve__folder network-banner__taken-back">{fr.network.takenBackWhat}</span>
        ) : (
          <span className="reserve__folder network-banner__transport">{transportLine(status.server, place)}</span>
        )}
        {reserveLines(status).map((line) => (
          <span key={line} className="reserve__folder network-banner__reserve">
            {line}
          </span>
        ))}
        {status.reachable === false ? (
          <span className="reserve__folder">
            {status.trouble ? `${troubleReason(status.trouble)} ` : ''}
            {fr.network.unreachableWhat}
          </span>
        ) : null}
        {status.trouble?.code === 'network.passwordUnreadable' ? <PasswordAgain server={status.server} onSaved={() => register.retry()} /> : null}
      </div>
      {status.pending.length > 0 ? (
        <ul className="network-banner__pending">
          {status.pending.map((held) => (
            <li key={held.id} className={held.refusal ? 'network-banner__refused' : 'network-banner__waiting'}>
              {held.refusal ? (
                <>
                  <span>
                    {fr.network.refused(labelOf(held), timeFormat.format(new Date(held.heldAt)))} {describeError(held.refusal)}
                  </span>
                  <button type="button" className="secondary" onClick={() => void register.dismiss(held.id)}>
                    {fr.network.read}
                  </button>
                </>
              ) : (
                <span>{fr.network.waiting(labelOf(held), timeFormat.format(new Date(held.heldAt)))}</span>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
