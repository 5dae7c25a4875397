-- The SQL that module retention sends, one block per example of each query (src/modules/retention).
-- Generated: do not edit; run `npm run sql -w @kinerja/server` and commit the result.

-- deletePunchesBefore (example 1 of 1)
delete from "attendance_punches"
where "at" < $1;
