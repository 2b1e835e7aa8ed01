/** Types the interchange components use, re-exported from the model (components never import storage/). */
export type { BackupProblem, ImportTarget, MatchReason, RowError, RowErrorReason } from '../../../models/interchange';
import type { FileProblem } from '../../../models/interchange';
export type FileProblemLike = FileProblem;
