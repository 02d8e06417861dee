// The user's confirmed matches as they cross a boundary (a JSON file for the command
// line, IPC for the app): checked, never trusted. Item key → row key (see matching.ts).
import { z } from 'zod';
import type { ConfirmedMatches } from './matching';

const MAX_KEY = 300;
const table = z.record(z.string().min(1).max(MAX_KEY), z.string().min(1).max(MAX_KEY)).default({});

export const confirmedMatchesSchema = z.strictObject({ substances: table, products: table });

export function parseConfirmedMatches(value: unknown): { ok: true; matches: ConfirmedMatches } | { ok: false; problem: string } {
  const parsed = confirmedMatchesSchema.safeParse(value);
  if (parsed.success) return { ok: true, matches: parsed.data };
  const issue = parsed.error.issues[0]!;
  return {
    ok: false,
    problem: `${issue.path.join('.') || 'racine'} : ${issue.code === 'unrecognized_keys' ? 'clé inconnue (seules « substances » et « products » sont admises)' : 'attendu un objet { "clé": "NDS …" } de chaînes'}`,
  };
}
