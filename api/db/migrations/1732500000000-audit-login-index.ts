import { MigrationInterface, QueryRunner } from "typeorm";

/** Sign-in throttling counts recent failed sign-ins per account and per address. */
export class AuditLoginIndex1732500000000 implements MigrationInterface {
  name = "AuditLoginIndex1732500000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX ix_audit_event_login_failed ON audit_event (at) WHERE action = 'LOGIN_FAILED'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS ix_audit_event_login_failed`);
  }
}
