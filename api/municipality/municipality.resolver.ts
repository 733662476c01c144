import { Authorized, Query, Resolver } from "type-graphql";
import { Municipality } from "./municipality.entity";
import { MunicipalityService } from "./municipality.service";

/** The municipality with its centre and boundary. */
@Authorized()
@Resolver(() => Municipality)
export class MunicipalityResolver {
  constructor(private readonly municipalityService: MunicipalityService) {}

  @Query(() => Municipality)
  municipality(): Promise<Municipality> {
    return this.municipalityService.get();
  }
}
