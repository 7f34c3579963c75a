/** One progress line of a long CLI command, on stderr so stdout keeps only the result. */
export interface ProgressLine {
  /** Shows `text`: redrawn in place on a terminal; otherwise printed when 2 s have passed since the last line, or when `force`. */
  update(text: string, force?: boolean): void;
  /** Ends the line on a terminal (if anything was drawn), so the result or an error starts on its own line. Idempotent: call it before printing the result and again in `finally`. */
  done(): void;
}

/**
 * @example
 *   const progress = progressLine(process.stderr.isTTY);
 *   for (…) progress.update(`export: ${rows} rows`);
 *   progress.done();
 */
export function progressLine(isTty: boolean, everyMs = 2_000, stream: NodeJS.WritableStream = process.stderr): ProgressLine {
  let lastLine = Date.now();
  let drawn = false;
  return {
    update(text, force = false) {
      if (isTty) {
        stream.write(`\r${text}  `);
        drawn = true;
      } else if (force || Date.now() - lastLine >= everyMs) {
        lastLine = Date.now();
        stream.write(`${text}\n`);
      }
    },
    done() {
      if (drawn) stream.write('\n');
      drawn = false;
    },
  };
}
