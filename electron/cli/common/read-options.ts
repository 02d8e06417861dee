// Reads a command's words with node:util parseArgs, strictly: an unknown option, an
// option without its value or a word too many is refused. parseArgs says why in English
// (its error codes: ERR_PARSE_ARGS_…); the word at fault is found again in its tokens, so
// that the refusal is said in French (command-line-messages.ts) and names that word.
import { parseArgs, type ParseArgsConfig } from 'node:util';

export type OptionProblem =
  | { kind: 'unknownOption'; option: string }
  | { kind: 'missingValue'; option: string }
  | { kind: 'valueNotExpected'; option: string }
  | { kind: 'repeatedOption'; option: string }
  | { kind: 'unexpectedArgument'; argument: string };

export type OptionsRead = { ok: true; help: boolean; positionals: string[]; values: Partial<Record<string, string>> } | { ok: false; problem: OptionProblem };

type Options = NonNullable<ParseArgsConfig['options']>;

/** The English errors parseArgs throws for a wrong command line; anything else is a fault of ours. */
const PARSE_ERRORS = new Set(['ERR_PARSE_ARGS_UNKNOWN_OPTION', 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE', 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL']);

/**
 * `names`: the command's string options (without dashes); `-h` and `--help` are added.
 * `positionals`: how many words the command takes besides its options.
 */
export function readOptions(args: readonly string[], names: readonly string[], positionals: number): OptionsRead {
  const options: Options = { help: { type: 'boolean', short: 'h' } };
  for (const name of names) options[name] = { type: 'string' };
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options, strict: true, allowPositionals: positionals > 0, tokens: true });
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
    const problem = PARSE_ERRORS.has(code) ? culprit(args, options, code) : null;
    if (problem === null) throw error;
    return { ok: false, problem };
  }
  const values: Partial<Record<string, string>> = {};
  const seen = new Set<string>();
  for (const token of parsed.tokens) {
    if (token.kind !== 'option') continue;
    // parseArgs keeps the last of a repeated option; the register asks each once, so neither is chosen silently.
    if (seen.has(token.name)) return { ok: false, problem: { kind: 'repeatedOption', option: token.rawName } };
    seen.add(token.name);
    if (token.name === 'help') continue;
    // `--at=` gives an empty value: as good as none.
    if (token.value === undefined || token.value === '') return { ok: false, problem: { kind: 'missingValue', option: token.rawName } };
    values[token.name] = token.value;
  }
  if (parsed.positionals.length > positionals) return { ok: false, problem: { kind: 'unexpectedArgument', argument: parsed.positionals[positionals]! } };
  return { ok: true, help: parsed.values.help === true, positionals: parsed.positionals, values };
}

/** The word parseArgs refused, found in the tokens of a lenient reading of the same words. */
function culprit(args: readonly string[], options: Options, code: string): OptionProblem | null {
  const { tokens } = parseArgs({ args: [...args], options, strict: false, allowPositionals: true, tokens: true });
  for (const token of tokens) {
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL' && token.kind === 'positional') return { kind: 'unexpectedArgument', argument: token.value };
    if (token.kind !== 'option') continue;
    const declared = options[token.name];
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && declared === undefined) return { kind: 'unknownOption', option: token.rawName };
    if (code !== 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' || declared === undefined) continue;
    if (declared.type === 'boolean' && token.value !== undefined) return { kind: 'valueNotExpected', option: token.rawName };
    // Strict parseArgs refuses a value that looks like an option (`--out --from`): the value was forgotten.
    if (declared.type === 'string' && (token.value === undefined || (!token.inlineValue && token.value.startsWith('-'))))
      return { kind: 'missingValue', option: token.rawName };
  }
  return null;
}
