import type { DataSource, EntityManager } from "typeorm";
import type { AuditService } from "../audit/audit.service";
import type { AuthUser } from "../common/context.type";
import { errors } from "../common/errors";
import { parseId } from "../common/parse-id";
import type { GeoJsonGeometry } from "../municipality/municipality.entity";
import { Place } from "./place.entity";
import type { PlaceInput } from "./place.input";
import { checkPlace, checkPlacePosition } from "./place-rules";

/** Metres per degree of latitude, for bounding boxes. */
const M_PER_DEG = 111_000;

/** Adds and changes places (ADMIN) and re-classifies the activities the change affects. */
export class PlaceAdminService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /**
   * Inserts or updates a place, then recomputes place and zone of every activity within the old
   * and the new circle (picked places are kept), all in one transaction.
   */
  async upsert(user: AuthUser, input: PlaceInput): Promise<{ place: Place; reclassified: number }> {
    const { name, radius } = checkPlace(input);
    // Place ids are numbers: anything else (an activity's UUID, say) is no place, before any SQL sees it.
    const placeId = input.id ? parseId(input.id, "Platsen") : null;
    return this.dataSource.transaction(async (m) => {
      const [municipality]: Array<{ id: number; boundary: GeoJsonGeometry | null }> = await m.query(`SELECT id, boundary FROM municipality ORDER BY id LIMIT 1`);
      if (!municipality) throw errors.notFound("Kommunen");
      checkPlacePosition(input, municipality.boundary);
      const clash: Array<{ id: number }> = await m.query(`SELECT id FROM place WHERE lower(name) = lower($1) AND id IS DISTINCT FROM $2::int`, [name, placeId]);
      if (clash.length > 0) throw errors.badInput("name", `Det finns redan en plats som heter ${name}.`);

      const values = [name, input.samiName?.trim() || null, input.kind, input.schoolLevel ?? null, input.lat, input.lng, radius, input.population ?? null];
      let before: Place | null = null;
      let id: number;
      if (placeId !== null) {
        before = await m.getRepository(Place).findOne({ where: { id: placeId }, lock: { mode: "pessimistic_write" } });
        if (!before) throw errors.notFound("Platsen");
        id = before.id;
        await m.query(`UPDATE place SET name = $1, sami_name = $2, kind = $3, school_level = $4, lat = $5, lng = $6, radius_m = $7, population = $8, updated_at = now() WHERE id = $9`, [
          ...values,
          id,
        ]);
      } else {
        [{ id }] = await m.query(
          `INSERT INTO place (name, sami_name, kind, school_level, lat, lng, radius_m, population, municipality_id)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
          [...values, municipality.id],
        );
      }
      const reclassified = await this.reclassify(m, id, [...(before ? [{ lat: before.lat, lng: before.lng, radius: before.radiusM }] : []), { lat: input.lat, lng: input.lng, radius }]);
      const place = await m.getRepository(Place).findOneByOrFail({ id });
      await this.audit.record(user, before ? "UPDATE" : "CREATE", "place", id, { before, after: place, reclassified }, m);
      return { place, reclassified };
    });
  }

  /** Recomputes place and zone of activities in the circles' boxes and of those that had this place. */
  private async reclassify(m: EntityManager, placeId: number, circles: Array<{ lat: number; lng: number; radius: number }>): Promise<number> {
    const boxes = circles.map((c) => {
      const dLat = c.radius / M_PER_DEG;
      const dLng = c.radius / (M_PER_DEG * Math.cos((c.lat * Math.PI) / 180));
      return [c.lat - dLat, c.lat + dLat, c.lng - dLng, c.lng + dLng];
    });
    const where = boxes.map((_, i) => `(a.lat BETWEEN $${i * 4 + 2} AND $${i * 4 + 3} AND a.lng BETWEEN $${i * 4 + 4} AND $${i * 4 + 5})`).join(" OR ");
    const result: [unknown[], number] = await m.query(
      `UPDATE activity AS a SET (place_id, zone) = (
         SELECT CASE WHEN a.place_picked THEN a.place_id ELSE l.place_id END, COALESCE(l.zone, 'RURAL')
         FROM (SELECT 1) AS one LEFT JOIN LATERAL lk_locate(a.lat, a.lng) AS l ON true)
       WHERE (a.place_id = $1 AND NOT a.place_picked) OR ${where}`,
      [placeId, ...boxes.flat()],
    );
    return result[1];
  }
}
