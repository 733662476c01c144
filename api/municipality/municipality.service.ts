import type { DataSource } from "typeorm";
import { errors } from "../common/errors";
import { Municipality } from "./municipality.entity";

/** The municipality the installation serves (the first and only row). */
export class MunicipalityService {
  constructor(private readonly dataSource: DataSource) {}

  /** The municipality; NOT_FOUND before the gazetteer is seeded. */
  async get(): Promise<Municipality> {
    const [municipality] = await this.dataSource.getRepository(Municipality).find({ order: { id: "ASC" }, take: 1 });
    if (!municipality) throw errors.notFound("Kommunen (kör npm run seed)");
    return municipality;
  }
}
