import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

/** A server-side sign-in session; the cookie holds a random token, the table its SHA-256. */
@Entity({ name: "user_session" })
export class Session {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: "token_hash", type: "bytea" })
  tokenHash!: Buffer;

  @Column({ name: "user_id", type: "integer" })
  userId!: number;

  @Column({ name: "created_at", type: "timestamptz", default: () => "now()" })
  createdAt!: Date;

  @Column({ name: "last_seen_at", type: "timestamptz", default: () => "now()" })
  lastSeenAt!: Date;

  @Column({ name: "expires_at", type: "timestamptz" })
  expiresAt!: Date;

  @Column({ name: "ended_at", type: "timestamptz", nullable: true })
  endedAt!: Date | null;
}
