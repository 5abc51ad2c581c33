-- dateline store schema, reviewed as data.
-- Each migration starts with a line "-- migration: N" and runs once, in order, in one
-- transaction; PRAGMA user_version records the last one applied. Never edit an applied
-- migration: append a new one.

-- migration: 1
CREATE TABLE documents (
    doc_id          TEXT PRIMARY KEY,
    path            TEXT NOT NULL,
    url             TEXT,
    record          TEXT,
    title           TEXT,
    site            TEXT,
    published       TEXT,
    published_from  TEXT,
    byline          TEXT NOT NULL DEFAULT '[]',   -- JSON list
    body            TEXT NOT NULL,
    captions        TEXT NOT NULL DEFAULT '[]',   -- JSON list
    removed         TEXT NOT NULL DEFAULT '[]',   -- JSON list of [start_line, end_line, reason]
    ingested_at     TEXT NOT NULL
);
CREATE INDEX documents_published ON documents(published);

-- One row per entity of one document; global_id is set by cross-document resolution.
CREATE TABLE entities (
    doc_id      TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    local_id    TEXT NOT NULL,
    type        TEXT NOT NULL,
    name        TEXT NOT NULL,
    aliases     TEXT NOT NULL DEFAULT '[]',       -- JSON list
    country     TEXT,
    global_id   TEXT NOT NULL,
    PRIMARY KEY (doc_id, local_id)
);
CREATE INDEX entities_global ON entities(global_id);
CREATE INDEX entities_type ON entities(type, name);
CREATE INDEX entities_country ON entities(country);

CREATE TABLE mentions (
    doc_id      TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    local_id    TEXT NOT NULL,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    place       TEXT NOT NULL DEFAULT 'body',     -- body | caption
    caption     INTEGER
);
CREATE INDEX mentions_doc ON mentions(doc_id, local_id);

CREATE TABLE positions (
    doc_id      TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,                 -- order within the document
    person      TEXT NOT NULL,                    -- entities.local_id
    title       TEXT NOT NULL,
    title_text  TEXT NOT NULL,
    country     TEXT,
    org         TEXT,
    start       TEXT,                             -- JSON interval or NULL
    "end"       TEXT,                             -- JSON interval or NULL
    as_of       TEXT,
    ev_text     TEXT NOT NULL,
    ev_start    INTEGER NOT NULL,
    ev_end      INTEGER NOT NULL,
    ev_place    TEXT NOT NULL DEFAULT 'body',
    ev_caption  INTEGER,
    PRIMARY KEY (doc_id, seq)
);
CREATE INDEX positions_person ON positions(doc_id, person);

CREATE TABLE events (
    doc_id      TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    local_id    TEXT NOT NULL,
    type        TEXT NOT NULL,
    mode        TEXT,
    modality    TEXT NOT NULL,
    date_start  TEXT,
    date_end    TEXT,
    date_text   TEXT,
    granularity TEXT,
    location    TEXT,                             -- entities.local_id
    attribution TEXT,                             -- entities.local_id
    trigger     TEXT,
    occurrence  TEXT,                             -- set by cross-document resolution
    ev_text     TEXT NOT NULL,
    ev_start    INTEGER NOT NULL,
    ev_end      INTEGER NOT NULL,
    ev_place    TEXT NOT NULL DEFAULT 'body',
    ev_caption  INTEGER,
    PRIMARY KEY (doc_id, local_id)
);
CREATE INDEX events_type ON events(type);
CREATE INDEX events_date ON events(date_start);
CREATE INDEX events_occurrence ON events(occurrence);

CREATE TABLE event_actors (
    doc_id      TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    event_id    TEXT NOT NULL,                    -- events.local_id
    role        TEXT NOT NULL,                    -- source | target | participant
    entity      TEXT NOT NULL,                    -- entities.local_id
    PRIMARY KEY (doc_id, event_id, role, entity)
);
CREATE INDEX event_actors_entity ON event_actors(doc_id, entity);

-- Inputs that yielded no document, keyed by where they came from; cleared when they later succeed.
CREATE TABLE failures (
    path        TEXT NOT NULL,
    record      TEXT NOT NULL DEFAULT '',
    url         TEXT,
    error       TEXT NOT NULL,
    failed_at   TEXT NOT NULL,
    PRIMARY KEY (path, record)
);

-- Full-text index; its rowid is the documents row's rowid, so replacing a document
-- deletes its index row by rowid (a lookup, not a scan of the index).
CREATE VIRTUAL TABLE documents_fts USING fts5(
    doc_id UNINDEXED, title, body, tokenize = 'unicode61 remove_diacritics 2'
);

-- Input files already ingested (absolute path, size, mtime), written in the same transaction
-- as their documents, so a resumed run skips exactly the files that were committed.
CREATE TABLE inputs (
    path        TEXT PRIMARY KEY,
    size        INTEGER NOT NULL,
    mtime_ns    INTEGER NOT NULL,
    documents   INTEGER NOT NULL,                 -- documents of the batch it was committed in
    failures    INTEGER NOT NULL,                 -- failures of that batch
    ingested_at TEXT NOT NULL
);

-- migration: 2
-- Covering index for listing people (GROUP BY global_id over one type) and for dossiers.
CREATE INDEX entities_type_global ON entities(type, global_id, doc_id);

-- migration: 3
-- Events get a sort key (their start date, else the article's publication date; '~' sorts
-- undated events last) so timelines walk an index in date order and stop at their limit.
ALTER TABLE events ADD COLUMN sort_date TEXT NOT NULL DEFAULT '~';
UPDATE events SET sort_date = coalesce(
    date_start, (SELECT published FROM documents d WHERE d.doc_id = events.doc_id), '~');
CREATE INDEX events_sort ON events(sort_date, doc_id, local_id);
CREATE INDEX events_type_sort ON events(type, sort_date, doc_id, local_id);

-- migration: 4
-- The graph's edges: one row per pair of actors (people by global id, states as c:ISO3) of
-- one event, rebuilt by cross-document linking after each ingest (store/linking.py).
CREATE TABLE event_links (
    doc_id      TEXT NOT NULL,
    event_id    TEXT NOT NULL,
    type        TEXT NOT NULL,
    sort_date   TEXT NOT NULL,
    date_end    TEXT,
    source      TEXT NOT NULL,
    target      TEXT NOT NULL
);
CREATE INDEX event_links_doc ON event_links(doc_id);
CREATE INDEX event_links_sort ON event_links(sort_date);
CREATE INDEX event_links_type ON event_links(type, sort_date);

-- migration: 5
-- Each document's language (ISO 639-1, clean/language.py) and the coded warnings it was
-- stored with (W001: not in the language the annotation models read), a JSON list.
ALTER TABLE documents ADD COLUMN language TEXT;
ALTER TABLE documents ADD COLUMN warnings TEXT NOT NULL DEFAULT '[]';

-- migration: 6
-- Search finds a word's other forms: the index is rebuilt with FTS5's porter stemmer over
-- unicode61 ("ambassadors" finds "ambassador", "treaties" finds "treaty"). Same columns and
-- rowids (the documents rows'), so writes and searches are unchanged.
DROP TABLE documents_fts;
CREATE VIRTUAL TABLE documents_fts USING fts5(
    doc_id UNINDEXED, title, body, tokenize = 'porter unicode61 remove_diacritics 2'
);
INSERT INTO documents_fts (rowid, doc_id, title, body)
    SELECT rowid, doc_id, coalesce(title, ''), body FROM documents;

-- migration: 7
-- Documents by source: storing an edited page retires the document its path and record held
-- before (issue 16, item 8), a lookup rather than a scan of every document.
CREATE INDEX IF NOT EXISTS documents_source ON documents(path, record);

-- migration: 8
-- A person's country the story's context only suggests (Entity.country_guess, issue 14): kept
-- apart from the stated one, so linking people across runs ignores it, and the people list and
-- dossiers show it only when no stored document states the person's country. Rows stored before
-- carry none (their guesses, if any, were stored as stated: ingest again to separate them).
ALTER TABLE entities ADD COLUMN country_guess TEXT;
