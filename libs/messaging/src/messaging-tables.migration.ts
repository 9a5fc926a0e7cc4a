import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The messaging tables (outbox, processed events, consumer offsets) in the service's own schema. Every service
 * lists this migration with its own; it creates the tables in whatever schema the DataSource uses.
 */
export class MessagingTables1763800000000 implements MigrationInterface {
  name = 'MessagingTables1763800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const schema = schemaName(queryRunner);
    await queryRunner.query(
      `CREATE TABLE "${schema}"."outbox" ("seq" BIGSERIAL NOT NULL, "event_id" uuid NOT NULL, ` +
        `"type" character varying(200) NOT NULL, "envelope" jsonb NOT NULL, ` +
        `"created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_outbox" PRIMARY KEY ("seq"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "${schema}"."processed_events" ("consumer" character varying(200) NOT NULL, ` +
        `"event_id" uuid NOT NULL, "processed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), ` +
        `CONSTRAINT "pk_processed_events" PRIMARY KEY ("consumer", "event_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "${schema}"."consumer_offsets" ("consumer_group" character varying(200) NOT NULL, ` +
        `"topic" character varying(249) NOT NULL, "partition" integer NOT NULL, "next_offset" bigint NOT NULL, ` +
        `"updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), ` +
        `CONSTRAINT "pk_consumer_offsets" PRIMARY KEY ("consumer_group", "topic", "partition"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const schema = schemaName(queryRunner);
    for (const table of ['consumer_offsets', 'processed_events', 'outbox']) {
      await queryRunner.query(`DROP TABLE "${schema}"."${table}"`);
    }
  }
}

function schemaName(queryRunner: QueryRunner): string {
  return (queryRunner.connection.options as { schema?: string }).schema ?? 'public';
}
