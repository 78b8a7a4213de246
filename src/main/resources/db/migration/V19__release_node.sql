-- The nodes running on this database and their release (release.ReleaseNodes): each node writes its
-- row at start and every minute after, and removes it when it stops. A node of another release seen
-- within the last minutes makes a start refuse: two releases must not share one database.
create table release_node (
    node_name        varchar(200) primary key,
    release_version  varchar(40)  not null,
    started_at       timestamp with time zone not null,
    last_seen        timestamp with time zone not null
);
