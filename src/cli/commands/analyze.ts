/** `winnow analyze <file|dir|->... [--json] [--url URL] [--memory FILE]` */
import { analyzeWithMemory, loadMemoryFile, saveMemoryFile } from '../../memory/cli';
import { syndicationText } from '../../memory/note';
import type { MemoryStore } from '../../memory/store';
import type { FlagValues } from '../args';
import { analyzePage } from '../analyze-page';
import { errorJson, toJson } from '../format-json';
import { formatReadingView } from '../format-text';
import { expandArgument, InputError, readPage, type InputRef } from '../inputs';
import type { CliIO } from '../io';

export interface AnalyzeCommandOptions {
  inputs: string[];
  json: boolean;
  url: string | null;
  /** The memory file (`--memory`), or null. */
  memory: string | null;
}

/** Flag values → typed options, or a usage problem (exit 2). */
export function analyzeOptions(args: string[], flags: FlagValues): AnalyzeCommandOptions | { usageError: string } {
  const url = typeof flags.url === 'string' ? flags.url : null;
  if (url !== null) {
    if (args.length !== 1) return { usageError: '--url needs exactly one input' };
    try {
      new URL(url);
    } catch {
      return { usageError: `--url '${url}' is not an absolute URL` };
    }
  }
  const memory = typeof flags.memory === 'string' ? flags.memory : null;
  return { inputs: args, json: flags.json === true, url, memory };
}

type Item = { ref: InputRef } | { error: InputError };

export async function runAnalyze(options: AnalyzeCommandOptions, io: CliIO): Promise<number> {
  // Expand every argument first: whether the output is one JSON object or JSON
  // Lines depends on all of them (several arguments, or any directory).
  const items: Item[] = [];
  let sawDirectory = false;
  for (const arg of options.inputs) {
    try {
      const refs = await expandArgument(arg);
      if (refs.length !== 1 || refs[0]!.file !== arg) sawDirectory = true;
      for (const ref of refs) items.push({ ref });
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      sawDirectory = true;
      items.push({ error: err });
    }
  }
  if (options.url !== null && sawDirectory) {
    io.stderr('winnow: --url applies to one file, not a directory\n');
    return 2;
  }
  const lines = options.inputs.length > 1 || sawDirectory;

  let stdinBytes: Promise<Uint8Array> | null = null;
  const readStdin = (): Promise<Uint8Array> => (stdinBytes ??= io.readStdin());

  let memory: MemoryStore | null = null;
  if (options.memory !== null) {
    try {
      const loaded = await loadMemoryFile(options.memory);
      memory = loaded.store;
      for (const p of loaded.problems) io.stderr(`winnow: ${options.memory}: ${p}\n`);
    } catch (err) {
      io.stderr(`winnow: ${options.memory}: cannot read the memory: ${(err as Error)?.message ?? String(err)}\n`);
      return 1;
    }
  }

  let failed = false;
  let first = true;
  for (const item of items) {
    const file = 'ref' in item ? item.ref.file : item.error.file;
    let output: string;
    try {
      if ('error' in item) throw item.error;
      const page = await readPage(item.ref, { readStdin });
      let analysis;
      let note = null;
      try {
        if (memory) ({ analysis, note } = analyzeWithMemory(page, { url: options.url, file }, memory));
        else analysis = analyzePage(page, { url: options.url });
      } catch (err) {
        throw new InputError(file, `analysis failed: ${(err as Error)?.message ?? String(err)}`);
      }
      if (options.json) {
        const obj = toJson(file, analysis, note ?? undefined);
        output = (lines ? JSON.stringify(obj) : JSON.stringify(obj, null, 2)) + '\n';
      } else {
        const seen = note ? syndicationText(note.seenElsewhere) : null;
        output = (lines ? `${first ? '' : '\n'}==> ${file} <==\n` : '') + (seen ? `${seen}\n\n` : '') + formatReadingView(file, analysis);
      }
    } catch (err) {
      const message = err instanceof InputError ? err.message : `unexpected error: ${(err as Error)?.message ?? String(err)}`;
      failed = true;
      io.stderr(`winnow: ${file}: ${message}\n`);
      // In JSON mode every input gets its line, so lines always match inputs.
      output = options.json ? JSON.stringify(errorJson(file, message)) + '\n' : '';
    }
    io.stdout(output);
    first = false;
  }
  if (memory && options.memory !== null) {
    // Damage found only when a site was first used (its payload decoded): reported like damage found at load.
    for (const p of memory.problems.splice(0)) io.stderr(`winnow: ${options.memory}: ${p}\n`);
    try {
      await saveMemoryFile(options.memory, memory);
    } catch (err) {
      io.stderr(`winnow: ${options.memory}: could not write the memory: ${(err as Error)?.message ?? String(err)}\n`);
      return 1;
    }
  }
  return failed ? 1 : 0;
}
