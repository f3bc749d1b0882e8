import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Marks periods generated as demo data (`npm start` on an empty database), so no one mistakes them for real results. */
export class DemoLabel1795484000000 implements MigrationInterface {
  name = 'DemoLabel1795484000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      alter table assessment_period add column is_demo boolean not null default false;
      comment on column assessment_period.is_demo is 'Generated demo data: not real evaluation results.';
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`alter table assessment_period drop column is_demo`);
  }
}
