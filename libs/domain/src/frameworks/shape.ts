// A minimal structural checker for untrusted JSON (definition files uploaded by an operator).
// It reports every problem with its JSON path instead of stopping at the first.
import { childPath, DefinitionIssueCode, IssueList } from './definition-issue';

/** Checks `value` found at `path`, adding an issue for every mismatch. */
export type Shape = (value: unknown, path: string, issues: IssueList) => void;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function wrongType(path: string, expected: string, value: unknown, issues: IssueList): void {
  issues.add(path, 'WRONG_TYPE', `${path || 'the definition'} must be ${expected}, got ${describe(value)}`);
}

/** A non-empty string. */
export const text: Shape = (value, path, issues) => {
  if (typeof value !== 'string') wrongType(path, 'a string', value, issues);
  else if (value.trim() === '') issues.add(path, 'EMPTY_TEXT', `${path} must not be empty`);
};

/** A finite number. */
export const number: Shape = (value, path, issues) => {
  if (typeof value !== 'number' || !Number.isFinite(value)) wrongType(path, 'a finite number', value, issues);
};

/** A boolean. */
export const boolean: Shape = (value, path, issues) => {
  if (typeof value !== 'boolean') wrongType(path, 'a boolean', value, issues);
};

/** One of the given strings; anything else is reported with `code`. */
export function oneOf(values: readonly string[], code: DefinitionIssueCode = 'INVALID_VALUE'): Shape {
  return (value, path, issues) => {
    if (typeof value !== 'string' || !values.includes(value)) {
      issues.add(path, code, `${path} must be one of ${values.join(', ')}, got ${JSON.stringify(value)}`);
    }
  };
}

/** `null` or the given shape. */
export function nullable(shape: Shape): Shape {
  return (value, path, issues) => {
    if (value !== null) shape(value, path, issues);
  };
}

/** An array whose items all have the given shape. */
export function arrayOf(item: Shape): Shape {
  return (value, path, issues) => {
    if (!Array.isArray(value)) wrongType(path, 'an array', value, issues);
    else value.forEach((entry, index) => item(entry, `${path}[${index}]`, issues));
  };
}

/** An object with the given required and optional properties and no others (typos are caught). */
export function object(required: Record<string, Shape>, optional: Record<string, Shape> = {}): Shape {
  return (value, path, issues) => {
    if (!isRecord(value)) return wrongType(path, 'an object', value, issues);
    for (const [key, shape] of Object.entries(required)) {
      if (value[key] === undefined) issues.add(childPath(path, key), 'MISSING_PROPERTY', `${childPath(path, key)} is required`);
      else shape(value[key], childPath(path, key), issues);
    }
    for (const [key, entry] of Object.entries(value)) {
      if (key in required) continue;
      if (key in optional) optional[key](entry, childPath(path, key), issues);
      else issues.add(childPath(path, key), 'UNKNOWN_PROPERTY', `${childPath(path, key)} is not a known property`);
    }
  };
}

/** An object whose shape depends on the string in its `key` property (a discriminated union). */
export function variant(key: string, variants: Record<string, Shape>, code: DefinitionIssueCode): Shape {
  return (value, path, issues) => {
    if (!isRecord(value)) return wrongType(path, 'an object', value, issues);
    const tag = value[key];
    if (tag === undefined) return issues.add(childPath(path, key), 'MISSING_PROPERTY', `${childPath(path, key)} is required`);
    if (typeof tag === 'string' && tag in variants) return variants[tag](value, path, issues);
    oneOf(Object.keys(variants), code)(tag, childPath(path, key), issues);
  };
}

/** A shape defined later (for recursive structures). */
export function lazy(get: () => Shape): Shape {
  return (value, path, issues) => get()(value, path, issues);
}
