import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateFigures1763800000200 implements MigrationInterface {
  name = 'CreateFigures1763800000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    const schema = (queryRunner.connection.options as { schema?: string }).schema ?? 'public';
    await queryRunner.query(
      `CREATE TABLE "${schema}"."figures" ("figure" character varying(200) NOT NULL, "value" bigint NOT NULL, ` +
        `CONSTRAINT "pk_figures" PRIMARY KEY ("figure"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const schema = (queryRunner.connection.options as { schema?: string }).schema ?? 'public';
    await queryRunner.query(`DROP TABLE "${schema}"."figures"`);
  }
}
