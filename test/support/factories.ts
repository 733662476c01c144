import type { DataSource } from "typeorm";
import { hashPassword } from "../../api/auth/password";
import { ActivityKind, ActivityStatus, Organisation, PlaceKind, PriorityArea, Role } from "../../api/common/enums";
import { DEMO_PASSWORD } from "./test-db";

/** Small data factories for tests on the empty template: each inserts one row and returns it. */

let hashed: Promise<string> | undefined;

/** A municipality (Jokkmokk's code and centre unless told otherwise). */
export async function buildMunicipality(ds: DataSource, over: Partial<{ code: string; name: string; lat: number; lng: number }> = {}): Promise<{ id: number; code: string }> {
  const [row] = await ds.query(`INSERT INTO municipality (code, name, sami_name, center_lat, center_lng) VALUES ($1, $2, $3, $4, $5) RETURNING id, code`, [
    over.code ?? "2510",
    over.name ?? "Jokkmokk",
    "Jåhkåmåhkke",
    over.lat ?? 66.6053,
    over.lng ?? 19.8281,
  ]);
  return row;
}

/** A place; radius defaults by kind (town 3 km, village 2 km, others 300 m). */
export async function buildPlace(
  ds: DataSource,
  municipalityId: number,
  over: { name: string; kind: PlaceKind; lat: number; lng: number; radiusM?: number; population?: number | null },
): Promise<{ id: number; name: string }> {
  const radius = over.radiusM ?? (over.kind === PlaceKind.TOWN ? 3000 : over.kind === PlaceKind.VILLAGE ? 2000 : 300);
  const [row] = await ds.query(`INSERT INTO place (municipality_id, name, kind, lat, lng, radius_m, population) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id, name`, [
    municipalityId,
    over.name,
    over.kind,
    over.lat,
    over.lng,
    radius,
    over.population ?? null,
  ]);
  return row;
}

/** A user with the demo password unless told otherwise. */
export async function buildUser(ds: DataSource, username: string, role: Role, password = DEMO_PASSWORD): Promise<{ id: number; username: string }> {
  const hash = password === DEMO_PASSWORD ? await (hashed ??= hashPassword(DEMO_PASSWORD)) : await hashPassword(password);
  const [row] = await ds.query(`INSERT INTO app_user (username, display_name, role, password_hash) VALUES ($1, $2, $3, $4) RETURNING id, username`, [username, `Test ${username}`, role, hash]);
  return row;
}

/** What an activity fixture may set; everything else gets a plain default. */
export interface ActivityFixture {
  kind?: ActivityKind;
  organisation?: Organisation;
  status?: ActivityStatus;
  priorityAreas?: PriorityArea[];
  startsAt: string;
  lat: number;
  lng: number;
  placeId?: number;
  title?: string;
  deleted?: boolean;
}

/** An activity at a point, with place and zone computed by the database's own rule (lk_locate). */
export async function buildActivity(ds: DataSource, f: ActivityFixture): Promise<{ id: string; zone: string; placeId: number | null }> {
  const [row] = await ds.query(
    `INSERT INTO activity (kind, organisation, status, priority_areas, starts_at, lat, lng, place_id, place_picked, zone, title, deleted_at)
     SELECT $1, $2, $3, $4::priority_area[], $5, $6, $7, COALESCE($8, l.place_id), $8 IS NOT NULL, COALESCE(l.zone, 'RURAL'), $9,
            CASE WHEN $10 THEN now() END
     FROM (SELECT 1) one LEFT JOIN LATERAL lk_locate($6, $7) l ON true
     RETURNING public_id::text AS id, zone, place_id AS "placeId"`,
    [
      f.kind ?? ActivityKind.FOOT_PATROL,
      f.organisation ?? Organisation.POLICE,
      f.status ?? ActivityStatus.DONE,
      f.priorityAreas ?? [PriorityArea.FLEXIBLE],
      f.startsAt,
      f.lat,
      f.lng,
      f.placeId ?? null,
      f.title ?? null,
      f.deleted ?? false,
    ],
  );
  return row;
}

/** Counts the rows of the tables bad input must not change. */
export async function rowCounts(ds: DataSource): Promise<Record<string, number>> {
  const [row] = await ds.query(
    `SELECT (SELECT count(*) FROM activity)::int AS activity, (SELECT count(*) FROM place)::int AS place,
            (SELECT count(*) FROM app_user)::int AS app_user, (SELECT count(*) FROM municipality)::int AS municipality,
            (SELECT count(*) FROM user_session)::int AS user_session`,
  );
  return row;
}
