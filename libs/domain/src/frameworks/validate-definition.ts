import { DefinitionIssue, IssueList } from './definition-issue';
import { definitionShape } from './definition-shape';
import { FrameworkDefinition } from './framework.types';
import { checkSchemes } from './validate-schemes';
import { checkTree } from './validate-tree';
import { checkCode, checkScale, checkUnique, checkYears, ValidationContext } from './validation-context';
import { yearsOverlap, formatYears } from './years';
import { DomainError } from '../errors';

function checkHeader(ctx: ValidationContext): void {
  const { definition, issues } = ctx;
  checkCode(definition.code, 'code', issues);
  if (definition.regulations.length === 0)
    issues.add('regulations', 'NO_REGULATIONS', 'a framework needs at least one regulation or source document');
  checkUnique(
    definition.regulations,
    (regulation) => regulation.citation,
    (_r, i, citation) => issues.add(`regulations[${i}].citation`, 'DUPLICATE_CITATION', `"${citation}" is listed more than once`),
  );
  checkYears(definition.years, 'years', issues);
  checkScale(definition.scale, 'scale', issues);
  const { min, max, precision } = definition.scale;
  if (definition.valueKind === 'ordinal' && !(Number.isInteger(min) && Number.isInteger(max) && precision === 0)) {
    issues.add('scale', 'ORDINAL_SCALE_NOT_INTEGER', 'an ordinal scale needs whole-number bounds and precision 0');
  }
}

/**
 * Checks a framework definition — typically a parsed definition file — and lists every problem
 * with its JSON path and a stable code: the structure (missing, unknown or mistyped properties,
 * unknown aggregation or boundary rule), then the meaning: codes, sources, years, scales
 * (min < max, precision 0..6), weights (non-negative, consistent with the aggregation), and bands
 * (ordered best first, not overlapping, covering the scale with only the gaps the boundary rule
 * expects, unique codes and names), and grading schemes tiling the definition's years.
 * An empty list means the definition is valid.
 */
export function validateFrameworkDefinition(input: unknown): DefinitionIssue[] {
  const issues = new IssueList();
  definitionShape(input, '', issues);
  if (issues.issues.length > 0) return issues.issues;
  const definition = input as FrameworkDefinition;
  const ctx: ValidationContext = {
    definition,
    issues,
    citations: new Set(definition.regulations.map((regulation) => regulation.citation)),
  };
  checkHeader(ctx);
  checkTree(ctx);
  checkSchemes(ctx);
  return issues.issues;
}

/** Thrown by {@link parseFrameworkDefinition}; `issues` lists every problem found. */
export class InvalidDefinitionError extends DomainError {
  /** @param issues - the problems, each with path, code and message */
  constructor(readonly issues: readonly DefinitionIssue[]) {
    super(
      'INVALID_DEFINITION',
      `Invalid framework definition: ${issues.map((issue) => `${issue.path || '(root)'}: ${issue.message}`).join('; ')}`,
    );
    this.name = 'InvalidDefinitionError';
  }
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

/**
 * Validates an untrusted definition and returns it as a deeply frozen copy (a version in use is
 * immutable). Throws {@link InvalidDefinitionError} listing every issue when it is not valid.
 */
export function parseFrameworkDefinition(input: unknown): FrameworkDefinition {
  const issues = validateFrameworkDefinition(input);
  if (issues.length > 0) throw new InvalidDefinitionError(issues);
  return deepFreeze(JSON.parse(JSON.stringify(input)) as FrameworkDefinition);
}

/**
 * Checks a set of definitions side by side: each (code, version) once, and the versions of one
 * code never covering the same evaluation year (so a year picks one version). Paths are
 * `[index].field` into the given list.
 */
export function validateDefinitionSet(definitions: readonly FrameworkDefinition[]): DefinitionIssue[] {
  const issues = new IssueList();
  definitions.forEach((definition, i) => {
    definitions.slice(0, i).forEach((earlier) => {
      if (earlier.code !== definition.code) return;
      if (earlier.version === definition.version) {
        issues.add(
          `[${i}].version`,
          'DUPLICATE_VERSION',
          `${definition.code} version ${definition.version} is defined more than once`,
        );
      } else if (yearsOverlap(earlier.years, definition.years)) {
        issues.add(
          `[${i}].years`,
          'VERSION_YEARS_OVERLAP',
          `${definition.code} ${definition.version} (${formatYears(definition.years)}) overlaps version ${earlier.version} (${formatYears(earlier.years)})`,
        );
      }
    });
  });
  return issues.issues;
}
