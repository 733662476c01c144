import "reflect-metadata";
import fs from "node:fs/promises";
import path from "node:path";
import { printAppSchema } from "../app/schema";

/** `npm run schema`: writes the schema the API serves to schema/schema.graphql. */
async function run(): Promise<void> {
  const file = path.resolve(__dirname, "../../../schema/schema.graphql");
  await fs.writeFile(file, await printAppSchema());
  console.log(`Wrote ${path.relative(process.cwd(), file)}`);
}

run().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
