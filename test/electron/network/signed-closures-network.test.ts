// Closures signed in network mode, on a real server, through the app's own channels: each
// counter's main process holds its own keys (electron/signing/), and the server's write
// door signs a closure in its transaction as the window's does on one PC (decision 0044).
// The journal the server holds is then read by the same verifier as any journal.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT_OK, type CliIo } from '../../../electron/cli/common/io';
import { runCli } from '../../../electron/cli/run';
import { eventsAfter } from '../../../electron/network/server-state';
import type { RegistreApi } from '../../../shared/ipc/contract';
import type { RegisterEvent } from '../../../shared/register/events';
import { verifyText } from '../../../shared/signature/ed25519';
import { keyFingerprint } from '../../../shared/signature/fingerprint';
import { signedMessage } from '../../../shared/signature/signed-message';
import { dispensationDraft, on, openingDraft, productDraft, receiptDraft, TODAY, units } from '../../fixtures/drafts';
import { closure } from '../../fixtures/signed-journal';
import { useRegisterCluster } from '../../support/register-server';
import { stubSecretBox } from '../../support/stub-secret-box';
import { plain, writeJournal } from '../cli/journal-files';
import { mainProcessApi } from '../../fixtures/main-process';

const server = useRegisterCluster();

/** A counter's main process with a data folder (and so signing keys) of its own. */
async function counterApi(): Promise<RegistreApi> {
  const dataFolder = await mkdtemp(join(tmpdir(), 'registre-poste-signe-'));
  return mainProcessApi({ dataFolder });
}

function verifyOutput(events: readonly RegisterEvent[]): Promise<{ code: number; said: string }> {
  const stdout: string[] = [];
  const io: CliIo = { today: TODAY, out: (text) => stdout.push(plain(text)), err: (text) => stdout.push(plain(text)) };
  return runCli(['verify', writeJournal(events)], io).then((code) => ({ code, said: stdout.join('\n') }));
}

function signedBy(event: RegisterEvent | undefined, publicKey: string | undefined): boolean {
  const signature = (event as { signature?: string } | undefined)?.signature;
  return event !== undefined && publicKey !== undefined && signature !== undefined && verifyText(publicKey, signedMessage(event), signature);
}

describe('month closures in network mode', () => {
  it('are signed by the counter that closes, with a key recorded first when it holds none, and the journal verifies', async () => {
    const register = await server.freshRegister();
    const [desk, backOffice] = [await counterApi(), await counterApi()];
    expect(await desk['network:configure']({ server: register.server })).toMatchObject({ ok: true });
    expect(await backOffice['network:configure']({ server: register.server })).toMatchObject({ ok: true });

    // The register opened at the desk carries the desk's key, as a register opened on one PC does.
    expect(await desk['network:validate']({ drafts: [openingDraft(), productDraft(), receiptDraft(), dispensationDraft()] })).toMatchObject({ ok: true });
    expect(await backOffice['network:validate']({ drafts: [on('2026-03-05', dispensationDraft({ quantity: units(2) }))] })).toMatchObject({ ok: true });

    // March closed at the desk: signed with the key of the opening, which the desk holds.
    const march = await desk['network:validate']({ drafts: [closure('2026-03', '2026-03-31')] });
    expect(march).toMatchObject({ ok: true, value: { events: [{ seq: 6, type: 'month.closed' }] } });

    // April closed at the back office, which does not hold that key: its own key is recorded
    // just before the closure (« newWorkstation »), and signs it.
    const april = await backOffice['network:validate']({ drafts: [closure('2026-04', '2026-04-30')] });
    expect(april).toMatchObject({ ok: true, value: { events: [{ seq: 8, type: 'month.closed' }] } });

    const events = await eventsAfter(register.owner, 0, 100);
    expect(events[6]).toMatchObject({ seq: 7, type: 'signingKey.recorded', reason: 'newWorkstation' });
    const opening = events[0];
    const openingKey = opening?.type === 'register.opened' ? opening.signingKey : undefined;
    expect(openingKey).toMatch(/^[0-9a-f]{64}$/);
    expect(signedBy(events[5], openingKey)).toBe(true);
    const recorded = events[6];
    const backOfficeKey = recorded?.type === 'signingKey.recorded' ? recorded.publicKey : undefined;
    expect(backOfficeKey).not.toBe(openingKey);
    expect(signedBy(events[7], backOfficeKey)).toBe(true);
    expect(signedBy(events[7], openingKey)).toBe(false);

    // The server's journal, as the reserve or an export writes it: accepted, signatures checked.
    const verdict = await verifyOutput(events);
    expect(verdict.code).toBe(EXIT_OK);
    expect(verdict.said).toContain('2 clôtures signées');
    expect(verdict.said).toContain(keyFingerprint(backOfficeKey ?? ''));
  }, 60_000);

  it('refuses a closure it cannot sign rather than record it unsigned', async () => {
    const register = await server.freshRegister();
    const desk = await counterApi();
    await desk['network:configure']({ server: register.server });
    expect(await desk['network:validate']({ drafts: [openingDraft(), productDraft()] })).toMatchObject({ ok: true });
    // A counter whose system cannot keep a key (no store of secrets): nothing is recorded.
    const withoutStore = mainProcessApi({
      dataFolder: await mkdtemp(join(tmpdir(), 'registre-poste-sans-coffre-')),
      secretBox: stubSecretBox(undefined, false),
      sharedRegister: register.server,
    });
    const refused = await withoutStore['network:validate']({ drafts: [closure('2026-03', '2026-03-31')] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'signature.storeUnavailable' } });
    expect(await eventsAfter(register.owner, 0, 100)).toHaveLength(2);
  }, 60_000);
});
