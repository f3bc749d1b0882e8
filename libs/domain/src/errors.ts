/** Stable codes of the errors the domain functions throw; the API maps them to `extensions.code`. */
export type DomainErrorCode =
  | 'UNKNOWN_CATEGORY'
  | 'AMBIGUOUS_CATEGORY'
  | 'UNKNOWN_BAND'
  | 'INVALID_DEFINITION'
  | 'UNKNOWN_NODE'
  | 'NOT_A_LEAF'
  | 'VALUE_OUT_OF_SCALE'
  | 'INVALID_INPUT'
  | 'NO_DEFINITION_FOR_YEAR'
  | 'YEAR_NOT_COVERED'
  | 'INCOMPLETE_VALUES'
  | 'NOT_ENOUGH_ROOM'
  | 'CATEGORY_NOT_COMPUTABLE';

/** An error raised by a domain rule, carrying a stable {@link DomainErrorCode}. */
export class DomainError extends Error {
  /**
   * @param code - stable machine-readable code
   * @param message - human-readable message naming the offending input
   */
  constructor(
    readonly code: DomainErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** Throws `INVALID_INPUT` unless `value` is a finite number; `what` names it in the message. */
export function assertFinite(value: number, what: string): void {
  if (!Number.isFinite(value)) {
    throw new DomainError('INVALID_INPUT', `${what} must be a finite number, got ${String(value)}`);
  }
}
