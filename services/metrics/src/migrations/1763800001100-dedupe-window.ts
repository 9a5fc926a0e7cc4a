import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Exactly-once without a row per event: the `counted_events` id table gives way to per-partition recent-id windows
 * (one row per counted batch), next to the offsets stored with the counts. A schema that had counted events keeps
 * its figures and positions; its windows start empty, which only matters for a duplicate of an event counted
 * before the upgrade.
 */
export class DedupeWindow1763800001100 implements MigrationInterface {
  name = 'DedupeWindow1763800001100';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = (queryRunner.connection.options as { schema?: string }).schema ?? 'public';
    await queryRunner.query(`DROP TABLE "${s}"."counted_events"`);
    await queryRunner.query(
      `CREATE TABLE "${s}"."dedupe_window" ("consumer_group" character varying(200) NOT NULL, "topic" character varying(249) NOT NULL, "partition" integer NOT NULL, "first_offset" bigint NOT NULL, "last_offset" bigint NOT NULL, "entries" bytea NOT NULL, CONSTRAINT "pk_dedupe_window" PRIMARY KEY ("consumer_group", "topic", "partition", "first_offset"))`,
    );
    // ids are random bytes: compressing them is wasted work
    await queryRunner.query(`ALTER TABLE "${s}"."dedupe_window" ALTER COLUMN "entries" SET STORAGE EXTERNAL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = (queryRunner.connection.options as { schema?: string }).schema ?? 'public';
    await queryRunner.query(`DROP TABLE "${s}"."dedupe_window"`);
    await queryRunner.query(
      `CREATE TABLE "${s}"."counted_events" ("event_id" uuid NOT NULL, CONSTRAINT "pk_counted_events" PRIMARY KEY ("event_id"))`,
    );
  }
}
