import "reflect-metadata";
import fs from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { printAppSchema } from "../../api/app/schema";

describe("schema/schema.graphql", () => {
  it("is exactly the schema the code builds (run `npm run schema` after changing the API)", async () => {
    const committed = await fs.readFile(path.resolve(__dirname, "../../schema/schema.graphql"), "utf8");
    expect(await printAppSchema()).toBe(committed);
  });
});
