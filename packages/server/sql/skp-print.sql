-- The SQL that module skp-print sends, one block per example of each query (src/modules/skp-print).
-- Generated: do not edit; run `npm run sql -w @kinerja/server` and commit the result.

-- agencyHeading (example 1 of 1)
select "name", "time_zone"
from "agencies"
where "id" = $1;

-- approvedAt (example 1 of 1)
select max("at") as "at"
from "skp_events"
where "agency_id" = $1 and "skp_id" = $2 and "version" = $3 and "to_status" = $4;

-- rhkTexts (example 1 of 1)
select "r"."id", "r"."text", "r"."version", "s"."version_in_force"
from "skp_rhk" as "r"
inner join "skp" as "s" on "s"."agency_id" = "r"."agency_id" and "s"."id" = "r"."skp_id"
where "r"."agency_id" = $1 and "r"."id" in ($2)
order by "r"."id", case when "r"."version" = "s"."version_in_force" then 0 else 1 end, "r"."version" desc;
