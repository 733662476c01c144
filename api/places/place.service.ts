import type { DataSource } from "typeorm";
import { memoize, type RequestContext } from "../common/context.type";
import type { PlaceKind } from "../common/enums";
import { Place } from "./place.entity";

/** Reads the gazetteer. The places are few, so a request loads them once and shares them. */
export class PlaceService {
  constructor(private readonly dataSource: DataSource) {}

  /** Every place, ordered by kind and name; one query per request at most. */
  all(ctx: RequestContext): Promise<Place[]> {
    return memoize(ctx, "places", () => this.dataSource.getRepository(Place).find({ order: { kind: "ASC", name: "ASC" } }));
  }

  /** The places of the given kinds (all when `kinds` is empty or missing). */
  async list(ctx: RequestContext, kinds?: PlaceKind[] | null): Promise<Place[]> {
    const places = await this.all(ctx);
    return kinds && kinds.length > 0 ? places.filter((p) => kinds.includes(p.kind)) : places;
  }

  /** Places by id, from the request's shared list. */
  byId(ctx: RequestContext): Promise<Map<number, Place>> {
    return memoize(ctx, "placesById", async () => new Map((await this.all(ctx)).map((p) => [p.id, p])));
  }
}
