import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { flag } from './official-import.options';

/** The national table a route reads or writes: a framework and an evaluation year. */
export class NationalTableQuery {
  @Matches(/^[A-Z][A-Z0-9_]{1,39}$/, { message: 'frameworkCode must be a framework code such as "RB"' })
  frameworkCode!: string;

  @Type(() => Number)
  @IsInt({ message: 'year must be a whole number such as 2023' })
  @Min(1990)
  @Max(2100)
  year!: number;
}

/** The query of a national upload: the table, and whether to dry-run (the default). */
export class NationalImportQuery extends NationalTableQuery {
  @IsOptional()
  @Transform(flag)
  @IsBoolean({ message: 'dryRun must be true or false' })
  dryRun?: boolean;
}
