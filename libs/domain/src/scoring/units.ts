import { assertFinite, DomainError } from '../errors';
import { mean } from '../numbers';
import { Comparability, comparabilityOf } from '../ranking/comparability';

/** A service unit's value under a unit-level framework (IPP); `null` when it was not evaluated. */
export interface UnitValue {
  /** The unit (OPD or a unit inside it), e.g. `DISDUKCAPIL`. */
  readonly unitCode: string;
  readonly value: number | null;
}

/** A region's value rolled up from its units, with the set of units it rests on. */
export interface UnitRollUp {
  /** Mean of the evaluated units' values; `null` when no unit was evaluated. */
  readonly value: number | null;
  /** Units with a value, sorted. */
  readonly evaluatedUnits: readonly string[];
  /** Units listed without a value, sorted. */
  readonly unevaluatedUnits: readonly string[];
}

/**
 * Rolls unit-level results up to the region: the mean of the evaluated units, recording which
 * units were evaluated (the set changes between years — a changed lokus moves the index).
 * @throws DomainError `INVALID_INPUT` for a unit listed twice or a non-finite value.
 */
export function rollUpUnits(units: readonly UnitValue[]): UnitRollUp {
  const codes = units.map((unit) => unit.unitCode);
  const duplicate = codes.find((code, i) => codes.indexOf(code) !== i);
  if (duplicate !== undefined) throw new DomainError('INVALID_INPUT', `Unit "${duplicate}" is listed more than once`);
  const evaluated = units.filter((unit): unit is UnitValue & { value: number } => unit.value !== null);
  evaluated.forEach((unit) => assertFinite(unit.value, `Value of unit ${unit.unitCode}`));
  return {
    value: mean(evaluated.map((unit) => unit.value)),
    evaluatedUnits: evaluated.map((unit) => unit.unitCode).sort(),
    unevaluatedUnits: units
      .filter((unit) => unit.value === null)
      .map((unit) => unit.unitCode)
      .sort(),
  };
}

/**
 * Whether two roll-ups rest on the same evaluated units; when not, the comparison is flagged
 * (`DIFFERENT_UNITS`) with the units only in one or the other (`unitsAdded`, `unitsDropped`).
 */
export function unitSetComparability(current: UnitRollUp, previous: UnitRollUp): Comparability {
  const onlyNow = current.evaluatedUnits.filter((unit) => !previous.evaluatedUnits.includes(unit)).sort();
  const onlyBefore = previous.evaluatedUnits.filter((unit) => !current.evaluatedUnits.includes(unit)).sort();
  if (onlyNow.length === 0 && onlyBefore.length === 0) return comparabilityOf([]);
  const message = `Evaluated units differ: only now ${onlyNow.join(', ') || 'none'}; only before ${onlyBefore.join(', ') || 'none'}`;
  return comparabilityOf([{ code: 'DIFFERENT_UNITS', message, unitsAdded: onlyNow, unitsDropped: onlyBefore }]);
}
