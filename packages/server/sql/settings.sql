-- The SQL that module settings sends, one block per example of each query (src/modules/settings).
-- Generated: do not edit; run `npm run sql -w @kinerja/server` and commit the result.

-- agencyTimeZone (example 1 of 1)
select "time_zone"
from "agencies"
where "id" = $1;

-- lockAgencyForSettingsChange (example 1 of 1)
select "time_zone"
from "agencies"
where "id" = $1
for update;

-- saveSettingsVersion (example 1 of 1)
insert into "agency_settings_versions" ("agency_id", "effective_from", "settings", "created_at", "created_by_account_id", "note")
values ($1, $2, $3, $4, $5, $6)
on conflict ("agency_id", "effective_from")
do update set "settings" = $7, "created_at" = $8, "created_by_account_id" = $9, "note" = $10;

-- settingsVersionsOf (example 1 of 1)
select "effective_from", "settings", "created_at", "created_by_account_id", "note"
from "agency_settings_versions"
where "agency_id" = $1
order by "effective_from";
