-- The SQL that module audit sends, one block per example of each query (src/modules/audit).
-- Generated: do not edit; run `npm run sql -w @kinerja/server` and commit the result.

-- agencyCodes (example 1 of 1)
select "id", "code"
from "agencies";

-- auditChainAgencies (example 1 of 1)
select distinct "agency_id"
from "audit_log";

-- auditChainPage (example 1 of 2)
select id::text as "id", agency_id::text as "agencyId", chain_seq::text as "chainSeq", to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as "at", actor_account_id::text as "actorAccountId", action, entity, entity_id as "entityId", data::text as "data", prev_hash as "prevHash", hash
from audit_log
where agency_id = $1 and chain_seq > $2
order by chain_seq
limit $3;

-- auditChainPage (example 2 of 2)
select id::text as "id", agency_id::text as "agencyId", chain_seq::text as "chainSeq", to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as "at", actor_account_id::text as "actorAccountId", action, entity, entity_id as "entityId", data::text as "data", prev_hash as "prevHash", hash
from audit_log
where agency_id is null and chain_seq > $1
order by chain_seq
limit $2;

-- auditCutCandidate (example 1 of 2)
select a.chain_seq::text as "throughSeq", a.hash as "throughHash", to_char(a.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as "throughAt", (
  select count(*)
  from audit_log c
  where agency_id = $1 and c.chain_seq <= a.chain_seq
)::text as "rows"
from audit_log a
where agency_id = $2 and a.chain_seq = least((
  select max(chain_seq)
  from audit_log
  where agency_id = $3 and at < $4
), (
  select min(chain_seq)
  from audit_log
  where agency_id = $5
) + $6 - 1) and a.chain_seq < (
  select max(chain_seq)
  from audit_log
  where agency_id = $7
);

-- auditCutCandidate (example 2 of 2)
select a.chain_seq::text as "throughSeq", a.hash as "throughHash", to_char(a.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as "throughAt", (
  select count(*)
  from audit_log c
  where agency_id is null and c.chain_seq <= a.chain_seq
)::text as "rows"
from audit_log a
where agency_id is null and a.chain_seq = least((
  select max(chain_seq)
  from audit_log
  where agency_id is null and at < $1
), (
  select min(chain_seq)
  from audit_log
  where agency_id is null
) + $2 - 1) and a.chain_seq < (
  select max(chain_seq)
  from audit_log
  where agency_id is null
);

-- checkpointsSignedWithOtherKeys (example 1 of 1)
select agency_id::text as "agencyId", through_seq::text as "throughSeq", through_hash as "throughHash", to_char(through_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as "throughAt", rows_cut::text as "rowsCut", key_id as "keyId", signature
from audit_checkpoints
where key_id <> $1
order by agency_id nulls first, through_seq
limit $2;

-- cutAuditChain (example 1 of 1)
select audit_log_cut($1::uuid, $2::bigint, $3, $4, $5)::text as cut;

-- insertAuditRow (example 1 of 1)
insert into "audit_log" ("agency_id", "actor_account_id", "action", "entity", "entity_id", "data")
values ($1, $2, $3, $4, $5, $6);

-- latestAuditCheckpoints (example 1 of 1)
select distinct on (agency_id) agency_id::text as "agencyId", through_seq::text as "throughSeq", through_hash as "throughHash", to_char(through_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as "throughAt", rows_cut::text as "rowsCut", key_id as "keyId", signature
from audit_checkpoints
order by agency_id, through_seq desc;

-- replaceCheckpointSignature (example 1 of 2)
update "audit_checkpoints"
set "key_id" = $1, "signature" = $2
where "agency_id" = $3 and through_seq::text = $4 and "signature" = $5;

-- replaceCheckpointSignature (example 2 of 2)
update "audit_checkpoints"
set "key_id" = $1, "signature" = $2
where "agency_id" is null and through_seq::text = $3 and "signature" = $4;
