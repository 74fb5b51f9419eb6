/** A file whose copy cannot be made safely: the caller keeps no copy rather than a half-clean one. */
export class SanitiseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SanitiseError';
  }
}
