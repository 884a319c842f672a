/**
 * Argument parsing and the error boundary shared by the CLI commands: clear messages, never a stack trace.
 * Each command declares its flags and options; anything else on the command line is a usage error (exit 2),
 * so a mistyped `--jsn` is never silently ignored.
 */
import pc from 'picocolors';

export interface Command {
  usage: string;
  /** Flags without a value, e.g. `--json`. `--help`/`-h` are always known. */
  flags: readonly string[];
  /** Options taking a value (`--date D` or `--date=D`). */
  options: readonly string[];
  /** Options that may be given more than once (a subset of `options`). */
  repeatable?: readonly string[];
  /** Whether the command takes positional arguments (files); if not, any is a usage error. */
  positional: boolean;
}

export interface Args {
  flags: Set<string>;
  /** Every value of each option, in the order given. */
  options: Map<string, string[]>;
  positional: string[];
}

/** The value of a non-repeatable option, or undefined when it was not given. */
export function optionValue(args: Args, name: string): string | undefined {
  return args.options.get(name)?.at(-1);
}

const HELP = new Set(['--help', '-h']);

/**
 * Colours for stderr: only on a terminal (or with FORCE_COLOR). Piped or in a CI log (picocolors turns
 * colour on whenever CI is set), a message stays plain text.
 */
export const stderrColors = pc.createColors(
  pc.isColorSupported && (process.stderr.isTTY === true || Boolean(process.env.FORCE_COLOR)),
);
const ERROR = () => stderrColors.red('error');

export function parseArgs(argv: string[], command: Command): Args | { error: string } {
  const args: Args = { flags: new Set(), options: new Map(), positional: [] };
  const flags = new Set(command.flags);
  const options = new Set(command.options);
  const repeatable = new Set(command.repeatable ?? []);
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (a === '-' || !a.startsWith('-')) {
      positional.push(a);
      continue;
    }
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const name = eq > 0 ? a.slice(0, eq) : a;
    if (HELP.has(name) || flags.has(name)) {
      if (eq > 0) return { error: `${name} takes no value` };
      args.flags.add(name);
      continue;
    }
    if (!options.has(name)) return { error: `unknown option ${name}${suggestion(name, command)}` };
    const value = eq > 0 ? a.slice(eq + 1) : argv[++i];
    if (value === undefined || value === '' || (eq < 0 && value.startsWith('--')))
      return { error: `${name} needs a value` };
    const values = args.options.get(name) ?? [];
    if (values.length > 0 && !repeatable.has(name)) return { error: `${name} given more than once` };
    args.options.set(name, [...values, value]);
  }
  if (positional.length > 0 && !command.positional) return { error: `unexpected argument "${positional[0]}"` };
  args.positional = positional;
  return args;
}

/** " (did you mean --check?)" for a near miss of a known flag or option; else "". */
function suggestion(name: string, command: Command): string {
  const known = [...command.flags, ...command.options];
  const near = known.find((k) => distance(k, name) <= 2);
  return near ? ` (did you mean ${near}?)` : '';
}

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}

/**
 * What a command ends with: an exit code (its output already written), a usage error (`error`: exit 2,
 * printed with the usage), or a failure (exit 1, each message printed as one line).
 */
export type Outcome = { code: number } | { error: string } | { failure: string | readonly string[] };

/** A command that reads process.argv itself gets empty Args. */
const SELF_PARSED: Command = { usage: '', flags: [], options: [], positional: false };

/**
 * Runs a command inside the error boundary. Given its Command, runCli parses the arguments and refuses
 * anything the command does not declare. Given only its usage text, the command reads process.argv itself
 * (`extract` does) and must refuse unknown options itself.
 */
export function runCli(command: Command, main: (args: Args) => Outcome): void;
export function runCli(usage: string, main: () => Outcome): void;
export function runCli(command: Command | string, main: (args: Args) => Outcome): void {
  const usage = typeof command === 'string' ? command : command.usage;
  // A closed pipe (`npm run claims | head`) is not an error worth a stack trace.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  const argv = process.argv.slice(2);
  const beforeEnd = argv.includes('--') ? argv.slice(0, argv.indexOf('--')) : argv;
  if (beforeEnd.some((a) => HELP.has(a))) {
    process.stdout.write(`${usage}\n`);
    return;
  }
  const usageError = (message: string) => {
    process.stderr.write(`${ERROR()} ${message}\n\n${usage}\n`);
    process.exitCode = 2;
  };
  const args = typeof command === 'string' ? parseArgs([], SELF_PARSED) : parseArgs(argv, command);
  if ('error' in args) {
    usageError(args.error);
    return;
  }
  try {
    const outcome = main(args);
    if ('error' in outcome) usageError(outcome.error);
    else if ('failure' in outcome) {
      for (const line of [outcome.failure].flat()) process.stderr.write(`${ERROR()} ${line}\n`);
      process.exitCode = 1;
    } else process.exitCode = outcome.code;
  } catch (err) {
    process.stderr.write(`${ERROR()} ${(err as Error).message}\n`);
    process.exitCode = 1;
  }
}
