-- The SQL that module auth sends, one block per example of each query (src/modules/auth).
-- Generated: do not edit; run `npm run sql -w @kinerja/server` and commit the result.

-- accountForLogin (example 1 of 1)
select "id", "agency_id", "password_hash", "failed_attempts", "locked_until", "active"
from "accounts"
where "nip" = $1;

-- accountPasswordHash (example 1 of 1)
select "password_hash"
from "accounts"
where "id" = $1;

-- clearLoginFailures (example 1 of 1)
update "accounts"
set "failed_attempts" = $1, "locked_until" = $2
where "id" = $3;

-- deleteAccountSession (example 1 of 1)
delete from "sessions"
where "account_id" = $1 and "id" = $2;

-- deleteAccountSessions (example 1 of 2)
delete from "sessions"
where "account_id" = $1;

-- deleteAccountSessions (example 2 of 2)
delete from "sessions"
where "account_id" = $1 and "token_hash" <> $2;

-- deleteSessionRow (example 1 of 1)
delete from "sessions"
where "token_hash" = $1;

-- insertSession (example 1 of 1)
insert into "sessions" ("id", "token_hash", "account_id", "csrf_token", "created_at", "last_seen_at", "expires_at", "ip", "user_agent")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9);

-- sessionWithAccount (example 1 of 1)
select "s"."token_hash", "s"."id" as "session_id", "s"."csrf_token", "s"."expires_at", "s"."last_seen_at", "a"."id" as "account_id", "a"."nip", "a"."role", "a"."agency_id", "a"."employee_id", "a"."must_change_password", "a"."active"
from "sessions" as "s"
inner join "accounts" as "a" on "a"."id" = "s"."account_id"
where "s"."token_hash" = $1;

-- sessionsOfAccount (example 1 of 1)
select "id", "token_hash", "created_at", "last_seen_at", "ip", "user_agent"
from "sessions"
where "account_id" = $1 and "expires_at" > $2
order by "last_seen_at" desc, "id";

-- setLoginFailures (example 1 of 1)
update "accounts"
set "failed_attempts" = $1, "locked_until" = $2, "updated_at" = $3
where "id" = $4;

-- setOwnPassword (example 1 of 1)
update "accounts"
set "password_hash" = $1, "must_change_password" = $2, "password_changed_at" = $3, "updated_at" = $4
where "id" = $5;

-- touchSessionRow (example 1 of 1)
update "sessions"
set "last_seen_at" = $1
where "token_hash" = $2;
