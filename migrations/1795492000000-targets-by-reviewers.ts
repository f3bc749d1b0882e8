import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Province reviewers set targets for the regions of their province, as region admins and
 * operators do (a province agrees "B, top three" with its kab/kota). The role of whoever set a
 * target is kept beside who it was, so a region sees that its province set it.
 */
export class TargetsByReviewers1795492000000 implements MigrationInterface {
  name = 'TargetsByReviewers1795492000000';

  async up(q: QueryRunner): Promise<void> {
    const writers = `region_id = (select app_admin_region_id()) or province_id = (select app_review_province_id()) or (select app_is_operator())`;
    await q.query(`
      alter table target add column set_by_role text check (set_by_role in ('operator', 'reviewer', 'region_admin'));
      comment on column target.set_by_role is 'Role of set_by when the target was set: region_admin, reviewer (of the province) or operator.';
      drop policy target_insert on target;
      drop policy target_update on target;
      drop policy target_delete on target;
      create policy target_insert on target for insert with check (${writers});
      create policy target_update on target for update using (${writers}) with check (${writers});
      create policy target_delete on target for delete using (${writers});
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    const writers = `region_id = (select app_admin_region_id()) or (select app_is_operator())`;
    await q.query(`
      drop policy target_insert on target;
      drop policy target_update on target;
      drop policy target_delete on target;
      create policy target_insert on target for insert with check (${writers});
      create policy target_update on target for update using (${writers}) with check (${writers});
      create policy target_delete on target for delete using (${writers});
      alter table target drop column set_by_role;
    `);
  }
}
