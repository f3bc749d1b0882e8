import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';

const YES = new Set(['true', '1', 'yes', 'ya']);
const NO = new Set(['false', '0', 'no', 'tidak']);

/** A form field's flag: "true"/"false" (also 1/0, yes/no, ya/tidak); anything else stays as sent and fails validation. */
export function flag({ value }: { value: unknown }): unknown {
  if (typeof value !== 'string') return value;
  const v = value.trim().toLowerCase();
  if (v === '') return undefined;
  return YES.has(v) ? true : NO.has(v) ? false : value;
}

/** The form fields sent with an official-results file. */
export class OfficialImportOptions {
  /** A dry run (the default) checks and reports, and writes nothing; a real run must be asked for with dryRun=false. */
  @IsOptional()
  @Transform(flag)
  @IsBoolean({ message: 'dryRun must be true or false' })
  dryRun?: boolean;

  /** The source for rows that name none, e.g. "LHE KemenPAN-RB 2023". */
  @IsOptional()
  @IsString()
  @MaxLength(300)
  source?: string;
}
