import { Arg, Authorized, ID, Mutation, Query, Resolver } from "type-graphql";
import { User } from "../auth/user.entity";
import type { AuthUser } from "../common/context.type";
import { CurrentUser } from "../common/current-user";
import { Role } from "../common/enums";
import { UserInput, UserUpdateInput } from "./user.input";
import { UserAdminService } from "./user-admin.service";

/** User administration (ADMIN only). */
@Authorized(Role.ADMIN)
@Resolver(() => User)
export class UserResolver {
  constructor(private readonly userAdmin: UserAdminService) {}

  @Query(() => [User], { description: "Every user (ADMIN)" })
  users(): Promise<User[]> {
    return this.userAdmin.list();
  }

  @Mutation(() => User, { description: "Creates a user (ADMIN)" })
  createUser(@Arg("input", () => UserInput) input: UserInput, @CurrentUser() user: AuthUser): Promise<User> {
    return this.userAdmin.create(user, input);
  }

  @Mutation(() => User, { description: "Changes a user (ADMIN)" })
  updateUser(@Arg("id", () => ID) id: string, @Arg("input", () => UserUpdateInput) input: UserUpdateInput, @CurrentUser() user: AuthUser): Promise<User> {
    return this.userAdmin.update(user, id, input);
  }
}
