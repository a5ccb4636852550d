/**
 * A readable problem with some input: where it is and what is wrong, in plain words.
 * Every parser and computation in the SDK reports bad input this way instead of throwing.
 */
export interface Problem {
  /** Where the problem is, e.g. `measures[2].data[5].y` or `row 7, column "value"`. */
  where: string;
  /** What is wrong, in plain words, e.g. `must be a number, got "n/a"`. */
  message: string;
  /** JSON path segments, when the input was structured data. */
  path?: (string | number)[];
  /** 1-based row number in a CSV file (the header is row 1). */
  row?: number;
  /** CSV column name. */
  column?: string;
  /**
   * The language `where` and `message` are written in; absent means English, as the SDK words
   * its problems. Elements set it on the problems they word in the page's language, so the
   * error panel can mark each line's language for screen readers.
   */
  lang?: string;
  /**
   * What kind of problem it is, for hosts that act on it rather than show it: `conflict` when a
   * write was refused because someone else changed the same record meanwhile. Absent for
   * problems with the data itself.
   */
  code?: 'conflict';
}

/** Either a value or the problems that prevented it. Never both, never a thrown error. */
export type Result<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(problems: Problem[]): Result<T> => ({ ok: false, problems });

/** One line per problem, for logs and error panels. */
export function formatProblems(problems: readonly Problem[]): string {
  return problems.map((p) => `${p.where}: ${p.message}`).join('\n');
}
