// A stand-in for Electron's safeStorage where the tests run in Node (electron/signing/secret-box.ts):
// a secret "protected" by it is not in clear in the file (every byte flipped behind a
// marker), and a box with another marker (another user's store) cannot open it.
import { safeStorageBox, type SafeStorageLike, type SecretBox } from '../../electron/signing/secret-box';

export function stubSafeStorage(marker = 'coffre-de-test', available = true): SafeStorageLike {
  const head = Buffer.from(`${marker}:`);
  return {
    isEncryptionAvailable: () => available,
    encryptString: (plain) => Buffer.concat([head, Buffer.from(plain, 'utf8').map((byte) => byte ^ 0x5a)]),
    decryptString(encrypted) {
      if (!encrypted.subarray(0, head.length).equals(head)) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return Buffer.from(encrypted.subarray(head.length).map((byte) => byte ^ 0x5a)).toString('utf8');
    },
  };
}

export function stubSecretBox(marker?: string, available?: boolean): SecretBox {
  return safeStorageBox(stubSafeStorage(marker, available));
}
