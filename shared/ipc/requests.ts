// Runtime schemas of every request, checked by the main process before any handler
// runs: the window is treated as untrusted input.
import { z } from 'zod';
import type { RegisterEvent } from '../register/events';
import type { Draft } from '../register/validate';
import type { Channel, RequestOf } from './contract';
import { SAFE_FILE_NAME } from '../editions/file-name';
import { isDeadline } from '../jare/annual-settings';
import { workingCopySchema } from './working-copy-schema';
import { jareRequestSchemas } from './jare-requests';
import { confirmedMatchesSchema } from '../jare/confirmed-matches';
import { accessRequestSchemas } from './access-requests';
import { signingRequestSchemas } from './signing-requests';

// The register id becomes a file name on the reserve medium: letters, digits and dashes only.
const registerId = z.string().regex(/^[A-Za-z0-9-]{1,64}$/);
const hex64 = z.string().regex(/^[0-9a-f]{64}$/);

// The main process re-hashes every event it is asked to append, so the shape checked
// here only needs what the chain check reads; the rest is carried as is.
const sealedEvent = z.looseObject({
  seq: z.number().int().positive(),
  prevHash: hex64,
  hash: hex64,
  type: z.string(),
}) as unknown as z.ZodType<RegisterEvent>;

export const MAX_EVENTS_PER_REQUEST = 1000;

/** A server typed by the person: an address, a port, names and a password of bounded length. */
const serverSettings = z.object({
  host: z.string().trim().min(1).max(253),
  port: z.number().int().min(1).max(65_535),
  database: z.string().min(1).max(63),
  user: z.string().min(1).max(63),
  password: z.string().max(1024),
  fingerprint: z.string().max(200).optional(),
  requireTls: z.boolean().optional(),
});

// A draft is checked field by field by the register's rules on the server side (decide.ts),
// as any entry is: the schema only bounds its shape and size before it gets there.
const draft = z.object({
  operationDate: z.string().max(32),
  body: z.looseObject({ type: z.string().max(64) }),
  validatedBy: z.string().max(64).optional(),
  observation: z.string().max(10_000).optional(),
}) as unknown as z.ZodType<Draft>;
/** An inventory's adjustments, said as data (shared/register/act.ts): the event they follow, by its place in the act. */
const adjustmentsStep = z.strictObject({
  adjustmentsOf: z.number().int().min(0).max(1000),
  operationDate: z.string().max(32),
  validatedBy: z.string().max(64).optional(),
});
/** An act is a handful of drafts; an inventory's adjustments, a few hundred at most. */
export const MAX_DRAFTS_PER_ACT = 1000;
const orderNumber = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/** A year of one product's register is a few hundred pages: far below this. */
export const MAX_EDITION_BYTES = 64 * 1024 * 1024;

// An edition's file name is chosen by the window but written by the main process: a plain
// name, no folder, always a PDF.
const editionFileName = z.string().regex(SAFE_FILE_NAME);

const annualSettings = z.object({ operator: z.boolean(), deadline: z.string().refine(isDeadline) });
/** The window's journal sent whole for a package: ten years of a busy officine stay far below. */
export const MAX_JOURNAL_BYTES = 512 * 1024 * 1024;
const journalBytes = z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength > 0 && bytes.byteLength <= MAX_JOURNAL_BYTES);
const token = z.uuid();
/** A page of the journal sent for an archive: 2 000 events of a few hundred bytes each, far below this. */
export const MAX_JOURNAL_PAGE_BYTES = 16 * 1024 * 1024;
/** A register holds a few dozen products: one confirmation each, far below this. */
export const MAX_CONFIRMED_MATCHES = 10_000;

export const requestSchemas = {
  'app:getInfo': z.null(),
  'reserve:chooseFolder': z.null(),
  'reserve:status': z.object({ registerId }),
  'reserve:verify': z.object({ registerId }),
  'reserve:listJournals': z.null(),
  // The cursor is a byte offset the main process handed out; a safe integer, never negative.
  'reserve:readEvents': z.object({
    registerId,
    cursor: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
    limit: z.number().int().min(1).max(MAX_EVENTS_PER_REQUEST),
  }),
  'reserve:append': z.object({ registerId, events: z.array(sealedEvent).min(1).max(MAX_EVENTS_PER_REQUEST) }),
  'reserve:confirmMedium': z.object({ registerId }),
  'sealing:status': z.object({ registerId }),
  'sealing:migrate': z.object({ registerId, consent: z.enum(['keepClearCopy', 'removeClearCopy']) }),
  'sealing:setUp': z.null(),
  'sealing:openSheet': z.object({ bytes: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength > 0 && bytes.byteLength <= MAX_EDITION_BYTES) }),
  'sealing:confirm': z.object({ typedGroup: z.string().max(100) }),
  'sealing:unlock': z.object({ code: z.string().max(200) }),
  'edition:archive': z.object({
    registerId,
    fileName: editionFileName,
    bytes: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength > 0 && bytes.byteLength <= MAX_EDITION_BYTES),
  }),
  'edition:open': z.object({ registerId, fileName: editionFileName, sha256: hex64 }),
  'edition:saveAs': z.object({ registerId, fileName: editionFileName, sha256: hex64 }),
  'edition:syncReserve': z.object({ registerId }),
  'annual:workbook': z.object({
    copy: workingCopySchema,
    establishment: z.object({ name: z.string().max(300), address: z.string().max(300) }),
    createdAt: z.iso.datetime(),
  }),
  'annual:getSettings': z.object({ registerId }),
  'annual:setSettings': z.object({ registerId, settings: annualSettings }),
  'package:export': z.object({ registerId, journal: journalBytes, purpose: z.enum(['handover', 'deposit']) }),
  'package:openDischarge': z.null(),
  'verifier:save': z.null(),
  'package:openPassphraseSheet': z.null(),
  'package:open': z.object({ passphrase: z.string().max(200).nullable() }).nullable(),
  'package:readEvents': z.object({
    token,
    cursor: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
    limit: z.number().int().min(1).max(MAX_EVENTS_PER_REQUEST),
  }),
  'package:installEditions': z.object({ token }),
  'archive:create': z.object({
    registerId,
    year: z.number().int().min(2000).max(9999),
    journal: z.union([z.object({ reserveAt: z.object({ seq: orderNumber, hash: hex64 }) }), z.object({ sent: token })]),
    automatic: z.boolean(),
  }),
  'archive:sendJournal': z.object({
    registerId,
    upload: token,
    offset: z.number().int().min(0).max(MAX_JOURNAL_BYTES),
    bytes: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength > 0 && bytes.byteLength <= MAX_JOURNAL_PAGE_BYTES),
  }),
  'archive:written': z.object({ registerId }),
  'archive:list': z.object({ registerId }),
  ...jareRequestSchemas,
  'jare:getMatches': z.object({ registerId }),
  'jare:setMatches': z.object({
    registerId,
    matches: confirmedMatchesSchema.refine((matches) => Object.keys(matches.substances).length + Object.keys(matches.products).length <= MAX_CONFIRMED_MATCHES),
  }),
  'network:validate': z.object({
    drafts: z
      .array(z.union([adjustmentsStep, draft]))
      .min(1)
      .max(MAX_DRAFTS_PER_ACT),
  }),
  'network:eventsAfter': z.object({ after: orderNumber, limit: z.number().int().min(1).max(MAX_EVENTS_PER_REQUEST) }),
  'network:waitAfter': z.object({ after: orderNumber }),
  'network:settings': z.null(),
  'network:configure': z.object({ server: serverSettings.nullable() }),
  // Read by the fingerprint's own parser (spaces, colons, dashes); only bounded here.
  'network:verifyCertificate': z.object({ fingerprint: z.string().max(200) }),
  'network:pending': z.null(),
  'host:setUp': z.null(),
  'host:status': z.null(),
  'host:printSheet': z.null(),
  'discovery:browse': z.null(),
  'network:sendPending': z.null(),
  'network:dismissPending': z.object({ id: z.string().max(64) }),
  'network:reserveFromServer': z.object({ registerId, after: orderNumber, through: orderNumber }),
  'network:reserves': z.null(),
  'network:handback': z.null(),
  'network:moveUp': z.object({ registerId, head: z.object({ seq: z.number().int().positive(), hash: hex64 }), server: serverSettings }),
  'network:moveProgress': z.null(),
  // A role's name goes into SQL quoted as an identifier; letters, digits and underscores only all the same.
  'network:installSchema': z.object({ owner: serverSettings, counterUser: z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/) }),
  'network:moveBack': z.null(),
  'network:readMovedBack': z.object({
    cursor: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
    limit: z.number().int().min(1).max(MAX_EVENTS_PER_REQUEST),
  }),
  ...accessRequestSchemas,
  ...signingRequestSchemas,
} satisfies { [C in Channel]: z.ZodType<RequestOf<C>> };
