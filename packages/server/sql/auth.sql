-- The SQL that module auth sends, one block per example of each query (src/modules/auth).
-- Generated: do not edit; run `npm run sql -w @kinerja/server` and commit the result.

-- acceptTotpStep (example 1 of 1)
update "account_totp"
set "last_step" = $1, "failed_attempts" = $2
where "account_id" = $3 and ("last_step" is null or "last_step" < $4);

-- accountByNip (example 1 of 1)
select "id", "agency_id", "active"
from "accounts"
where "nip" = $1
for update;

-- accountForLogin (example 1 of 1)
select "a"."id", "a"."agency_id", "a"."password_hash", "a"."failed_attempts", "a"."locked_until", "a"."active", "a"."role", "a"."two_factor_exempt", "a"."must_change_password", "a"."temporary_password_expires_at", "t"."enabled_at" as "totp_enabled_at"
from "accounts" as "a"
left join "account_totp" as "t" on "t"."account_id" = "a"."id"
where "a"."nip" = $1;

-- accountPasswordHash (example 1 of 1)
select "password_hash"
from "accounts"
where "id" = $1;

-- clearLoginFailures (example 1 of 1)
update "accounts"
set "failed_attempts" = $1, "locked_until" = $2
where "id" = $3;

-- countUnusedRecoveryCodes (example 1 of 1)
select count(*) as "n"
from "recovery_codes"
where "account_id" = $1 and "used_at" is null;

-- deleteAccountSession (example 1 of 1)
delete from "sessions"
where "account_id" = $1 and "id" = $2;

-- deleteAccountSessions (example 1 of 2)
delete from "sessions"
where "account_id" = $1;

-- deleteAccountSessions (example 2 of 2)
delete from "sessions"
where "account_id" = $1 and "token_hash" <> $2;

-- deleteEndedSessions (example 1 of 1)
delete from "sessions"
where ("expires_at" <= $1 or "last_seen_at" <= $2);

-- deleteSessionRow (example 1 of 1)
delete from "sessions"
where "token_hash" = $1;

-- deleteTwoFactor (example 1 of 1)
delete from "recovery_codes"
where "account_id" = $1;
delete from "account_totp"
where "account_id" = $1;

-- enableTotp (example 1 of 1)
update "account_totp"
set "secret" = $1, "enabled_at" = $2, "last_step" = $3, "failed_attempts" = $4, "pending_secret" = $5, "pending_until" = $6
where "account_id" = $7;

-- insertSession (example 1 of 1)
insert into "sessions" ("id", "token_hash", "account_id", "csrf_token", "created_at", "last_seen_at", "expires_at", "ip", "user_agent", "second_factor")
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10);

-- replaceRecoveryCodes (example 1 of 1)
delete from "recovery_codes"
where "account_id" = $1;
insert into "recovery_codes" ("id", "account_id", "code_hash", "created_at", "used_at")
values ($1, $2, $3, $4, $5);

-- replaceSealedTotp (example 1 of 2)
update "account_totp"
set "secret" = $1
where "account_id" = $2 and "secret" = $3;

-- replaceSealedTotp (example 2 of 2)
update "account_totp"
set "pending_secret" = $1
where "account_id" = $2 and "pending_secret" = $3;

-- sessionWithAccount (example 1 of 1)
select "s"."token_hash", "s"."id" as "session_id", "s"."csrf_token", "s"."expires_at", "s"."last_seen_at", "s"."created_at", "s"."second_factor", "a"."id" as "account_id", "a"."nip", "a"."role", "a"."agency_id", "a"."employee_id", "a"."must_change_password", "a"."temporary_password_expires_at", "a"."active"
from "sessions" as "s"
inner join "accounts" as "a" on "a"."id" = "s"."account_id"
where "s"."token_hash" = $1;

-- sessionsOfAccount (example 1 of 1)
select "id", "token_hash", "created_at", "last_seen_at", "ip", "user_agent"
from "sessions"
where "account_id" = $1 and "expires_at" > $2
order by "last_seen_at" desc, "id";

-- setAccountActive (example 1 of 1)
update "accounts"
set "active" = $1, "updated_at" = $2
where "id" = $3;

-- setLoginFailures (example 1 of 1)
update "accounts"
set "failed_attempts" = $1, "locked_until" = $2, "updated_at" = $3
where "id" = $4;

-- setOwnPassword (example 1 of 1)
update "accounts"
set "password_hash" = $1, "must_change_password" = $2, "temporary_password_expires_at" = $3, "password_changed_at" = $4, "updated_at" = $5
where "id" = $6;

-- setPendingTotp (example 1 of 1)
insert into "account_totp" ("account_id", "secret", "enabled_at", "last_step", "pending_secret", "pending_until")
values ($1, $2, $3, $4, $5, $6)
on conflict ("account_id")
do update set "pending_secret" = $7, "pending_until" = $8;

-- setTotpFailures (example 1 of 1)
update "account_totp"
set "failed_attempts" = $1
where "account_id" = $2;

-- totpSealedUnderOtherKeys (example 1 of 1)
select "account_id", "secret", "pending_secret"
from "account_totp"
where "account_id" > $1 and (("secret" is not null and split_part("secret", $2, $3) <> $4) or ("pending_secret" is not null and split_part("pending_secret", $5, $6) <> $7))
order by "account_id"
limit $8;

-- touchSessionRow (example 1 of 1)
update "sessions"
set "last_seen_at" = $1
where "token_hash" = $2;

-- twoFactorOfAccount (example 1 of 1)
select "a"."id", "a"."nip", "a"."role", "a"."agency_id", "a"."two_factor_exempt", "a"."locked_until", "t"."secret", "t"."enabled_at", "t"."last_step", "t"."failed_attempts", "t"."pending_secret", "t"."pending_until"
from "accounts" as "a"
left join "account_totp" as "t" on "t"."account_id" = "a"."id"
where "a"."id" = $1;

-- unusedRecoveryCodes (example 1 of 1)
select "id", "code_hash"
from "recovery_codes"
where "account_id" = $1 and "used_at" is null
order by "id";

-- useRecoveryCode (example 1 of 1)
update "recovery_codes"
set "used_at" = $1
where "id" = $2 and "used_at" is null;
