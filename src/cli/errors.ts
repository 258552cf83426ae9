/**
 * Bad input on the command line: a one-line message naming the field and the reason, exit 2
 * (docs/cli.md). Anything else that goes wrong exits 1.
 */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_BAD_INPUT = 2;
