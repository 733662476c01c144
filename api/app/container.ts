import type { DataSource } from "typeorm";
import { ActivityResolver } from "../activities/activity.resolver";
import { ActivityService } from "../activities/activity.service";
import { ActivityWriteService } from "../activities/activity-write.service";
import { AuditService } from "../audit/audit.service";
import { AuditQueryService } from "../audit/audit-query.service";
import { AuditResolver } from "../audit/audit.resolver";
import { AuthResolver } from "../auth/auth.resolver";
import { AuthService } from "../auth/auth.service";
import { SignInThrottle } from "../auth/sign-in-throttle";
import { ClusterResolver } from "../clusters/cluster.resolver";
import { ClusterService } from "../clusters/cluster.service";
import type { AppConfig } from "../config/config";
import { CoverageResolver } from "../coverage/coverage.resolver";
import { CoverageService } from "../coverage/coverage.service";
import { CoverageComparisonResolver } from "../coverage/coverage-comparison.resolver";
import { CoverageComparisonService } from "../coverage/coverage-comparison.service";
import { ExportService } from "../followup/export.service";
import { FollowUpResolver } from "../followup/follow-up.resolver";
import { FollowUpService } from "../followup/follow-up.service";
import { PublicFollowUpResolver } from "../followup/public-follow-up.resolver";
import { ImportBatchService } from "../import/import-batch.service";
import { ImportWriteService } from "../import/import-write.service";
import { ImportResolver } from "../import/import.resolver";
import { MeetingChangesService } from "../meetings/meeting-changes.service";
import { MeetingResolver } from "../meetings/meeting.resolver";
import { MeetingService } from "../meetings/meeting.service";
import { MunicipalityResolver } from "../municipality/municipality.resolver";
import { MunicipalityService } from "../municipality/municipality.service";
import { PlaceResolver } from "../places/place.resolver";
import { PlaceService } from "../places/place.service";
import { PlaceAdminService } from "../places/place-admin.service";
import { PlanningResolver } from "../planning/planning.resolver";
import { PlanningService } from "../planning/planning.service";
import { CadenceExceptionResolver, CadenceTargetResolver } from "../promises/cadence.resolver";
import { PromiseAdminService } from "../promises/promise-admin.service";
import { PromisePeriodResolver } from "../promises/promise-period.resolver";
import { PromiseResolver } from "../promises/promise.resolver";
import { PromiseService } from "../promises/promise.service";
import { SystemResolver } from "../system/system.resolver";
import { UserAdminService } from "../users/user-admin.service";
import { UserResolver } from "../users/user.resolver";

/** The services of one running app, wired by hand: explicit, and nothing global. */
export class Services {
  readonly audit: AuditService;
  readonly auditQuery: AuditQueryService;
  readonly auth: AuthService;
  readonly signInThrottle: SignInThrottle;
  readonly places: PlaceService;
  readonly placeAdmin: PlaceAdminService;
  readonly municipality: MunicipalityService;
  readonly activities: ActivityService;
  readonly activityWrites: ActivityWriteService;
  readonly coverage: CoverageService;
  readonly clusters: ClusterService;
  readonly userAdmin: UserAdminService;
  readonly promises: PromiseService;
  readonly promiseAdmin: PromiseAdminService;
  readonly followUps: FollowUpService;
  readonly exports: ExportService;
  readonly importWrites: ImportWriteService;
  readonly importBatches: ImportBatchService;
  readonly comparisons: CoverageComparisonService;
  readonly meetings: MeetingService;
  readonly meetingChanges: MeetingChangesService;
  readonly planning: PlanningService;

  constructor(
    readonly dataSource: DataSource,
    readonly config: AppConfig,
  ) {
    this.audit = new AuditService(dataSource);
    this.auditQuery = new AuditQueryService(dataSource);
    this.signInThrottle = new SignInThrottle(dataSource);
    this.auth = new AuthService(dataSource, this.audit, this.signInThrottle);
    this.places = new PlaceService(dataSource);
    this.placeAdmin = new PlaceAdminService(dataSource, this.audit);
    this.municipality = new MunicipalityService(dataSource);
    this.activities = new ActivityService(dataSource, this.audit);
    this.activityWrites = new ActivityWriteService(dataSource, this.audit);
    this.coverage = new CoverageService(dataSource, this.places);
    this.clusters = new ClusterService(dataSource);
    this.userAdmin = new UserAdminService(dataSource, this.audit, this.signInThrottle);
    this.promises = new PromiseService(dataSource);
    this.promiseAdmin = new PromiseAdminService(dataSource, this.audit);
    this.followUps = new FollowUpService(dataSource, this.promises, this.places);
    this.exports = new ExportService(dataSource, this.followUps, this.audit);
    this.importWrites = new ImportWriteService(dataSource, this.audit);
    this.importBatches = new ImportBatchService(dataSource, this.importWrites);
    this.comparisons = new CoverageComparisonService(dataSource, this.places);
    this.meetings = new MeetingService(dataSource, this.audit);
    this.meetingChanges = new MeetingChangesService(dataSource, this.followUps, this.places);
    this.planning = new PlanningService(dataSource, this.promises, this.places);
  }
}

/** A resolver class, the key type-graphql asks the container for. */
export type ResolverClass = abstract new (...args: never[]) => unknown;

/** type-graphql's container for one app: resolvers built once from that app's services. */
export class ResolverContainer {
  private readonly instances = new Map<ResolverClass, unknown>();
  private readonly factories: Map<ResolverClass, () => unknown>;

  constructor(s: Services) {
    this.factories = new Map<ResolverClass, () => unknown>([
      [AuthResolver, () => new AuthResolver(s.auth)],
      [PlaceResolver, () => new PlaceResolver(s.places, s.placeAdmin)],
      [MunicipalityResolver, () => new MunicipalityResolver(s.municipality)],
      [ActivityResolver, () => new ActivityResolver(s.activities, s.places, s.activityWrites)],
      [CoverageResolver, () => new CoverageResolver(s.coverage)],
      [ClusterResolver, () => new ClusterResolver(s.clusters)],
      [SystemResolver, () => new SystemResolver(s.config)],
      [UserResolver, () => new UserResolver(s.userAdmin)],
      [AuditResolver, () => new AuditResolver(s.auditQuery)],
      [PromisePeriodResolver, () => new PromisePeriodResolver(s.promises, s.promiseAdmin)],
      [PromiseResolver, () => new PromiseResolver(s.promises, s.promiseAdmin)],
      [FollowUpResolver, () => new FollowUpResolver(s.followUps, s.exports)],
      [PublicFollowUpResolver, () => new PublicFollowUpResolver(s.followUps, s.municipality, s.config)],
      [ImportResolver, () => new ImportResolver(s.importBatches)],
      [CoverageComparisonResolver, () => new CoverageComparisonResolver(s.comparisons)],
      [MeetingResolver, () => new MeetingResolver(s.meetings, s.meetingChanges)],
      [PlanningResolver, () => new PlanningResolver(s.planning)],
      [CadenceTargetResolver, () => new CadenceTargetResolver(s.promises)],
      [CadenceExceptionResolver, () => new CadenceExceptionResolver(s.places)],
    ]);
  }

  /** The resolver instance for `cls`. */
  get(cls: ResolverClass): unknown {
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
export const RESOLVERS = [
  AuthResolver,
  PlaceResolver,
  MunicipalityResolver,
  ActivityResolver,
  CoverageResolver,
  ClusterResolver,
  SystemResolver,
  UserResolver,
  AuditResolver,
  PromisePeriodResolver,
  PromiseResolver,
  FollowUpResolver,
  PublicFollowUpResolver,
  ImportResolver,
  CoverageComparisonResolver,
  MeetingResolver,
  PlanningResolver,
  CadenceTargetResolver,
  CadenceExceptionResolver,
] as const;
