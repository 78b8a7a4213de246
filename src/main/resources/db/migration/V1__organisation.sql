-- The organisation as last loaded from the organisation file. Plans refer to units by id
-- without foreign keys, so that a reorganisation never rewrites a plan's history.
create table org_municipality (
    id          integer      not null primary key,
    name        varchar(200) not null
);

create table org_unit (
    id          varchar(64)  not null primary key,
    name        varchar(200) not null,
    kind        varchar(32)  not null,
    parent_id   varchar(64),
    position    integer      not null
);

create table org_person (
    id                varchar(64)  not null primary key,
    name              varchar(200) not null,
    email             varchar(200),
    unit_id           varchar(64),
    leadership_level  varchar(32),
    chief             boolean      not null,
    process_owner     boolean      not null,
    position          integer      not null
);

create table org_body (
    id          varchar(64)  not null primary key,
    name        varchar(200) not null,
    kind        varchar(32)  not null,
    unit_id     varchar(64),
    position    integer      not null
);

create table org_body_member (
    body_id     varchar(64)  not null references org_body (id),
    person_id   varchar(64)  not null,
    primary key (body_id, person_id)
);
