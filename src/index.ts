/**
 * customer-energy: the runtime-agnostic core (no `node:*` imports; runs in Node, Deno, Bun and
 * browsers). Node-only parts (CSV streams, worker threads, files) are in `customer-energy/node`.
 *
 * This file only re-exports. Each area owns its block below.
 */

// -- foundation
export * from './errors';
export { DataIssueSchema, type DataIssue } from './issues';
export { CustomerIdSchema, type CustomerId, idKey } from './ids';
export { createRng, type Rng } from './random/createRng';
export { seedToUint32, type Seed } from './random/seedToUint32';

// -- text
export { TRAITS, EMOTIONS, type Trait, type Emotion } from './text/traits';
export type { LanguagePack, LexiconEntry } from './text/languagePack';
export {
  TextReadingSchema,
  EvidenceSchema,
  TraitScoresSchema,
  EmotionScoresSchema,
  EVIDENCE_RULES,
  type TextReading,
  type Evidence,
  type EvidenceRule,
} from './text/schema';
export { scoreText, type ScoreTextOptions, type WordsOption, type WordValue } from './text/scoreText';
export { detectLanguage, type DetectLanguageOptions } from './text/detectLanguage';
export { TEXT_DEFAULTS } from './text/defaults';
export { enPack } from './text/lang/en/index';
export { zhPack } from './text/lang/zh/index';
export { itPack } from './text/lang/it/index';
// -- /text

// -- customers (behaviour, energy)
export {
  CustomerEventSchema,
  BuiltInEventSchema,
  CustomEventSchema,
  CustomerProfileSchema,
  TimeSchema,
  RecordIdSchema,
  EVENT_KINDS,
  COMMUNITY_ROLES,
  type CustomerEvent,
  type BuiltInEvent,
  type CustomEvent,
  type CustomerProfile,
  type TimeInput,
  type EventKind,
  type CommunityRole,
} from './behaviour/schema';
export { BEHAVIOUR_DEFAULTS, type BehaviourDefaults } from './behaviour/defaults';
export { BEHAVIOUR_TRAITS, type TraitProfile } from './behaviour/traitProfiles';
export { responseWeight } from './behaviour/responseWeight';
export { expectationGapWeight } from './behaviour/expectationGapWeight';
export { parseTime } from './behaviour/parseTime';
export { ENERGY_DEFAULTS, type EnergyDefaults } from './energy/defaults';
export { EnergyReadingSchema, ContributionSchema, type EnergyReading, type Contribution } from './energy/schema';
export { ScoreStatsSchema, type ScoreStats } from './energy/statsSchema';
export {
  SegmentSummarySchema,
  SegmentCustomerSchema,
  TrendPointSchema,
  type SegmentSummary,
  type TrendPoint,
} from './energy/segmentSchema';
export type { ScoreCustomersOptions } from './energy/resolveScoreOptions';
export { scoreCustomers, type ScoreCustomersInput, type ScoreCustomersResult } from './energy/scoreCustomers';
export {
  createCustomerScorer,
  type CustomerScorer,
  type CustomerScorerOptions,
  type CustomerScorerResult,
} from './energy/createCustomerScorer';
export { summariseSegments, type SummariseSegmentsOptions } from './energy/summariseSegments';
export { energyTrend, type EnergyTrendOptions } from './energy/energyTrend';
// -- /customers

// -- graph
export { TIE_KINDS, RelationshipEdgeSchema, type RelationshipEdge, type TieKind } from './graph/schema';
export { TIE_DEFAULTS, type TieDefaults } from './graph/defaults';
export { CompactGraph, type CompactGraphArrays } from './graph/CompactGraph';
export {
  buildGraph,
  type BuildGraphOptions,
  type BuildGraphResult,
  type BuildGraphStats,
} from './graph/buildGraph';
export { fromGraphology, type FromGraphologyOptions } from './graph/fromGraphology';
export { toGraphology, type ToGraphologyOptions } from './graph/toGraphology';
export type { GraphologyLike, GraphologyWritable, GraphologyConstructor } from './graph/graphologyLike';
// -- /graph

// -- spread
export { SPREAD_DEFAULTS, type SpreadDefaults } from './spread/defaults';
export {
  SPREAD_MODELS,
  SpreadOriginSchema,
  SpreadPopulationSchema,
  SpreadIncentiveSchema,
  SimulateSpreadOptionsSchema,
  EstimateSchema,
  SpreadResultSchema,
  type SpreadModel,
  type SpreadOrigin,
  type SimulateSpreadOptions,
  type Estimate,
  type SpreadResult,
} from './spread/schema';
export { arcChance } from './spread/arcChance';
export { senderFactor, type SenderFactorKnobs } from './spread/senderFactor';
export { simulateSpread } from './spread/simulateSpread';
// -- /spread

// -- strategy
export { PICK_SEEDS_DEFAULTS, PICK_WIN_BACKS_DEFAULTS, COMPARE_SCENARIOS_DEFAULTS } from './strategy/defaults';
export {
  PickSeedsOptionsSchema,
  PickSeedsResultSchema,
  IntervalEstimateSchema,
  type PickSeedsOptions,
  type PickSeedsResult,
  type IntervalEstimate,
} from './strategy/schema';
export { pickSeeds } from './strategy/pickSeeds';
export {
  WinBackReadingSchema,
  PickWinBacksOptionsSchema,
  PickWinBacksResultSchema,
  type WinBackReading,
  type PickWinBacksOptions,
  type PickWinBacksResult,
} from './strategy/winBacksSchema';
export { pickWinBacks } from './strategy/pickWinBacks';
export {
  ScenarioSchema,
  CompareScenariosOptionsSchema,
  CompareScenariosResultSchema,
  type Scenario,
  type CompareScenariosOptions,
  type CompareScenariosResult,
} from './strategy/scenarioSchema';
export { compareScenarios } from './strategy/compareScenarios';
// -- /strategy

// -- export (CSV escaping, GEXF/GraphML, JSON Schema)
export { escapeCsvCell, type EscapeCsvCellOptions } from './export/escapeCsvCell';
export { formatCsvRow, type FormatCsvRowOptions } from './export/formatCsvRow';
export { toNdjson, type ToNdjsonOptions } from './export/toNdjson';
export { toGexf } from './export/toGexf';
export { toGraphml } from './export/toGraphml';
export type { GraphExportOptions, ReadingLike } from './export/graphAttributes';
export { resultJsonSchema, type JsonSchema } from './export/resultJsonSchema';
export { RESULT_SCHEMAS, type ResultName } from './export/resultSchemas';
export {
  CsvRowResultSchema,
  CsvSummarySchema,
  CSV_ROLES,
  type CsvRowResult,
  type CsvSummary,
  type CsvRole,
} from './export/csvResultSchemas';
export { CsvInteractionSchema, type CsvInteraction } from './export/csvInteractionSchema';
// -- /export
