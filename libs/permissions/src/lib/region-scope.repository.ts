import { Injectable } from '@nestjs/common';
import { currentManager } from '@rapor/db';

/** The one statement the region check needs; regions are public reference data. */
@Injectable()
export class RegionScopeRepository {
  async regionExists(code: string): Promise<boolean> {
    const rows: unknown[] = await currentManager().query(`select 1 from region where id = $1`, [code]);
    return rows.length > 0;
  }
}
