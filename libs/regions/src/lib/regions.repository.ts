import { Injectable } from '@nestjs/common';
import { currentManager } from '@rapor/db';

export interface ProvinceRow {
  code: string;
  name: string;
}

export interface RegionRow {
  code: string;
  name: string;
  kind: 'kabupaten' | 'kota';
  provinceCode: string;
}

const REGION_COLUMNS = `id as code, name, kind, province_id as "provinceCode"`;

/** SQL over the reference tables; every call runs in the current tenant transaction. */
@Injectable()
export class RegionsRepository {
  async provinces(): Promise<ProvinceRow[]> {
    return currentManager().query(`select id as code, name from province order by id`);
  }

  async provincesByCodes(codes: readonly string[]): Promise<ProvinceRow[]> {
    return currentManager().query(`select id as code, name from province where id = any($1::text[])`, [codes]);
  }

  async regionsOfProvinces(provinceCodes: readonly string[], kind: string | null): Promise<RegionRow[]> {
    return currentManager().query(
      `select ${REGION_COLUMNS} from region
       where province_id = any($1::text[]) and ($2::text is null or kind = $2)
       order by id`,
      [provinceCodes, kind],
    );
  }

  async regionsByCodes(codes: readonly string[]): Promise<RegionRow[]> {
    return currentManager().query(`select ${REGION_COLUMNS} from region where id = any($1::text[])`, [codes]);
  }
}
