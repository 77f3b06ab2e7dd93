-- Failed sign-ins per e-mail address as typed (lower case), whether or not an account has it,
-- so that a refusal says nothing about which accounts exist. One row per address, changed by
-- single UPDATE statements, so that instances counting at once never lose a failure:
-- failures counts those since window_start; locked_until is set when the fifth falls within
-- the window.
CREATE TABLE sign_in_attempt (
    email        VARCHAR(320) PRIMARY KEY,
    failures     INTEGER      NOT NULL,
    window_start TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until TIMESTAMP WITH TIME ZONE
);
