// The shared register's failures, each in French with its code; a bug is not dressed up as one.
import { describe, expect, it } from 'vitest';
import { networkError } from '../../../electron/network/network-errors';
import { describeError } from '../../../shared/errors';

describe('networkError', () => {
  it.each([
    ['ECONNREFUSED', 'le serveur ne répond pas à cette adresse'],
    ['ENOTFOUND', 'adresse du serveur introuvable'],
    ['EHOSTUNREACH', 'poste serveur injoignable'],
    ['28P01', 'mot de passe du registre refusé'],
    ['3D000', 'base du registre introuvable'],
    ['42501', 'droits insuffisants'],
    ['57P01', 'le serveur s’arrête'],
    ['53100', 'disque du serveur plein'],
  ])('says %s in French, with the code', (code, words) => {
    const error = networkError(Object.assign(new Error('English words'), { code }));
    expect(error).toMatchObject({ code: 'network.failed', params: { code } });
    const said = describeError(error ?? { code: 'unexpected' });
    expect(said).toContain(words);
    expect(said).not.toContain('English');
  });

  it('names any other answer of the server by its SQLSTATE, and any other errno as a network error', () => {
    expect(networkError({ code: '22P02' })).toMatchObject({ code: 'network.failed', params: { code: '22P02', reason: 'le serveur a refusé l’opération' } });
    expect(networkError({ code: 'ESOMETHING' })).toMatchObject({ code: 'network.failed', params: { code: 'ESOMETHING', reason: 'erreur du réseau' } });
  });

  it.each(['DEPTH_ZERO_SELF_SIGNED_CERT', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'CERT_SIGNATURE_FAILURE', 'ECERTMISMATCH'])(
    'says a certificate refused by TLS (%s) as not the pinned one, in French',
    (code) => {
      const error = networkError(Object.assign(new Error('self-signed certificate'), { code }));
      expect(error).toMatchObject({ code: 'network.failed', params: { code: 'ECERTMISMATCH' } });
      expect(describeError(error ?? { code: 'unexpected' })).toContain('le certificat du serveur ne correspond pas à l’empreinte de la fiche');
    },
  );

  it('says a server without TLS, for a counter that requires it', () => {
    expect(networkError(new Error('The server does not support SSL connections'))).toMatchObject({ params: { code: 'ENOTLS' } });
  });

  it('reads the library’s worded failures: a timeout, a connection cut', () => {
    expect(networkError(new Error('timeout expired'))).toMatchObject({ params: { code: 'ETIMEDOUT' } });
    expect(networkError(new Error('Connection terminated unexpectedly'))).toMatchObject({ params: { code: 'ECONNRESET' } });
  });

  it('answers a change of a validated event as on one PC', () => {
    expect(networkError({ code: 'RG001' })).toEqual({ code: 'storage.writeOnce' });
  });

  it('leaves a bug alone', () => {
    expect(networkError(new TypeError('x is undefined'))).toBeNull();
  });
});
