/**
 * TODO(issue 14): the benchmark split. The audit log's SQL lives in audit.repository.ts; this re-export
 * only keeps the benchmark module's `../audit/audit` imports working until that split lands.
 */
export { type AuditEntry, writeAudit, writeAuditRows } from './audit.repository';
