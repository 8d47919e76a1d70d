/**
 * The database file cannot be used (newer schema, corrupt, not a Sverka database). The message is one
 * line that names the file and says it was left untouched; nothing has been written to it.
 */
export class DatabaseRefusedError extends Error {
  readonly file: string;
  readonly reason: 'newer' | 'corrupt' | 'foreign';
  constructor(file: string, reason: 'newer' | 'corrupt' | 'foreign', detail: string) {
    super(`Refusing to open ${file}: ${detail}. The file was left unchanged.`);
    this.name = 'DatabaseRefusedError';
    this.file = file;
    this.reason = reason;
  }
}
