// The signing channels through the same dispatcher and schemas as the window's requests,
// against a stand-in for Electron's safeStorage (test/support/stub-secret-box.ts).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../electron/ipc/dispatch';
import { createHandlers } from '../../../electron/ipc/handlers';
import { KEYS_FOLDER, keptKeyFiles } from '../../../electron/signing/signing-keys';
import type { SecretBox } from '../../../electron/signing/secret-box';
import { createRegistreApi } from '../../../shared/ipc/client';
import { generateKeyPair, verifyText } from '../../../shared/signature/ed25519';
import { SIGNED_MESSAGE_LABEL, signedMessage } from '../../../shared/signature/signed-message';
import { useTempMainProcess } from '../../fixtures/main-process';
import { sealedSlice } from '../../fixtures/events';
import { stubSecretBox } from '../../support/stub-secret-box';

const main = useTempMainProcess();

/** The same data folder as `main`, seen by a workstation with another (or no) store of secrets. */
function withBox(secretBox: SecretBox | null) {
  const dispatch = createDispatcher({
    handlers: createHandlers({ version: 't', shell: 'harness', dataFolder: join(main.root, 'data'), chooseFolder: async () => null, secretBox }),
    isTrustedSender: () => true,
  });
  return createRegistreApi((channel, request) => dispatch('app://registre/', channel, request));
}

const closureText = () => {
  const [, , , dispensation] = sealedSlice();
  return signedMessage({ ...dispensation, type: 'month.closed' });
};

async function newKey(api = main.api()): Promise<string> {
  const created = await api['signing:newKey']({ registerId: 'REG-2026-001' });
  if (!created.ok) throw new Error(created.error.code);
  return created.value.publicKey;
}

describe('the signing channels', () => {
  it('makes a key pair, keeps its private key protected by the system’s store, and signs a closure with it', async () => {
    const api = main.api();
    const publicKey = await newKey(api);
    expect(publicKey).toMatch(/^[0-9a-f]{64}$/);
    expect(await keptKeyFiles(join(main.root, 'data'))).toEqual([`${publicKey}.json`]);
    const file = JSON.parse(await readFile(join(main.root, 'data', KEYS_FOLDER, `${publicKey}.json`), 'utf8')) as Record<string, unknown>;
    expect(Object.keys(file).sort()).toEqual(['createdAt', 'format', 'protectedKey', 'publicKey', 'registerId']);
    expect(Buffer.from(String(file.protectedKey), 'base64').toString('utf8')).toMatch(/^coffre-de-test:/);

    expect(await api['signing:holds']({ publicKey })).toEqual({ ok: true, value: { held: true } });
    const message = closureText();
    const signed = await api['signing:sign']({ publicKey, message });
    expect(signed.ok && verifyText(publicKey, message, signed.value.signature)).toBe(true);
  });

  it('signs nothing but the text of a closure', async () => {
    const api = main.api();
    const publicKey = await newKey(api);
    const [, , , dispensation] = sealedSlice();
    for (const message of [signedMessage(dispensation as object), `${SIGNED_MESSAGE_LABEL}{pas du JSON`, 'bonjour']) {
      expect(await api['signing:sign']({ publicKey, message })).toMatchObject({ ok: false, error: { code: 'signature.notAClosure' } });
    }
  });

  it('does not hold, and does not sign with, a key made elsewhere or under another user’s store', async () => {
    const publicKey = await newKey();
    const stranger = generateKeyPair().publicKey;
    const other = withBox(stubSecretBox('coffre-d-un-autre'));
    for (const [api, key] of [
      [main.api(), stranger],
      [other, publicKey],
    ] as const) {
      expect(await api['signing:holds']({ publicKey: key })).toEqual({ ok: true, value: { held: false } });
      expect(await api['signing:sign']({ publicKey: key, message: closureText() })).toMatchObject({ ok: false, error: { code: 'signature.unknownKey' } });
    }
  });

  it('makes no key where the system cannot protect it', async () => {
    for (const api of [withBox(stubSecretBox('coffre-de-test', false)), withBox(null)]) {
      expect(await api['signing:newKey']({ registerId: 'REG-2026-001' })).toMatchObject({ ok: false, error: { code: 'signature.storeUnavailable' } });
    }
    expect(await keptKeyFiles(join(main.root, 'data'))).toEqual([]);
  });

  it('refuses a request of the wrong shape before any handler runs', async () => {
    const api = main.api();
    const refused = await api['signing:sign']({ publicKey: 'pas-une-cle', message: closureText() });
    expect(refused.ok).toBe(false);
    expect(await api['signing:newKey']({ registerId: '../../etc' })).toMatchObject({ ok: false });
  });
});
