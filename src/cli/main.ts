// recoupe <command> [args]: dispatches to src/cli/commands/<command>.ts.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CliIO, type Command, UsageError } from './command.js';
import { packageVersion } from '../version.js';

const commandsDir = join(dirname(fileURLToPath(import.meta.url)), 'commands');

export const consoleIO: CliIO = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  interactive: Boolean(process.stderr.isTTY),
};

async function loadCommand(name: string): Promise<Command | null> {
  if (!/^[a-z][a-z-]*$/.test(name)) return null;
  const file = join(commandsDir, `${name}.ts`);
  if (!existsSync(file)) return null;
  return ((await import(file)) as { command: Command }).command;
}

async function listCommands(): Promise<Command[]> {
  const names = readdirSync(commandsDir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => f.slice(0, -3));
  const commands = await Promise.all(names.map(loadCommand));
  return commands.filter((c): c is Command => c !== null).sort((a, b) => a.name.localeCompare(b.name));
}

async function help(io: CliIO): Promise<void> {
  const commands = await listCommands();
  const width = Math.max(...commands.map((c) => c.name.length));
  io.out(
    [
      'recoupe: a cross-checked picture of a pile of news articles',
      '',
      'Usage: recoupe <command> [options]',
      '',
      ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
      '',
      'recoupe <command> --help shows its options.',
    ].join('\n'),
  );
}

export async function main(argv: string[], io: CliIO = consoleIO): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    await help(io);
    return name ? 0 : 1;
  }
  if (name === '--version' || name === '-v') {
    io.out(packageVersion());
    return 0;
  }
  const command = await loadCommand(name);
  if (!command) {
    io.err(`recoupe: unknown command "${name}"`);
    await help(io);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.out(`${command.summary}\n\nUsage: ${command.usage}`);
    return 0;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`recoupe ${name}: ${error.message}\nUsage: ${command.usage}`);
      return 2;
    }
    io.err(`recoupe ${name}: ${(error as Error).stack ?? String(error)}`);
    return 1;
  }
}
