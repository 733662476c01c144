import type { DataSource } from "typeorm";
import { ActivityResolver } from "../activities/activity.resolver";
import { ActivityService } from "../activities/activity.service";
import { ActivityWriteService } from "../activities/activity-write.service";
import { AuditService } from "../audit/audit.service";
import { AuthResolver } from "../auth/auth.resolver";
import { AuthService } from "../auth/auth.service";
import type { AppConfig } from "../config/config";
import { CoverageResolver } from "../coverage/coverage.resolver";
import { CoverageService } from "../coverage/coverage.service";
import { MunicipalityResolver } from "../municipality/municipality.resolver";
import { MunicipalityService } from "../municipality/municipality.service";
import { PlaceResolver } from "../places/place.resolver";
import { PlaceService } from "../places/place.service";
import { SystemResolver } from "../system/system.resolver";

/** The services of one running app, wired by hand: explicit, and nothing global. */
export class Services {
  readonly audit: AuditService;
  readonly auth: AuthService;
  readonly places: PlaceService;
  readonly municipality: MunicipalityService;
  readonly activities: ActivityService;
  readonly activityWrites: ActivityWriteService;
  readonly coverage: CoverageService;

  constructor(
    readonly dataSource: DataSource,
    readonly config: AppConfig,
  ) {
    this.audit = new AuditService(dataSource);
    this.auth = new AuthService(dataSource, this.audit);
    this.places = new PlaceService(dataSource);
    this.municipality = new MunicipalityService(dataSource);
    this.activities = new ActivityService(dataSource);
    this.activityWrites = new ActivityWriteService(dataSource, this.audit);
    this.coverage = new CoverageService(dataSource, this.places);
  }
}

/** type-graphql's container for one app: resolvers built once from that app's services. */
export class ResolverContainer {
  private readonly instances = new Map<Function, unknown>();
  private readonly factories: Map<Function, () => unknown>;

  constructor(s: Services) {
    this.factories = new Map<Function, () => unknown>([
      [AuthResolver, () => new AuthResolver(s.auth)],
      [PlaceResolver, () => new PlaceResolver(s.places)],
      [MunicipalityResolver, () => new MunicipalityResolver(s.municipality)],
      [ActivityResolver, () => new ActivityResolver(s.activities, s.places, s.activityWrites)],
      [CoverageResolver, () => new CoverageResolver(s.coverage)],
      [SystemResolver, () => new SystemResolver(s.config)],
    ]);
  }

  /** The resolver instance for `cls`. */
  get(cls: Function): unknown {
    let instance = this.instances.get(cls);
    if (instance === undefined) {
      const factory = this.factories.get(cls);
      if (!factory) throw new Error(`No factory for ${cls.name} in the resolver container`);
      instance = factory();
      this.instances.set(cls, instance);
    }
    return instance;
  }
}

/** Every resolver class, in one list for the schema. */
export const RESOLVERS = [AuthResolver, PlaceResolver, MunicipalityResolver, ActivityResolver, CoverageResolver, SystemResolver] as const;
