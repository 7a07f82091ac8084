import { describe, expect, it } from 'vitest';
import { COMMANDS, parseArgs, usage, type CommandSpec } from '../../src/cli/args';

describe('cli args', () => {
  it('parses analyze with flags in any position', () => {
    expect(parseArgs(['analyze', 'a.html', '--json', '--url', 'https://x.test/a', 'b.txt'])).toEqual({
      kind: 'command',
      command: 'analyze',
      args: ['a.html', 'b.txt'],
      flags: { json: true, url: 'https://x.test/a' },
    });
    expect(parseArgs(['analyze', '--url=https://x.test/', '-'])).toEqual({
      kind: 'command',
      command: 'analyze',
      args: ['-'],
      flags: { url: 'https://x.test/' },
    });
  });

  it('treats everything after -- as arguments', () => {
    const p = parseArgs(['analyze', '--', '--json']);
    expect(p).toEqual({ kind: 'command', command: 'analyze', args: ['--json'], flags: {} });
  });

  it('answers --help and --version', () => {
    expect(parseArgs(['--help'])).toEqual({ kind: 'help', command: null });
    expect(parseArgs(['-h'])).toEqual({ kind: 'help', command: null });
    expect(parseArgs(['analyze', 'x', '--help'])).toEqual({ kind: 'help', command: 'analyze' });
    expect(parseArgs(['--version'])).toEqual({ kind: 'version' });
    expect(parseArgs(['-V'])).toEqual({ kind: 'version' });
  });

  it('reports usage errors', () => {
    expect(parseArgs([]).kind).toBe('usage-error');
    expect(parseArgs(['frobnicate']).kind).toBe('usage-error');
    expect(parseArgs(['--frob']).kind).toBe('usage-error');
    expect(parseArgs(['analyze']).kind).toBe('usage-error');
    expect(parseArgs(['analyze', 'a', '--nope']).kind).toBe('usage-error');
    expect(parseArgs(['analyze', 'a', '-x']).kind).toBe('usage-error');
    expect(parseArgs(['analyze', 'a', '--url']).kind).toBe('usage-error');
    expect(parseArgs(['analyze', 'a', '--json=yes']).kind).toBe('usage-error');
  });

  it('takes new commands and flags from the table', () => {
    const table: CommandSpec[] = [
      ...COMMANDS.map((c) =>
        c.name === 'analyze' ? { ...c, flags: [...c.flags, { name: 'memory', value: 'FILE', description: 'memory file' }] } : c,
      ),
      { name: 'memory', summary: 'inspect a memory file', args: 'stats|clear FILE', minArgs: 2, maxArgs: 2, flags: [] },
    ];
    expect(parseArgs(['analyze', 'a.html', '--memory', 'm.json'], table)).toMatchObject({ flags: { memory: 'm.json' } });
    expect(parseArgs(['memory', 'stats', 'm.json'], table)).toMatchObject({ command: 'memory', args: ['stats', 'm.json'] });
    expect(parseArgs(['memory', 'stats'], table).kind).toBe('usage-error');
    expect(usage(table)).toContain('winnow memory stats|clear FILE');
  });

  it('documents every flag in the usage text', () => {
    const text = usage();
    expect(text).toContain('winnow analyze <file|dir|->... [--json] [--url URL]');
    expect(text).toContain('--help');
  });
});
