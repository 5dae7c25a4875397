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

-- insertAuditRow (example 1 of 1)
insert into "audit_log" ("agency_id", "actor_account_id", "action", "entity", "entity_id", "data")
values ($1, $2, $3, $4, $5, $6);
