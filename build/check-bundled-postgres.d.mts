// Types of the beforePack hook (check-bundled-postgres.mjs), for the tests that import it.
export function bundledPostgresPackage(platform: string, arch: number): string | null;
export function postgresProgram(platform: string): string;
export default function checkBundledPostgres(context: { electronPlatformName: string; arch: number; packager: { projectDir: string } }): Promise<void>;
