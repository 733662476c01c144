import { Arg, Authorized, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import type { AuthUser } from "../common/context.type";
import { CurrentUser } from "../common/current-user";
import { parseId } from "../common/parse-id";
import { ImportBatch, UndoImportBatchResult } from "./import-batch.type";
import { ImportBatchService } from "./import-batch.service";
import { IMPORTER_ROLES } from "../../domain/import";

/** The import batches: listed and undone here; files go in through POST /import/activities. */
@Authorized(...IMPORTER_ROLES)
@Resolver(() => ImportBatch)
export class ImportResolver {
  constructor(private readonly batches: ImportBatchService) {}

  @Query(() => [ImportBatch], { description: "Import batches, newest first: ADMIN sees every batch, POLICE and MUNICIPALITY their own" })
  importBatches(@Arg("first", () => Int, { nullable: true }) first: number | null, @CurrentUser() user: AuthUser): Promise<ImportBatch[]> {
    return this.batches.list(user, first);
  }

  @Mutation(() => UndoImportBatchResult, { description: "Undoes an import as a whole: its activities are deleted (restorable by ADMIN). Its creator or ADMIN; once" })
  undoImportBatch(@Arg("id", () => ID) id: string, @CurrentUser() user: AuthUser): Promise<UndoImportBatchResult> {
    return this.batches.undo(user, parseId(id, "Importen"));
  }
}
