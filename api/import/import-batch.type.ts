import "reflect-metadata";
import { Field, ID, Int, ObjectType } from "type-graphql";

/** One import of a file: who ran it, when, the file, the row counts, and whether it was undone. */
@ObjectType({ description: "En import av en fil: vem, när, filen, antalet rader och om den är ångrad" })
export class ImportBatch {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: "The file's name as uploaded" })
  fileName!: string;

  @Field(() => String, { description: "SHA-256 of the file, hex" })
  fileHash!: string;

  @Field(() => String, { nullable: true, description: "The sheet read (xlsx), null for CSV" })
  sheet!: string | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => String, { description: "Username of who ran the import" })
  createdBy!: string;

  @Field(() => String, { nullable: true, description: "Display name of who ran the import" })
  createdByName!: string | null;

  @Field(() => Int, { description: "Data rows in the file" })
  rowCount!: number;

  @Field(() => Int, { description: "Activities written" })
  insertedCount!: number;

  @Field(() => Int, { description: "Rows not written as they were already stored" })
  duplicateCount!: number;

  @Field(() => Int, { description: "Rows refused and not written" })
  refusedCount!: number;

  @Field(() => Int, { description: "The batch's activities not deleted (what an undo would delete)" })
  activeCount!: number;

  @Field(() => Date, { nullable: true, description: "When the batch was undone (null: not undone)" })
  undoneAt!: Date | null;

  @Field(() => String, { nullable: true, description: "Username of who undid the batch" })
  undoneBy!: string | null;
}

/** What undoing a batch did. */
@ObjectType({ description: "Vad en ångrad import gjorde" })
export class UndoImportBatchResult {
  @Field(() => ImportBatch)
  batch!: ImportBatch;

  @Field(() => Int, { description: "Activities deleted (restorable by ADMIN)" })
  deleted!: number;
}
