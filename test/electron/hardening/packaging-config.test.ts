// The packaging configuration as electron-builder reads it: the fuses that close the
// doors an attacker on the PC would use, and no signing secret in the repository.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// js-yaml is what electron-builder itself reads its YAML with (a dependency of electron-builder).
const { load } = createRequire(import.meta.url)('js-yaml') as { load: (text: string) => unknown };
const CONFIG_TEXT = readFileSync(new URL('../../../build/electron-builder.yml', import.meta.url), 'utf8');
const config = load(CONFIG_TEXT) as Record<string, unknown> & {
  electronFuses?: Record<string, boolean>;
  win?: Record<string, unknown>;
  mac?: Record<string, unknown>;
};
const packageJson = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
  devDependencies?: Record<string, string>;
  dependencies?: Record<string, string>;
};

describe('the packaging configuration', () => {
  it('flips every fuse the hardening asks for', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs the app in an ASAR archive, which the integrity fuse checks', () => {
    expect(config.asar).toBe(true);
  });

  it('signs Windows builds in SHA-256 and macOS builds under the hardened runtime', () => {
    expect(config.win?.signtoolOptions).toMatchObject({ signingHashAlgorithms: ['sha256'] });
    expect(config.mac).toMatchObject({ hardenedRuntime: true });
  });

  it('keeps every signing secret out of the repository: the certificates come from the environment', () => {
    for (const key of ['certificateFile', 'certificatePassword', 'cscLink', 'cscKeyPassword', 'identity']) {
      expect(CONFIG_TEXT).not.toMatch(new RegExp(`^\\s*${key}\\s*:`, 'm'));
    }
    expect(CONFIG_TEXT).not.toMatch(/\.(pfx|p12)\b/);
  });

  it('builds on the latest known patch of Electron 45', () => {
    const electron = packageJson.devDependencies?.electron ?? packageJson.dependencies?.electron;
    expect(electron).toBe('45.6.1');
  });
});
