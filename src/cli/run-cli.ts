/** Argument parsing and the error boundary shared by the CLI commands: clear messages, never a stack trace. */
import pc from 'picocolors';

export interface Args {
  flags: Set<string>;
  options: Map<string, string>;
  positional: string[];
}

const WITH_VALUE = new Set(['--date', '--check']);

export function parseArgs(argv: string[]): Args {
  const args: Args = { flags: new Set(), options: new Map(), positional: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      args.positional.push(...argv.slice(i + 1));
      break;
    }
    if (WITH_VALUE.has(a)) args.options.set(a, argv[++i] ?? '');
    else if (a.startsWith('--') && a.includes('='))
      args.options.set(a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1));
    else if (a.startsWith('--') || (a.startsWith('-') && a.length > 1)) args.flags.add(a);
    else args.positional.push(a);
  }
  return args;
}

export type Outcome = { code: number } | { error: string };

export function runCli(usage: string, main: (args: Args) => Outcome): void {
  // A closed pipe (`npm run claims | head`) is not an error worth a stack trace.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  const args = parseArgs(process.argv.slice(2));
  if (args.flags.has('--help') || args.flags.has('-h')) {
    process.stdout.write(`${usage}\n`);
    return;
  }
  try {
    const outcome = main(args);
    if ('error' in outcome) {
      process.stderr.write(`${pc.red('error')} ${outcome.error}\n\n${usage}\n`);
      process.exitCode = 2;
    } else process.exitCode = outcome.code;
  } catch (err) {
    process.stderr.write(`${pc.red('error')} ${(err as Error).message}\n`);
    process.exitCode = 1;
  }
}
