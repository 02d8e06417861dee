// Reads a ZIP file that may be hostile or damaged, entry by entry, before trusting any of
// it: the end record must close the file exactly (a truncated file has none), the central
// directory must be where it says, every entry must have a safe, unique name, its local
// header must agree with the directory, the declared sizes must fit the limits before
// anything is inflated, and each entry's CRC-32 is compared once inflated. fflate inflates;
// the structure is read here (and each entry inflated by bounded-inflate.ts) because fflate's unzip neither checks CRCs nor reports
// duplicate names (the second silently replaces the first). An entry whose CRC does not
// match is returned marked, so that the caller can first say what changed in it.
import { appError, type AppError } from '../errors';
import { err, ok, type Result } from '../result';
import { inflateExactly, MAX_COMPRESSION_RATIO, plausibleRatio } from './bounded-inflate';
import { crc32 } from './crc32';
import { isSafePartPath, PACKAGE_LIMITS, type PackageLimits } from './limits';

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const CENTRAL_SIZE = 46;
const LOCAL_SIZE = 30;
const STORED = 0;
const DEFLATED = 8;
const ENCRYPTED = 0x1;
const DATA_DESCRIPTOR = 0x8;

export interface ZipEntry {
  bytes: Uint8Array<ArrayBuffer>;
  /** The CRC-32 the ZIP records matches the bytes: false means they were damaged or altered. */
  crcOk: boolean;
}

/** Entries by name, in the order of the central directory. */
export type ZipEntries = Map<string, ZipEntry>;

interface CentralEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const notZip = () => err(appError('package.notZip'));
const damaged = (path: string) => err(appError('package.partDamaged', undefined, { path }));

function findEndRecord(view: DataView): number | null {
  const lowest = Math.max(0, view.byteLength - EOCD_SIZE - 0xffff);
  for (let offset = view.byteLength - EOCD_SIZE; offset >= lowest; offset -= 1) {
    // The record, its comment included, must end the file exactly.
    if (view.getUint32(offset, true) === EOCD_SIGNATURE && offset + EOCD_SIZE + view.getUint16(offset + 20, true) === view.byteLength) return offset;
  }
  return null;
}

function latin1(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return text;
}

function readCentral(bytes: Uint8Array, view: DataView, limits: PackageLimits, safeName: SafeName): Result<CentralEntry[], AppError> {
  const end = findEndRecord(view);
  if (end === null) return notZip();
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const start = view.getUint32(end + 16, true);
  if (view.getUint16(end + 4, true) !== 0 || view.getUint16(end + 6, true) !== 0 || view.getUint16(end + 8, true) !== count) return notZip();
  if (count > limits.maxEntries) return err(appError('package.tooManyEntries', undefined, { max: String(limits.maxEntries) }));
  if (start + size !== end) return notZip();
  const entries: CentralEntry[] = [];
  const names = new Set<string>();
  let total = 0;
  let offset = start;
  for (let index = 0; index < count; index += 1) {
    if (offset + CENTRAL_SIZE > end || view.getUint32(offset, true) !== CENTRAL_SIGNATURE) return notZip();
    const nameLength = view.getUint16(offset + 28, true);
    const next = offset + CENTRAL_SIZE + nameLength + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
    if (next > end) return notZip();
    const name = latin1(bytes.subarray(offset + CENTRAL_SIZE, offset + CENTRAL_SIZE + nameLength));
    if (!safeName(name, limits.maxPathLength)) return err(appError('package.unsafeName', undefined, { path: name }));
    if (names.has(name)) return err(appError('package.duplicateName', undefined, { path: name }));
    names.add(name);
    const entry: CentralEntry = {
      name,
      flags: view.getUint16(offset + 8, true),
      method: view.getUint16(offset + 10, true),
      crc: view.getUint32(offset + 16, true),
      compressedSize: view.getUint32(offset + 20, true),
      size: view.getUint32(offset + 24, true),
      localOffset: view.getUint32(offset + 42, true),
    };
    // A bomb is refused on what it declares, before anything is inflated.
    if (!plausibleRatio(entry.compressedSize, entry.size))
      return err(appError('package.compressionRatio', undefined, { path: name, ratio: String(MAX_COMPRESSION_RATIO) }));
    total += entry.size;
    if (total > limits.maxUncompressedBytes) return err(appError('package.uncompressedTooLarge', undefined, { max: String(limits.maxUncompressedBytes) }));
    entries.push(entry);
    offset = next;
  }
  return offset === end ? ok(entries) : notZip();
}

/** The entry's stored bytes, after checking its local header repeats what the directory says. */
function entryData(bytes: Uint8Array, view: DataView, entry: CentralEntry, directoryStart: number): Uint8Array | null {
  const at = entry.localOffset;
  if (at + LOCAL_SIZE > directoryStart || view.getUint32(at, true) !== LOCAL_SIGNATURE) return null;
  const nameLength = view.getUint16(at + 26, true);
  const dataStart = at + LOCAL_SIZE + nameLength + view.getUint16(at + 28, true);
  if (dataStart + entry.compressedSize > directoryStart) return null;
  if (view.getUint16(at + 8, true) !== entry.method || latin1(bytes.subarray(at + LOCAL_SIZE, at + LOCAL_SIZE + nameLength)) !== entry.name) return null;
  const sizesHere = (entry.flags & DATA_DESCRIPTOR) === 0;
  if (
    sizesHere &&
    (view.getUint32(at + 14, true) !== entry.crc || view.getUint32(at + 18, true) !== entry.compressedSize || view.getUint32(at + 22, true) !== entry.size)
  )
    return null;
  return bytes.subarray(dataStart, dataStart + entry.compressedSize);
}

function inflated(data: Uint8Array, entry: CentralEntry): Uint8Array<ArrayBuffer> | null {
  try {
    if (entry.method === STORED) return data.length === entry.size ? data.slice() : null;
    // Inflated as a stream that stops as soon as it passes the declared size.
    if (entry.method === DEFLATED) return inflateExactly(data, entry.size);
  } catch {
    return null;
  }
  return null;
}

/** Which entry names a kind of ZIP admits: a package's own, or an Office workbook's (`[Content_Types].xml`). */
export type SafeName = (name: string, maxLength: number) => boolean;

/**
 * Every entry of the ZIP, inflated and checked, in the order of its central directory.
 * The one reader of untrusted ZIPs: packages and archives here, workbooks the user picks
 * (electron/jare/safe-package.ts) with their own limits and names.
 */
export function readZip(bytes: Uint8Array, limits: PackageLimits = PACKAGE_LIMITS, safeName: SafeName = isSafePartPath): Result<ZipEntries, AppError> {
  if (bytes.byteLength > limits.maxPackageBytes) return err(appError('package.tooLarge', undefined, { max: String(limits.maxPackageBytes) }));
  if (bytes.byteLength < EOCD_SIZE) return notZip();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const central = readCentral(bytes, view, limits, safeName);
  if (!central.ok) return central;
  const directoryStart = central.value.length === 0 ? 0 : view.getUint32(findEndRecord(view)! + 16, true);
  const entries: ZipEntries = new Map();
  for (const entry of central.value) {
    if (entry.flags & ENCRYPTED) return damaged(entry.name);
    const data = entryData(bytes, view, entry, directoryStart);
    const content = data === null ? null : inflated(data, entry);
    if (content === null || content.length !== entry.size) return damaged(entry.name);
    // A wrong CRC is reported by the caller after the finer checks (the journal's line…).
    entries.set(entry.name, { bytes: content, crcOk: crc32(content) === entry.crc });
  }
  return ok(entries);
}
