import { Authorized, Field, ObjectType, Query, Resolver } from "type-graphql";
import type { AppConfig } from "../config/config";

/** How the web draws its base map. */
@ObjectType()
export class MapConfig {
  @Field(() => String, { description: "Raster tile URL template ({z}/{x}/{y})" })
  tileUrl!: string;

  @Field(() => String, { description: "Attribution for the tiles (HTML)" })
  tileAttribution!: string;
}

/** Server settings the web needs. */
@Resolver()
export class SystemResolver {
  constructor(private readonly config: AppConfig) {}

  @Authorized()
  @Query(() => MapConfig)
  mapConfig(): MapConfig {
    return { tileUrl: this.config.tileUrl, tileAttribution: this.config.tileAttribution };
  }
}
