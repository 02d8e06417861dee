import { describe, expect, it } from 'vitest';
import { describeSystemFailure, errnoReason, errorCode, fileSystemError } from '../../../electron/files/file-errors';
import { appError, describeError } from '../../../shared/errors';
import { Refusal } from '../../../shared/unexpected-error';

const failure = (code: string) => Object.assign(new Error(`${code}: illegal operation on a directory, write`), { code });

describe('the French table of file-system failures', () => {
  it.each([
    ['ENOSPC', 'support plein'],
    ['EACCES', 'accès refusé'],
    ['EROFS', 'support en lecture seule'],
    ['EIO', 'erreur de lecture ou d’écriture du support'],
    ['EMFILE', 'trop de fichiers ouverts'],
  ])('words the file-system failure %s in French, without Node’s English', (code, reason) => {
    const error = describeSystemFailure(failure(code), 'K7Q2MX');
    expect(error).toEqual(appError('io.failed', undefined, { code, reason }));
    expect(describeError(error)).toBe(`Lecture ou écriture impossible sur le disque ou le support\u202f: ${reason} (${code}).`);
  });

  it('gives an errno it does not know a French reason all the same', () => {
    expect(fileSystemError(failure('EWEIRD'))).toEqual(appError('io.failed', undefined, { code: 'EWEIRD', reason: 'erreur du système de fichiers' }));
  });

  it('passes a refusal through as worded, and anything else as « erreur inattendue »', () => {
    expect(describeSystemFailure(new Refusal(appError('register.notOpened')), 'K7Q2MX')).toEqual(appError('register.notOpened'));
    expect(describeSystemFailure(new TypeError('Cannot read properties of undefined'), 'K7Q2MX')).toEqual(
      appError('unexpected', undefined, { reference: 'K7Q2MX' }),
    );
  });

  it('says what was not found when the command line knows it, and the same words as the app otherwise', () => {
    expect(errnoReason('ENOENT', 'fichier')).toBe('fichier introuvable');
    expect(errnoReason('ENOENT', 'dossier')).toBe('dossier introuvable');
    expect(errnoReason('EISDIR', 'fichier')).toBe('c’est un dossier, pas un fichier');
    expect(errnoReason('EISDIR')).toBe('un dossier occupe la place du fichier');
    expect(errnoReason('ENOSPC', 'dossier')).toBe('support plein');
    expect(errnoReason('EXDEV')).toBe('erreur du système de fichiers EXDEV');
  });

  it('takes a failure without errno code for an input/output error', () => {
    expect(errorCode(failure('EACCES'))).toBe('EACCES');
    expect(errorCode(new Error('no code'))).toBe('EIO');
  });
});
