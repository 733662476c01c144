import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { Role } from "../common/enums";

/** A person who signs in. The password hash has no `@Field`, so it never leaves the server. */
@ObjectType()
@Entity({ name: "app_user" })
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id!: number;

  @Field(() => String)
  @Column({ type: "varchar", length: 60 })
  username!: string;

  @Field(() => String)
  @Column({ name: "display_name", type: "varchar", length: 120 })
  displayName!: string;

  @Field(() => Role)
  @Column({ type: "enum", enum: Role, enumName: "user_role" })
  role!: Role;

  @Column({ name: "password_hash", type: "varchar", length: 200 })
  passwordHash!: string;

  @Field(() => Boolean)
  @Column({ type: "boolean", default: true })
  active!: boolean;
}
