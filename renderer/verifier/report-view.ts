// The verifier's report in French: the verdict, the file, the register and its holders,
// the chain head to compare with a printed page, a package's parts, the monthly closures
// and the stock on a chosen day, laid out to be printed.
import { formatInteger } from '../../shared/french';
import { groupedHash } from '../../shared/editions/integrity';
import { formatEditionInstant, formatHead } from '../../shared/editions/wording';
import { readFrenchDay } from '../../shared/format/french-day';
import { formatDay, formatMonth } from '../../shared/register/dates';
import { formatQuantity } from '../../shared/register/quantity';
import { dispensable } from '../../shared/stock/movements';
import type { StockOnDayRow } from '../../shared/verifier/stock-on-day';
import type { PackageFacts, ReportedFacts, VerifierReport } from './report';
import { formatBytes, formatSeconds, h, t, type Child } from './dom';

function verdictTitle(report: VerifierReport): string {
  if (report.source === 'journal') return report.ok ? 'Journal intègre' : 'Journal refusé';
  if (!report.ok) return 'Dossier refusé';
  return report.package?.kind === 'yearly' ? `Archive annuelle ${report.package.year ?? ''} intègre` : 'Dossier intègre';
}

/** The application's package verdicts start with « Dossier refusé : », already the title here. */
function verdictSentence(report: VerifierReport): string {
  const sentence = report.verdict.replace(/^Dossier refusé\u202f: /, '');
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

function faultLine(report: VerifierReport): HTMLElement | null {
  const { fault } = report;
  if (report.ok || !fault) return null;
  const where = [
    fault.seq === undefined ? null : `n° d’ordre ${formatInteger(fault.seq)}`,
    fault.line === undefined ? null : `ligne ${formatInteger(fault.line)}`,
    fault.part === undefined ? null : `partie « ${fault.part} »`,
  ].filter(Boolean);
  if (where.length === 0) return null;
  return h('p', { class: 'fault', 'data-testid': 'fault' }, t(`Première anomalie : ${where.join(', ')}.`));
}

/** Each product's stock at the end of a day, asked of the worker that keeps the register's movements. */
export type StockOn = (day: string) => Promise<StockOnDayRow[]>;

/** The report's sections; `ready` once the stock of its first day is drawn in them. */
export function renderReport(report: VerifierReport, stockOn: StockOn): { sections: HTMLElement[]; ready: Promise<void> } {
  const sections: HTMLElement[] = [
    h(
      'section',
      { class: `verdict ${report.ok ? 'intact' : 'refused'}`, 'data-verdict': report.ok ? 'intègre' : 'refusé', 'data-testid': 'verdict' },
      h('h2', {}, verdictTitle(report)),
      h('p', {}, verdictSentence(report)),
      faultLine(report),
    ),
    fileSection(report),
  ];
  const { facts, summary } = report;
  if (report.package) sections.push(packageSection(report.package));
  if (facts) sections.push(registerSection(report, facts));
  if (summary) sections.push(chainSection(report));
  if (facts && facts.closures.length > 0) sections.push(closuresSection(facts));
  let ready = Promise.resolve();
  if (facts) {
    const stock = stockSection(report, facts, stockOn);
    sections.push(stock.section);
    ready = stock.ready;
  }
  sections.push(h('p', { class: 'actions' }, printButton()));
  return { sections, ready };
}

function printButton(): HTMLElement {
  const button = h('button', { type: 'button', class: 'button' }, 'Imprimer ce rapport');
  button.addEventListener('click', () => window.print());
  return button;
}

function rows(entries: [string, Child][]): HTMLElement {
  return h('dl', {}, ...entries.flatMap(([term, value]) => [h('dt', {}, t(term)), h('dd', {}, value ?? '')]));
}

function fileSection(report: VerifierReport): HTMLElement {
  return h(
    'section',
    {},
    h('h2', {}, 'Fichier vérifié'),
    rows([
      ['Nom', h('span', { class: 'path' }, report.fileName)],
      ['Taille', formatBytes(report.size)],
      ['Vérifié le', `${formatEditionInstant(new Date())} (horloge de ce poste), en ${formatSeconds(report.elapsedMs)}`],
    ]),
  );
}

const KIND_LABEL: Record<string, string> = { officine: 'officine', veterinaire: 'cabinet vétérinaire' };

function registerSection(report: VerifierReport, facts: ReportedFacts): HTMLElement {
  const pkg = report.package;
  const establishments = facts.establishments.length > 0 ? facts.establishments : pkg ? [{ establishment: pkg.establishment, from: '', seq: 0 }] : [];
  const holders = facts.holders.length > 0 ? facts.holders : pkg ? [{ holder: pkg.holder, from: '', seq: 0 }] : [];
  const since = (from: string, seq: number) =>
    seq === 0 ? 'au dernier événement (manifeste)' : `depuis le ${formatDay(from)} (n° d’ordre ${formatInteger(seq)})`;
  return h(
    'section',
    { 'data-testid': 'register' },
    h('h2', {}, 'Registre'),
    rows([
      ['Identifiant', facts.registerId ?? pkg?.registerId ?? '—'],
      [
        'Établissement',
        h(
          'ul',
          { class: 'plain' },
          ...establishments.map(({ establishment, from, seq }) =>
            h(
              'li',
              {},
              h('strong', {}, establishment.name),
              ` — ${establishment.address} (${KIND_LABEL[establishment.kind] ?? establishment.kind}), `,
              t(since(from, seq)),
            ),
          ),
        ),
      ],
      [
        holders.length > 1 ? 'Titulaires successifs' : 'Titulaire',
        h(
          'ul',
          { class: 'plain' },
          ...holders.map(({ holder, from, seq }) => h('li', {}, h('strong', {}, holder.name), ` (n° ${holder.orderNumber}), `, t(since(from, seq)))),
        ),
      ],
      ['Période couverte', facts.firstDay && facts.lastDay ? `du ${formatDay(facts.firstDay)} au ${formatDay(facts.lastDay)} (dates des opérations)` : '—'],
      [
        'Enregistrements',
        facts.firstRecordedAt && facts.lastRecordedAt
          ? `du ${formatEditionInstant(new Date(facts.firstRecordedAt))} au ${formatEditionInstant(new Date(facts.lastRecordedAt))} (heure de ce poste)`
          : '—',
      ],
      ...(facts.closedOn ? ([['Clôture définitive', `le ${formatDay(facts.closedOn)}`]] as [string, Child][]) : []),
    ]),
  );
}

function headBlock(head: { seq: number; hash: string }): HTMLElement {
  return h('span', {}, h('strong', { 'data-testid': 'head' }, t(formatHead(head))), h('br'), h('code', { class: 'hash' }, groupedHash(head.hash)));
}

function chainSection(report: VerifierReport): HTMLElement {
  const summary = report.summary!;
  const first = report.package?.after ? report.package.after.seq + 1 : 1;
  return h(
    'section',
    {},
    h('h2', {}, 'Chaîne'),
    rows([
      [
        'Événements',
        `${formatInteger(summary.events)} (n° d’ordre ${formatInteger(first)} à ${formatInteger(summary.lastSeq)}), dont ${formatInteger(summary.movements)} mouvement${summary.movements > 1 ? 's' : ''}`,
      ],
      ['Produits définis', formatInteger(summary.products)],
      ...(report.package?.after ? ([['À la suite de', headBlock(report.package.after)]] as [string, Child][]) : []),
      ['Tête de chaîne', headBlock({ seq: summary.lastSeq, hash: summary.headHash })],
    ]),
    h(
      'p',
      { class: 'note' },
      t('L’empreinte courte (16 premiers chiffres) est celle qu’impriment les éditions du registre : comparez-la avec la dernière page imprimée.'),
    ),
  );
}

const PACKAGE_NATURE: Record<string, string> = {
  handover: 'dossier de reprise (tout le registre, remis au cessionnaire)',
  deposit: 'dossier de dépôt à l’autorité (tout le registre, à la clôture définitive)',
  yearly: 'archive annuelle (la tranche du journal d’une année)',
};

function packageSection(pkg: PackageFacts): HTMLElement {
  return h(
    'section',
    { 'data-testid': 'package' },
    h('h2', {}, 'Dossier'),
    rows([
      ['Nature', `${PACKAGE_NATURE[pkg.kind] ?? pkg.kind}${pkg.year === undefined ? '' : ` ${pkg.year}`}`],
      ['Créé le', `${formatEditionInstant(new Date(pkg.createdAt))} (logiciel ${pkg.appVersion})`],
      ['Parties', `${formatInteger(pkg.parts)} fichiers, manifeste compris, chacun avec la taille et l’empreinte SHA-256 du manifeste`],
      [
        'Éditions',
        pkg.editions.length === 0
          ? 'aucune'
          : h(
              'ul',
              { class: 'plain' },
              ...pkg.editions.map((edition) =>
                h('li', { class: 'path' }, edition.fileName, edition.recordedBy === null ? '' : t(` (inscrite au n° d’ordre ${edition.recordedBy})`)),
              ),
            ),
      ],
      [
        'Empreinte du dossier',
        h(
          'span',
          {},
          h('code', { class: 'hash', 'data-testid': 'fingerprint' }, groupedHash(pkg.fingerprint)),
          h('br'),
          t('SHA-256 de manifest.json : à comparer avec la décharge signée.'),
        ),
      ],
    ]),
  );
}

function closuresSection(facts: ReportedFacts): HTMLElement {
  return h(
    'section',
    { 'data-testid': 'closures' },
    h('h2', {}, 'Clôtures mensuelles'),
    h(
      'table',
      {},
      h('thead', {}, h('tr', {}, h('th', {}, 'Mois'), h('th', {}, 'Clôture'), h('th', {}, 'Tête de chaîne à la clôture'))),
      h(
        'tbody',
        {},
        ...facts.closures.map((closure) =>
          h(
            'tr',
            {},
            h('td', {}, formatMonth(closure.month)),
            h('td', {}, `n° ${formatInteger(closure.seq)}`),
            h('td', {}, h('code', {}, t(formatHead(closure.head)))),
          ),
        ),
      ),
    ),
  );
}

const STOCK_HEADINGS = ['Désignation', 'Forme', 'Dosage', 'Solde du registre', 'Disponible', 'Quarantaine', 'Unité'];

function stockSection(report: VerifierReport, facts: ReportedFacts, stockOn: StockOn): { section: HTMLElement; ready: Promise<void> } {
  const section = h('section', { 'data-testid': 'stock' });
  if (!report.wholeRegister || !facts.lastDay) {
    section.append(
      h('h2', {}, 'Stock'),
      h(
        'p',
        { class: 'note' },
        t(
          'Le stock n’est pas calculé : ce journal ne commence pas à l’ouverture du registre (archive annuelle), les soldes d’avant lui manquent. Les balances mensuelles de ses éditions en donnent les chiffres.',
        ),
      ),
    );
    return { section, ready: Promise.resolve() };
  }
  // Typed JJ/MM/AAAA, as in the application: the browser's date control would follow the
  // system's language (mm/dd/yyyy on an English system) and an inspector would misread it.
  const input = h('input', {
    type: 'text',
    id: 'stock-day',
    value: formatDay(facts.lastDay),
    inputmode: 'numeric',
    placeholder: 'JJ/MM/AAAA',
    autocomplete: 'off',
    'aria-describedby': 'stock-day-reason',
  }) as HTMLInputElement;
  const reason = h('span', { id: 'stock-day-reason', class: 'reason', role: 'status' });
  const table = h('div', {});
  const shown = h('span', { 'data-testid': 'stock-day' });
  /** The day typed, or null while it is not one yet (or not a day of the calendar, said beside the field). */
  const chosenDay = (): string | null => {
    const read = readFrenchDay(input.value);
    return read.kind === 'day' ? read.day : null;
  };
  const draw = async () => {
    const read = readFrenchDay(input.value);
    reason.textContent = read.kind === 'impossible' ? read.reason : '';
    input.toggleAttribute('aria-invalid', read.kind === 'impossible');
    const day = chosenDay();
    if (day === null) return;
    const rows = await stockOn(day);
    // A day typed since this one was asked: its own answer draws it.
    if (day !== chosenDay()) return;
    shown.textContent = formatDay(day);
    table.replaceChildren(stockTable(rows, day));
  };
  input.addEventListener('change', () => void draw());
  input.addEventListener('input', () => void draw());
  const ready = draw();
  section.append(
    h('h2', {}, 'Stock au ', shown),
    h('p', { class: 'pick-day' }, h('label', { for: 'stock-day' }, 'Autre jour (JJ/MM/AAAA) : '), input, ' ', reason),
    h('p', { class: 'note' }, t('Opérations du jour comprises, d’après leurs dates d’opération ; le premier jour proposé est celui de la dernière opération.')),
    table,
  );
  return { section, ready };
}

function stockTable(lines: StockOnDayRow[], day: string): HTMLElement {
  if (lines.length === 0) return h('p', {}, t(`Aucun produit défini au ${formatDay(day)}.`));
  return h(
    'table',
    { 'data-day': day },
    h('thead', {}, h('tr', {}, ...STOCK_HEADINGS.map((heading, index) => h('th', index >= 3 && index <= 5 ? { class: 'figure' } : {}, heading)))),
    h(
      'tbody',
      {},
      ...lines.map(({ definition, balance }) =>
        h(
          'tr',
          {},
          h('td', {}, definition.designation),
          h('td', {}, definition.form),
          h('td', {}, definition.strength),
          h('td', { class: 'figure' }, formatQuantity(balance.total)),
          h('td', { class: 'figure' }, formatQuantity(dispensable(balance))),
          h('td', { class: 'figure' }, formatQuantity(balance.quarantine)),
          h('td', {}, definition.unit),
        ),
      ),
    ),
  );
}
