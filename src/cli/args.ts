/**
 * Command-line parsing, table-driven so new commands and flags are one entry each
 * (e.g. `--memory FILE` on analyze, a `memory` command with `stats|clear FILE`).
 *
 *   winnow [--help | --version]
 *   winnow <command> [flags] [args]
 *
 * Flags: `--name`, `--name value`, `--name=value`; `--` ends the flags; a lone `-`
 * is an argument (stdin). `-h` / `--help` and `-V` / `--version` work anywhere.
 */

export interface FlagSpec {
  /** Long name without dashes: 'json' for --json. */
  name: string;
  /** Placeholder for a flag that takes a value ('URL'); absent for a boolean flag. */
  value?: string;
  description: string;
}

export interface CommandSpec {
  name: string;
  /** One line, for the command list. */
  summary: string;
  /** The argument part of the usage line, e.g. '<file|dir|->...'. */
  args: string;
  minArgs: number;
  maxArgs?: number;
  flags: FlagSpec[];
}

export type FlagValues = Record<string, string | boolean>;

export type ParsedArgs =
  | { kind: 'help'; command: string | null }
  | { kind: 'version' }
  | { kind: 'command'; command: string; args: string[]; flags: FlagValues }
  | { kind: 'usage-error'; message: string; command: string | null };

export const COMMANDS: CommandSpec[] = [
  {
    name: 'analyze',
    summary: 'score every block of pages (.html, .htm, .txt, optionally .gz) and print the clean text',
    args: '<file|dir|->...',
    minArgs: 1,
    flags: [
      { name: 'json', description: 'print JSON (one object; JSON Lines for a directory or several inputs)' },
      { name: 'url', value: 'URL', description: "the page's address (one input only)" },
      { name: 'memory', value: 'FILE', description: "remember pages in FILE: learn each site's template, note stories seen on other sites" },
    ],
  },
  {
    name: 'memory',
    summary: 'show or clear a memory file (analyze --memory FILE)',
    args: 'stats|clear FILE',
    minArgs: 2,
    maxArgs: 2,
    flags: [
      { name: 'json', description: 'stats: print JSON' },
      { name: 'site', value: 'SITE', description: 'clear: forget only this site' },
    ],
  },
];

export function findCommand(name: string, commands: CommandSpec[] = COMMANDS): CommandSpec | undefined {
  return commands.find((c) => c.name === name);
}

export function parseArgs(argv: readonly string[], commands: CommandSpec[] = COMMANDS): ParsedArgs {
  if (argv.some((a, i) => (a === '--help' || a === '-h') && !argv.slice(0, i).includes('--'))) {
    const first = argv[0];
    const cmd = first && !first.startsWith('-') ? first : null;
    return { kind: 'help', command: cmd && findCommand(cmd, commands) ? cmd : null };
  }
  if (argv[0] === '--version' || argv[0] === '-V') return { kind: 'version' };

  const [name, ...rest] = argv;
  if (name === undefined) return { kind: 'usage-error', message: 'no command given', command: null };
  if (name.startsWith('-')) return { kind: 'usage-error', message: `unknown option '${name}'`, command: null };
  const spec = findCommand(name, commands);
  if (!spec) return { kind: 'usage-error', message: `unknown command '${name}'`, command: null };

  const flags: FlagValues = {};
  const args: string[] = [];
  let flagsDone = false;
  for (let i = 0; i < rest.length; i++) {
    const token = rest[i]!;
    if (flagsDone || token === '-' || !token.startsWith('-')) {
      args.push(token);
      continue;
    }
    if (token === '--') {
      flagsDone = true;
      continue;
    }
    const eq = token.indexOf('=');
    const flagName = token.startsWith('--') ? token.slice(2, eq > 0 ? eq : undefined) : '';
    const flag = spec.flags.find((f) => f.name === flagName);
    if (!flag) return { kind: 'usage-error', message: `unknown option '${token}'`, command: name };
    if (flag.value === undefined) {
      if (eq > 0) return { kind: 'usage-error', message: `option '--${flag.name}' takes no value`, command: name };
      flags[flag.name] = true;
      continue;
    }
    let value: string | undefined;
    if (eq > 0) value = token.slice(eq + 1);
    else if (i + 1 < rest.length) value = rest[++i];
    if (value === undefined || value === '') {
      return { kind: 'usage-error', message: `option '--${flag.name}' needs a value (${flag.value})`, command: name };
    }
    flags[flag.name] = value;
  }
  if (args.length < spec.minArgs) {
    return { kind: 'usage-error', message: `'${name}' needs ${spec.args}`, command: name };
  }
  if (spec.maxArgs !== undefined && args.length > spec.maxArgs) {
    return { kind: 'usage-error', message: `too many arguments for '${name}'`, command: name };
  }
  return { kind: 'command', command: name, args, flags };
}

export function usage(commands: CommandSpec[] = COMMANDS, only: string | null = null): string {
  const lines: string[] = [];
  const shown = only ? commands.filter((c) => c.name === only) : commands;
  lines.push('Usage:');
  for (const c of shown) {
    const flagPart = c.flags.map((f) => (f.value ? `[--${f.name} ${f.value}]` : `[--${f.name}]`)).join(' ');
    lines.push(`  winnow ${c.name} ${c.args}${flagPart ? ' ' + flagPart : ''}`);
  }
  if (!only) lines.push('  winnow --help | --version');
  lines.push('');
  for (const c of shown) {
    lines.push(`${c.name}: ${c.summary}`);
    for (const f of c.flags) {
      const left = f.value ? `--${f.name} ${f.value}` : `--${f.name}`;
      lines.push(`  ${left.padEnd(16)} ${f.description}`);
    }
  }
  if (!only || only === 'analyze') {
    lines.push('');
    lines.push('A directory means its .html, .htm and .txt files (each optionally .gz), in name order;');
    lines.push("'-' reads standard input. Exit status: 0 ok, 1 a file failed, 2 bad usage.");
  }
  return lines.join('\n') + '\n';
}
