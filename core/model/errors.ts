/**
 * Bad input the user can fix: a file that cannot be read as a document, a request with wrong fields.
 * The message is one line that names the file (or field) and the problem; callers show it as is
 * (CLI: stderr + exit status 2; API: `bad_request`; UI: a readable notice).
 */
export class InputError extends Error {
  readonly file: string;
  readonly problem: string;
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'InputError';
    this.file = file;
    this.problem = problem;
  }
}
