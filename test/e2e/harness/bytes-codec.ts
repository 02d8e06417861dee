// Electron's IPC carries a Uint8Array as it is (structured clone); Playwright's binding
// carries JSON-like values only, and would hand the main process a plain object of
// indexes. The harness wraps every Uint8Array in a tagged object of base64 on one side
// and unwraps it on the other, so the handlers receive what Electron would give them.
// Runs in the page (bridge.ts) and in Node (launch.ts): only btoa and atob, no Buffer,
// or the typed array's own base64 where the runtime has it (Chromium does, Node 20 not):
// an edition of a megabyte was a long task of the window spent in the harness alone.

const TAG = '__registreBytes';
const CHUNK = 0x8000;

type WithBase64 = Uint8Array & { toBase64?: () => string };
const NativeBase64 = Uint8Array as unknown as { fromBase64?: (text: string) => Uint8Array };

function toBase64(bytes: Uint8Array): string {
  const native = (bytes as WithBase64).toBase64;
  if (native) return native.call(bytes);
  let binary = '';
  for (let start = 0; start < bytes.length; start += CHUNK) binary += String.fromCharCode(...bytes.subarray(start, start + CHUNK));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  if (NativeBase64.fromBase64) return NativeBase64.fromBase64(text);
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

function isTagged(value: unknown): value is { [TAG]: string } {
  return isPlainObject(value) && Object.keys(value).length === 1 && typeof value[TAG] === 'string';
}

/** Replaces every Uint8Array, at any depth of arrays and plain objects, by its tagged base64. */
export function encodeBytes(value: unknown): unknown {
  if (value instanceof Uint8Array) return { [TAG]: toBase64(value) };
  if (Array.isArray(value)) return value.map(encodeBytes);
  if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, encodeBytes(item)]));
  return value;
}

/** The inverse of encodeBytes: every tagged object becomes a Uint8Array again. */
export function decodeBytes(value: unknown): unknown {
  if (isTagged(value)) return fromBase64(value[TAG]);
  if (Array.isArray(value)) return value.map(decodeBytes);
  if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, decodeBytes(item)]));
  return value;
}
