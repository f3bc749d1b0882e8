import type { ValidationRule } from 'graphql';
import type { ApiKeyRateLimiter } from './rate-limiter';

/** What the API hands the reports module: the limits it enforces on every document. */
export interface ReportsOptions {
  /**
   * The API's document limits (depth, aliases, cost…) as validation rules: a saved report's
   * document must pass them when it is saved (runs go through the API's whole pipeline).
   */
  documentRules: readonly ValidationRule[];
  /** The API's token limit of a document. */
  maxTokens: number;
  /** Hide "Did you mean …?" suggestions in the errors of a saved document (production). */
  hideSuggestions: boolean;
  /** The per-API-key request limiter the GraphQL endpoint also uses (exports count too). */
  rateLimiter: ApiKeyRateLimiter;
}

export const REPORTS_OPTIONS = Symbol('REPORTS_OPTIONS');
