// Everything the application writes outside its own data folder is encrypted: after a
// register with a dispensation to a patient whose bearer showed an identity card, the
// reserve medium (journal, editions copied there, yearly archive) and the folder where
// the hand-over and deposit packages are saved hold neither the patient's name nor the
// identity number — not in the raw bytes, and not inside any ZIP found there either (a
// clear ZIP compresses its parts, so its raw bytes alone would prove nothing).
import { mkdir, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../electron/ipc/handlers';
import type { MainHandlers } from '../../../shared/ipc/contract';
import { serializeLine } from '../../../shared/journal/line';
import { sha256Hex } from '../../../shared/package/digest';
import type { RegisterEvent } from '../../../shared/register/events';
import { dispensationDraft, openingDraft, PATIENT, productDraft, receiptDraft } from '../../fixtures/drafts';
import { sealAll } from '../../fixtures/events';
import { accepted } from '../../fixtures/result';
import { TEST_SCRYPT_WORK_FACTOR } from '../../fixtures/sealed-package';

const BEARER = { name: 'Paul Dupont', address: '8 rue des Lilas, 56100 Lorient', idReference: 'CNI 123456789012' };
const SECRETS = [PATIENT.name, PATIENT.address, BEARER.name, BEARER.idReference, '123456789012'];
const EDITION_NAME = '2026-03_registre_P2-morphine_20260310-0930.pdf';
// An edition as the window archives it: the patient and the bearer are on the page.
const EDITION = strToU8(`%PDF-1.4\n% Registre du produit P2 : ${PATIENT.name}, ${PATIENT.address} ; porteur ${BEARER.name}, ${BEARER.idReference}\n%%EOF\n`);

let root: string;
let data: string;
let usb: string;
let sent: string;
let main: MainHandlers;
let registerId: string;

function register(): RegisterEvent[] {
  return sealAll([
    openingDraft(),
    productDraft(),
    receiptDraft(),
    dispensationDraft({ bearer: BEARER }),
    {
      operationDate: '2026-03-10',
      body: {
        type: 'edition.produced',
        edition: 'product-register',
        from: '2026-03-01',
        to: '2026-03-31',
        productId: 'P2',
        fileName: EDITION_NAME,
        sha256: sha256Hex(EDITION),
        size: EDITION.length,
      },
    },
  ]);
}

/** Every file under a folder, with the files inside every ZIP found there, as [name, bytes]. */
async function everyFile(folder: string): Promise<[string, Uint8Array][]> {
  const found: [string, Uint8Array][] = [];
  for (const name of await readdir(folder)) {
    const path = join(folder, name);
    if ((await stat(path)).isDirectory()) {
      found.push(...(await everyFile(path)));
      continue;
    }
    const bytes = new Uint8Array(await readFile(path));
    found.push([path, bytes]);
    if (bytes[0] === 0x50 && bytes[1] === 0x4b) for (const [part, content] of Object.entries(unzipSync(bytes))) found.push([`${path}!${part}`, content]);
  }
  return found;
}

function clearSecretsIn(files: [string, Uint8Array][]): string[] {
  const hits: string[] = [];
  for (const [name, bytes] of files) {
    const text = Buffer.from(bytes).toString('utf8');
    const latin = Buffer.from(bytes).toString('latin1');
    for (const secret of SECRETS) if (text.includes(secret) || latin.includes(secret)) hits.push(`${name} : ${secret}`);
  }
  return hits;
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'registre-rien-en-clair-'));
  data = join(root, 'donnees');
  usb = join(root, 'cle-usb');
  sent = join(root, 'envois');
  await Promise.all([mkdir(usb), mkdir(sent)]);
  main = createHandlers({
    version: 'test',
    shell: 'harness',
    dataFolder: data,
    chooseFolder: async () => usb,
    chooseSavePath: async (name) => join(sent, name),
    packageScryptWorkFactor: TEST_SCRYPT_WORK_FACTOR,
  });
  const events = register();
  registerId = events[0]!.type === 'register.opened' ? events[0]!.registerId : '';
  accepted(await main['reserve:chooseFolder'](null));
  const { recoveryCode, groupToTypeBack } = accepted(await main['sealing:setUp'](null));
  accepted(await main['sealing:confirm']({ typedGroup: recoveryCode.split('-')[groupToTypeBack - 1]! }));
  accepted(await main['reserve:append']({ registerId, events }));
  accepted(await main['edition:archive']({ registerId, fileName: EDITION_NAME, bytes: EDITION }));
  const journal = strToU8(events.map(serializeLine).join(''));
  // The encrypted reserve holds the journal up to the window's head: the archive is made from it.
  const head = events.at(-1)!;
  accepted(await main['archive:create']({ registerId, year: 2026, journal: { reserveAt: { seq: head.seq, hash: head.hash } }, automatic: true }));
  accepted(await main['package:export']({ registerId, journal, purpose: 'handover' }));
  accepted(await main['package:export']({ registerId, journal, purpose: 'deposit' }));
}, 60_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('what leaves the PC', () => {
  it('holds the register on each medium: reserve journal, edition, yearly archive, both packages', async () => {
    const onMedium = (await everyFile(usb)).map(([name]) => name.slice(usb.length + 1));
    expect(onMedium).toEqual(
      expect.arrayContaining([
        `${registerId}.journal-chiffre.txt`,
        `${registerId}.editions/${EDITION_NAME}.age`,
        `${registerId}.archives/2026_archive-annuelle_${registerId}.zip.age`,
      ]),
    );
    const sentNames = (await readdir(sent)).sort();
    expect(sentNames.filter((name) => name.endsWith('.zip.age'))).toHaveLength(2);
    // The data folder, which never leaves the PC, does hold them in clear: the search finds them there.
    expect(clearSecretsIn(await everyFile(data))).not.toEqual([]);
  });

  it('holds no patient name, address or identity number in clear on the reserve medium', async () => {
    expect(clearSecretsIn(await everyFile(usb))).toEqual([]);
  });

  it('holds none in the hand-over and deposit packages, their décharges included', async () => {
    expect(clearSecretsIn(await everyFile(sent))).toEqual([]);
  });
});
