import { Field, InputType } from "type-graphql";
import { Role } from "../common/enums";

/** A new user. */
@InputType()
export class UserInput {
  @Field(() => String, { description: "2–60 letters, digits, dots, dashes or underscores" })
  username!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => String, { description: "At least 10 characters" })
  password!: string;
}

/** Changes to a user; what is left out stays as it is. */
@InputType()
export class UserUpdateInput {
  @Field(() => String, { nullable: true })
  displayName?: string | null;

  @Field(() => Role, { nullable: true })
  role?: Role | null;

  @Field(() => Boolean, { nullable: true, description: "false signs the user out everywhere and blocks sign-in" })
  active?: boolean | null;

  @Field(() => String, { nullable: true, description: "A new password, at least 10 characters" })
  password?: string | null;
}
