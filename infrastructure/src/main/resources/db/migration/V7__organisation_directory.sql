-- The platform's directory: organisations, their users and auditor assignments, as the events of each
-- organisation's register left them. Written on the write side, in the transaction of the command
-- whose events it follows (docs/adr/0008-directory-on-the-write-side.md); sign-in reads it.
CREATE TABLE organisation (
    organisation_id uuid         NOT NULL,
    name            varchar(200) NOT NULL,
    role            varchar(16)  NOT NULL,
    industry_code   varchar(5),
    CONSTRAINT organisation_pk PRIMARY KEY (organisation_id)
);

-- A username is unique on the whole platform: it is how a person signs in.
CREATE TABLE platform_user (
    username        varchar(64)  NOT NULL,
    organisation_id uuid         NOT NULL,
    person_name     varchar(200) NOT NULL,
    role            varchar(16)  NOT NULL,
    enabled         boolean      NOT NULL,
    CONSTRAINT platform_user_pk PRIMARY KEY (username),
    CONSTRAINT platform_user_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (organisation_id)
);
CREATE INDEX platform_user_organisation_ix ON platform_user (organisation_id);

-- An audit firm assigned to an organisation sees what that organisation is party to.
CREATE TABLE auditor_assignment (
    auditor_id      uuid NOT NULL,
    audited_id      uuid NOT NULL,
    CONSTRAINT auditor_assignment_pk PRIMARY KEY (auditor_id, audited_id),
    CONSTRAINT auditor_assignment_audited_fk FOREIGN KEY (audited_id) REFERENCES organisation (organisation_id)
);

-- Password hashes in Spring Security's encoded form ({bcrypt}...): never in an event, never logged.
CREATE TABLE user_credential (
    username        varchar(64)  NOT NULL,
    password_hash   varchar(255) NOT NULL,
    CONSTRAINT user_credential_pk PRIMARY KEY (username),
    CONSTRAINT user_credential_user_fk FOREIGN KEY (username) REFERENCES platform_user (username)
);
