import { describe, expect, it } from 'vitest';
import { integrityPdf, INTEGRITY_TITLE } from '../../../shared/editions/pdf/integrity-pdf';
import { verifyChain } from '../../../shared/register/chain';
import { ESTABLISHMENT } from '../../fixtures/drafts';
import { reseal } from '../../fixtures/events';
import { frameGaps, readPdf, renderPages, squeezed } from './pdf-text';
import { editionContext, headOf, scenarioEvents } from './scenario';

const events = scenarioEvents();
const CHECKED_AT = new Date(2026, 3, 15, 14, 4);

describe('edition (e): the integrity report', () => {
  it('states an intact register, its number of events and its whole head hash', () => {
    expect(verifyChain(events)).toBeNull();
    const head = headOf(events);
    const pdf = readPdf(
      integrityPdf({ subject: 'Base de l’application', checkedAt: CHECKED_AT, verdict: { intact: true, events: events.length, head } }, editionContext(events)),
      'e-integrite-intact',
    );
    const frame = {
      establishment: ESTABLISHMENT,
      title: INTEGRITY_TITLE,
      period: 'registre entier, vérifié le 15/04/2026 à 14:04',
      edited: '15/04/2026 à 14:05',
      head,
    };
    expect(frameGaps(pdf, frame)).toEqual([]);
    const text = squeezed(pdf.text);
    expect(text).toContain('Registre intègre');
    expect(text).toContain('Les 92 événements du registre, du n° 1 au n° 92, se suivent sans trou');
    expect(text).toContain(`Empreinte de tête (SHA-256) ${head.hash.match(/.{16}/g)?.join(' ')}`);
    renderPages(pdf, 1);
  });

  it('names the first broken order number and the reason', () => {
    const altered = events.map((event) => (event.seq === 57 ? { ...event, operationDate: '2026-03-01' } : event));
    expect(verifyChain(altered)).toEqual({ kind: 'hash', seq: 57 });
    const lastSound = { seq: 56, hash: (events[55] ?? events[0])?.hash ?? '' };
    const check = {
      subject: 'Copie de réserve E:\\REG-2026-001.journal.jsonl',
      checkedAt: CHECKED_AT,
      verdict: { intact: false as const, brokenAt: 57, reason: 'l’empreinte ne correspond pas au contenu (ligne modifiée).', lastSound },
    };
    const pdf = readPdf(integrityPdf(check, editionContext(events)), 'e-integrite-altere');
    const text = squeezed(pdf.text);
    expect(text).toContain('Registre altéré');
    expect(text).toContain('La chaîne est rompue au n° d’ordre 57 : l’empreinte ne correspond pas au contenu (ligne modifiée).');
    expect(text).toContain('Première anomalie n° d’ordre 57');
    expect(text).toContain(`Dernier événement sain n° 56, empreinte ${lastSound.hash.slice(0, 16)}`);
    expect(text).toContain('Copie de réserve E:\\REG-2026-001.journal.jsonl');
    renderPages(pdf, 1);
  });

  it('does not mistake a forger’s resealed line for a sound one', () => {
    const forged = events.map((event) => (event.seq === 57 ? reseal(event, { observation: 'ajouté après coup' }) : event));
    expect(verifyChain(forged)).toEqual({ kind: 'prevHash', seq: 58 });
  });
});
