/**
 * The CLI's dispatcher: argv in, exit code out, all output through `io`, so it
 * runs in-process in tests. `main.ts` wires it to the real process.
 *
 * To add a command: a `CommandSpec` in args.ts and a handler in HANDLERS here
 * (the handler turns the parsed flags into typed options and runs).
 */
import { version } from '../../package.json';
import { parseArgs, usage, type FlagValues } from './args';
import { analyzeOptions, runAnalyze } from './commands/analyze';
import { runMemoryCommand } from '../memory/cli';
import { processIO, type CliIO } from './io';

export const VERSION: string = version;

type Handler = (args: string[], flags: FlagValues, io: CliIO) => Promise<number>;

const HANDLERS: Record<string, Handler> = {
  analyze: async (args, flags, io) => {
    const options = analyzeOptions(args, flags);
    if ('usageError' in options) return usageError(io, options.usageError, 'analyze');
    return runAnalyze(options, io);
  },
  memory: async (args, flags, io) => {
    const [action, file] = args as [string, string];
    if (action !== 'stats' && action !== 'clear') return usageError(io, `unknown memory action '${action}' (stats or clear)`, 'memory');
    if (flags.site !== undefined && action !== 'clear') return usageError(io, '--site applies to clear', 'memory');
    return runMemoryCommand(action, file, { json: flags.json === true, site: typeof flags.site === 'string' ? flags.site : null }, io);
  },
};

export async function runCli(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  const parsed = parseArgs(argv);
  switch (parsed.kind) {
    case 'help':
      io.stdout(usage(undefined, parsed.command));
      return 0;
    case 'version':
      io.stdout(`winnow ${VERSION}\n`);
      return 0;
    case 'usage-error':
      return usageError(io, parsed.message, parsed.command);
    case 'command': {
      const handler = HANDLERS[parsed.command];
      if (!handler) return usageError(io, `command '${parsed.command}' is not implemented`, null);
      return handler(parsed.args, parsed.flags, io);
    }
  }
}

function usageError(io: CliIO, message: string, command: string | null): number {
  io.stderr(`winnow: ${message}\n\n${usage(undefined, command)}`);
  return 2;
}
