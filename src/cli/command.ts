/** Where a command writes: stdout for results, stderr for progress and warnings. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  /** True when stderr is a terminal (progress bars are drawn only then). */
  interactive: boolean;
}

/** One `recoupe <name>` command: src/cli/commands/<name>.ts exports `command`. */
export interface Command {
  name: string;
  summary: string;
  usage: string;
  /** Returns the exit status. */
  run(args: string[], io: CliIO): Promise<number>;
}

export class UsageError extends Error {}
