import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The report's figures: daily counters per administrative unit, the ids already counted, facility history,
 * snapshots (seeds, targets), facilities' lookup days and opening balances. Replaces the single `figures` table:
 * a new schema replays the topics from the beginning, so nothing is carried over.
 */
export class ReportFigures1763800000800 implements MigrationInterface {
  name = 'ReportFigures1763800000800';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = (queryRunner.connection.options as { schema?: string }).schema ?? 'public';
    await queryRunner.query(`DROP TABLE "${s}"."figures"`);
    await queryRunner.query(
      `CREATE TABLE "${s}"."metric_daily" ("province" character varying(3) NOT NULL, "commune" character varying(10) NOT NULL, "day" date NOT NULL, "metric" character varying(400) NOT NULL, "shard" smallint NOT NULL, "value" bigint NOT NULL, CONSTRAINT "pk_metric_daily" PRIMARY KEY ("province", "commune", "day", "metric", "shard"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "${s}"."counted_events" ("event_id" uuid NOT NULL, CONSTRAINT "pk_counted_events" PRIMARY KEY ("event_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "${s}"."facility_changes" ("event_id" uuid NOT NULL, "facility_code" character varying(10) NOT NULL, "province" character varying(3) NOT NULL, "day" date NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepts_id_card" boolean NOT NULL, "created" boolean NOT NULL, CONSTRAINT "pk_facility_changes" PRIMARY KEY ("event_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "${s}"."facility_lookup_days" ("province" character varying(3) NOT NULL, "day" date NOT NULL, "facility_code" character varying(10) NOT NULL, CONSTRAINT "pk_facility_lookup_days" PRIMARY KEY ("province", "day", "facility_code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "${s}"."opening_balances" ("province" character varying(3) NOT NULL, "figure" character varying(200) NOT NULL, "value" numeric NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_opening_balances" PRIMARY KEY ("province", "figure"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "${s}"."snapshots" ("event_id" uuid NOT NULL, "kind" character varying(40) NOT NULL, "province" character varying(3) NOT NULL, "effective_day" date NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "payload" jsonb NOT NULL, CONSTRAINT "pk_snapshots" PRIMARY KEY ("event_id"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = (queryRunner.connection.options as { schema?: string }).schema ?? 'public';
    for (const table of [
      'snapshots',
      'opening_balances',
      'facility_lookup_days',
      'facility_changes',
      'counted_events',
      'metric_daily',
    ])
      await queryRunner.query(`DROP TABLE "${s}"."${table}"`);
    await queryRunner.query(
      `CREATE TABLE "${s}"."figures" ("figure" character varying(200) NOT NULL, "value" bigint NOT NULL, ` +
        `CONSTRAINT "pk_figures" PRIMARY KEY ("figure"))`,
    );
  }
}
