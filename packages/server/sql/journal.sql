-- The SQL that module journal sends, one block per example of each query (src/modules/journal).
-- Generated: do not edit; run `npm run sql -w @kinerja/server` and commit the result.

-- activeActivitiesOf (example 1 of 1)
select "code", "version", "name", "unit", "standard_minutes", "position_kinds", "agency_codes", "group_name"
from "activities"
where "version" = $1 and "active" = $2
order by "code";

-- allAgencyCodes (example 1 of 1)
select "code"
from "agencies";

-- deleteFavourite (example 1 of 1)
delete from "activity_favourites"
where "agency_id" = $1 and "employee_id" = $2 and "activity_code" = $3;

-- deleteSetOf (example 1 of 1)
delete from "activity_sets"
where "agency_id" = $1 and "employee_id" = $2 and "id" = $3;

-- favouriteCodes (example 1 of 1)
select "activity_code"
from "activity_favourites"
where "agency_id" = $1 and "employee_id" = $2
order by "created_at";

-- insertActivities (example 1 of 1)
insert into "activities" ("code", "version", "name", "unit", "standard_minutes", "position_kinds", "agency_codes", "group_name", "active")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9);

-- insertDictionaryVersion (example 1 of 1)
insert into "activity_dictionary_versions" ("version", "source", "item_count", "created_by")
values ($1, $2, $3, $4);

-- insertFavourite (example 1 of 1)
insert into "activity_favourites" ("agency_id", "employee_id", "activity_code")
values ($1, $2, $3)
on conflict ("agency_id", "employee_id", "activity_code")
do nothing;

-- latestDictionaryVersion (example 1 of 1)
select max("version") as "v"
from "activity_dictionary_versions";

-- recentActivityCodes (example 1 of 1)
select "activity_code", max("created_at") as "last_used"
from "journal_entries"
where "agency_id" = $1 and "employee_id" = $2 and "deleted_at" is null
group by "activity_code"
order by "last_used" desc
limit $3;

-- setOwner (example 1 of 1)
select "employee_id"
from "activity_sets"
where "agency_id" = $1 and "id" = $2;

-- setsOf (example 1 of 1)
select "id", "name", "items"
from "activity_sets"
where "agency_id" = $1 and "employee_id" = $2
order by "name";

-- upsertSet (example 1 of 1)
insert into "activity_sets" ("agency_id", "id", "employee_id", "name", "items")
values ($1, $2, $3, $4, $5)
on conflict ("agency_id", "id")
do update set "name" = $6, "items" = $7;
