import { Dexie, type EntityTable, type Table } from 'dexie';
import type { AgreementRun, AuditEntry, DocumentTextPiece, Code, DataCoding, Dataset, DatasetRowPiece, Evaluation, Finding, Judgement, KeyMatch, Project, RatingScale, Recommendation, ReportSettings, Segment, DocumentRecord } from '../../../shared/domain';
import type { OriginalFileRecord, SettingRecord, UndoRecord } from './records';
import { DATABASE_NAME, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5, SCHEMA_V6, SCHEMA_V7, SCHEMA_V8, SCHEMA_V9, SCHEMA_V10, SCHEMA_V11, SCHEMA_V12, SCHEMA_V13, SCHEMA_V14, SCHEMA_V15 } from './schema';
import { upgradeToV2, upgradeToV4, upgradeToV5, upgradeToV6, upgradeToV7, upgradeToV8, upgradeToV9, upgradeToV10, upgradeToV11, upgradeToV12, upgradeToV13, upgradeToV14, upgradeToV15 } from './upgrades';

/** Document metadata as stored: the text model lives in documentTextPieces (documentTextStore.ts reads and writes it whole). */
export type { DocumentRecord };

export class SparbarDatabase extends Dexie {
  evaluations!: EntityTable<Evaluation, 'id'>;
  projects!: EntityTable<Project, 'id'>;
  documents!: EntityTable<DocumentRecord, 'id'>;
  documentTextPieces!: Table<DocumentTextPiece, [string, number]>;
  originals!: EntityTable<OriginalFileRecord, 'documentId'>;
  codes!: EntityTable<Code, 'id'>;
  segments!: EntityTable<Segment, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;
  datasets!: EntityTable<Dataset, 'id'>;
  /** A dataset's rows in pieces (schema v12): datasetRowStore.ts reads and writes them as rows. */
  datasetRowPieces!: Table<DatasetRowPiece, [string, number]>;
  keyMatches!: Table<KeyMatch, [string, string]>;
  dataCodings!: EntityTable<DataCoding, 'id'>;
  undoRecords!: EntityTable<UndoRecord, 'id'>;
  auditLog!: EntityTable<AuditEntry, 'id'>;
  ratingScales!: EntityTable<RatingScale, 'id'>;
  judgements!: EntityTable<Judgement, 'id'>;
  findings!: EntityTable<Finding, 'id'>;
  recommendations!: EntityTable<Recommendation, 'id'>;
  reportSettings!: EntityTable<ReportSettings, 'evaluationId'>;
  agreementRuns!: EntityTable<AgreementRun, 'id'>;

  constructor(name: string = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
    this.version(3).stores(SCHEMA_V3);
    this.version(4).stores(SCHEMA_V4).upgrade(upgradeToV4);
    this.version(5).stores(SCHEMA_V5).upgrade(upgradeToV5);
    this.version(6).stores(SCHEMA_V6).upgrade(upgradeToV6);
    this.version(7).stores(SCHEMA_V7).upgrade(upgradeToV7);
    this.version(8).stores(SCHEMA_V8).upgrade(upgradeToV8);
    this.version(9).stores(SCHEMA_V9).upgrade(upgradeToV9);
    this.version(10).stores(SCHEMA_V10).upgrade(upgradeToV10);
    this.version(11).stores(SCHEMA_V11).upgrade(upgradeToV11);
    this.version(12).stores(SCHEMA_V12).upgrade(upgradeToV12);
    this.version(13).stores(SCHEMA_V13).upgrade(upgradeToV13);
    this.version(14).stores(SCHEMA_V14).upgrade(upgradeToV14);
    this.version(15).stores(SCHEMA_V15).upgrade(upgradeToV15);
  }
}
