// The seam between the signing keys and the operating system's store of secrets: in the
// application, Electron's safeStorage (DPAPI on Windows, the Keychain on macOS, the
// secret service on Linux); in the tests and the end-to-end harness, which run in Node
// without Electron, a stand-in given by the test. Only this seam touches a private key's
// protection: the key store never writes a private key in clear.

export interface SecretBox {
  /** Whether the system can protect a secret now (false: no keyring unlocked, for one). */
  available(): boolean;
  protect(secret: string): Uint8Array;
  reveal(sealed: Uint8Array): string;
}

/** What this seam uses of Electron's `safeStorage`, so that a stub can stand in for it. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

export function safeStorageBox(safeStorage: SafeStorageLike): SecretBox {
  return {
    available: () => safeStorage.isEncryptionAvailable(),
    protect: (secret) => new Uint8Array(safeStorage.encryptString(secret)),
    reveal: (sealed) => safeStorage.decryptString(Buffer.from(sealed)),
  };
}
