import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { AppError } from '@rapor/db';
import { unsafeIn } from './graphql/input-safety';

const CHECKED = new Set<ArgumentMetadata['type']>(['body', 'query', 'param']);

/**
 * The plain-HTTP endpoints' side of the one text check (GraphQL's is `inputSafetyPlugin`):
 * a control character or a lone surrogate in a form field, query parameter or path parameter
 * is BAD_USER_INPUT naming the field, before any handler or the database sees it.
 */
@Injectable()
export class UnsafeTextPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (!CHECKED.has(metadata.type)) return value;
    const fields = unsafeIn(value, metadata.data ? [metadata.data] : []).map((p) => p.join('.'));
    if (fields.length > 0) {
      throw new AppError('BAD_USER_INPUT', `Text inputs may not contain control characters (such as NUL) or unpaired surrogates: ${fields.join(', ')}`, fields);
    }
    return value;
  }
}
