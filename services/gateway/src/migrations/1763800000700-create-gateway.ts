import type { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@d06/persistence';

/**
 * The gateway's message log (hash-chained, append-only), the monitoring shipper's positions in it, and the run-time
 * registry entries and faults.
 */
export class CreateGateway1763800000700 implements MigrationInterface {
  name = 'CreateGateway1763800000700';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner);
    await queryRunner.query(
      `CREATE TABLE "${s}"."message_log" ("chain" text NOT NULL, "seq" bigint NOT NULL, "message_id" text NOT NULL, ` +
        `"tier" text NOT NULL, "client" text NOT NULL, "service" text NOT NULL, "method" text NOT NULL, ` +
        `"path" text NOT NULL, "user_id" text, "issue" text, "status" integer NOT NULL, "fault_code" text, ` +
        `"request_hash" text NOT NULL, "response_hash" text NOT NULL, "request_body" text, "response_body" text, ` +
        `"request_in_at" TIMESTAMP WITH TIME ZONE NOT NULL, "response_out_at" TIMESTAMP WITH TIME ZONE NOT NULL, ` +
        `"cache_hit" boolean NOT NULL, "duration_ms" double precision NOT NULL, "request_size" integer NOT NULL, ` +
        `"response_size" integer NOT NULL, "cost_vnd" integer NOT NULL, "prev_hash" text NOT NULL, "hash" text NOT NULL, ` +
        `CONSTRAINT "pk_message_log" PRIMARY KEY ("chain", "seq"))`,
    );
    await queryRunner.query(`CREATE INDEX "message_log_message_id" ON "${s}"."message_log" ("message_id")`);
    await queryRunner.query(
      `CREATE TABLE "${s}"."monitoring_positions" ("chain" text NOT NULL, "seq" bigint NOT NULL, ` +
        `CONSTRAINT "pk_monitoring_positions" PRIMARY KEY ("chain"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "${s}"."registry_entries" ("kind" text NOT NULL, "id" text NOT NULL, "document" jsonb NOT NULL, ` +
        `"updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "pk_registry_entries" PRIMARY KEY ("kind", "id"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = schemaOf(queryRunner);
    await queryRunner.query(`DROP TABLE "${s}"."registry_entries"`);
    await queryRunner.query(`DROP TABLE "${s}"."monitoring_positions"`);
    await queryRunner.query(`DROP TABLE "${s}"."message_log"`);
  }
}
