// The server a form names, wherever one is named (joining it as a counter, sending this
// register to it): its address and account, typed or filled from a host heard on the
// network, and the way its connection is protected — the certificate's fingerprint from
// the sheet that pins it, or encryption required (decision 0067). One set of fields, so
// that a server is never named with less protection on one screen than on another.
import { appError, type AppError } from '../../../shared/errors';
import type { ServerSettings } from '../../../shared/ipc/network';
import { err, ok, type Result } from '../../../shared/result';
import { SecretField } from '../../components/SecretField';
import { TextField } from '../../components/TextField';
import { fr } from '../../messages/fr';
import { FoundHosts } from './FoundHosts';

export const SERVER_DEFAULTS = { host: '', port: '5432', database: 'registre', user: 'registre_poste', password: '', fingerprint: '', requireTls: '' };
export type ServerValues = typeof SERVER_DEFAULTS;

/** The settings the main process is given, or the port said invalid before anything is asked. */
export function serverSettings(values: ServerValues): Result<ServerSettings, AppError> {
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) return err(appError('ipc.badRequest', 'port'));
  return ok({
    host: values.host.trim(),
    port,
    database: values.database.trim(),
    user: values.user.trim(),
    password: values.password,
    ...(values.fingerprint.trim() ? { fingerprint: values.fingerprint } : {}),
    ...(values.requireTls ? { requireTls: true } : {}),
  });
}

/**
 * The certificate's fingerprint as printed on the sheet: the same field when joining a
 * server and when pinning it later (VerifyCertificate). Two lines, so that its sixteen
 * groups stay in view on a narrow card, wrapped between groups, to compare with the sheet.
 */
export function FingerprintField({ value, onChange, error }: { value: string; onChange: (value: string) => void; error: AppError | null }) {
  return (
    <TextField name="fingerprint" label={fr.network.fingerprint} hint={fr.network.fingerprintHint} value={value} onChange={onChange} error={error} multiline />
  );
}

export function ServerFields({
  values,
  set,
  error,
}: {
  values: ServerValues;
  set: (field: keyof ServerValues) => (value: string) => void;
  error: AppError | null;
}) {
  return (
    <>
      <FoundHosts
        onUse={(found) => {
          set('host')(found.address);
          set('port')(String(found.port));
          set('database')(found.database);
        }}
      />
      <div className="network-choice__server">
        <TextField name="host" label={fr.network.host} value={values.host} onChange={set('host')} error={error} required />
        <TextField name="port" label={fr.network.port} value={values.port} onChange={set('port')} error={error} inputMode="numeric" required />
        <TextField name="database" label={fr.network.database} value={values.database} onChange={set('database')} error={error} required />
        <TextField name="user" label={fr.network.user} value={values.user} onChange={set('user')} error={error} required />
        <SecretField name="password" label={fr.network.password} value={values.password} onChange={set('password')} />
      </div>
      <FingerprintField value={values.fingerprint} onChange={set('fingerprint')} error={error} />
      {values.fingerprint.trim() ? null : (
        <label className="choice">
          <input type="checkbox" checked={values.requireTls !== ''} onChange={(event) => set('requireTls')(event.target.checked ? 'oui' : '')} />{' '}
          {fr.network.requireTls}
        </label>
      )}
    </>
  );
}
