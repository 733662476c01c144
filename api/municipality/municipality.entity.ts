import { GraphQLJSON } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { LatLng } from "../common/lat-lng.type";

/** The municipality the intranet serves, with its boundary once one is imported. */
@ObjectType()
@Entity({ name: "municipality" })
export class Municipality {
  @PrimaryGeneratedColumn()
  id!: number;

  @Field(() => String, { description: "Kommunkod, e.g. 2510" })
  @Column({ type: "varchar", length: 4 })
  code!: string;

  @Field(() => String)
  @Column({ type: "varchar", length: 100 })
  name!: string;

  @Field(() => String, { nullable: true })
  @Column({ name: "sami_name", type: "varchar", length: 200, nullable: true })
  samiName!: string | null;

  @Column({ name: "center_lat", type: "double precision" })
  centerLat!: number;

  @Column({ name: "center_lng", type: "double precision" })
  centerLng!: number;

  @Field(() => GraphQLJSON, { nullable: true, description: "GeoJSON Polygon or MultiPolygon geometry, or null when none is stored" })
  @Column({ type: "jsonb", nullable: true })
  boundary!: GeoJsonGeometry | null;

  @Column({ name: "boundary_source", type: "varchar", length: 500, nullable: true })
  boundarySource!: string | null;

  @Column({ name: "boundary_imported_at", type: "timestamptz", nullable: true })
  boundaryImportedAt!: Date | null;

  @Field(() => LatLng)
  get center(): LatLng {
    return { lat: this.centerLat, lng: this.centerLng };
  }
}

/** A GeoJSON Polygon or MultiPolygon geometry. */
export type GeoJsonGeometry = { type: "Polygon"; coordinates: number[][][] } | { type: "MultiPolygon"; coordinates: number[][][][] };
