-- dyads store schema (DuckDB). Offsets are [start, "end") characters into articles.text.
CREATE TABLE IF NOT EXISTS articles (
    id           VARCHAR PRIMARY KEY,
    title        VARCHAR,
    authors      VARCHAR[],
    date         DATE,
    publisher    VARCHAR,
    url          VARCHAR,
    source_path  VARCHAR,
    source_line  INTEGER,
    language     VARCHAR,
    metadata     JSON,
    text         VARCHAR,
    tone         DOUBLE,
    tone_positive DOUBLE,
    tone_negative DOUBLE,
    word_count   INTEGER,
    ingested_at  TIMESTAMP DEFAULT current_timestamp
);

CREATE TABLE IF NOT EXISTS sentences (
    article_id VARCHAR,
    idx        INTEGER,
    start      INTEGER,
    "end"      INTEGER,
    tone       DOUBLE
);

CREATE TABLE IF NOT EXISTS actors (
    article_id VARCHAR,
    idx        INTEGER,
    sentence   INTEGER,
    start      INTEGER,
    "end"      INTEGER,
    text       VARCHAR,
    country    VARCHAR,
    sector     VARCHAR,
    code       VARCHAR,
    name       VARCHAR,
    role       VARCHAR,
    kind       VARCHAR,
    confidence DOUBLE
);

-- One row per event record; several actors doing one thing stay one record (PLOVER).
-- source_* / target_* are parallel lists over the actor entities; the full entities are JSON.
CREATE TABLE IF NOT EXISTS events (
    id               VARCHAR PRIMARY KEY,
    article_id       VARCHAR,
    sentence         INTEGER,
    start            INTEGER,
    "end"            INTEGER,
    trigger          VARCHAR,
    date             DATE,
    type             VARCHAR,
    mode             VARCHAR,
    context          VARCHAR[],
    cameo            VARCHAR,
    quad_class       TINYINT,
    goldstein        DOUBLE,
    plover_score     DOUBLE,
    confidence       DOUBLE,
    negated          BOOLEAN,
    future           BOOLEAN,
    hypothetical     BOOLEAN,
    source_countries VARCHAR[],
    source_sectors   VARCHAR[],
    source_codes     VARCHAR[],
    target_countries VARCHAR[],
    target_sectors   VARCHAR[],
    target_codes     VARCHAR[],
    source           JSON,
    target           JSON,
    reported_by      JSON,
    source_spans     JSON,  -- argument phrases [[start, end], ...]
    target_spans     JSON,
    trust            DOUBLE  -- chance a coder would call the record right (dyads.event_trust)
);

-- CAMEO 01 statements ("expressed concern over", "claimed responsibility for"): PLOVER has no
-- type for them, so they are kept apart from events, in the same columns (type is STATEMENT;
-- mode, context and plover_score stay empty; quad_class is 1).
CREATE TABLE IF NOT EXISTS statements AS SELECT * FROM events WHERE FALSE;

CREATE TABLE IF NOT EXISTS quotes (
    id              VARCHAR PRIMARY KEY,
    article_id      VARCHAR,
    sentence        INTEGER,
    start           INTEGER,
    "end"           INTEGER,
    text            VARCHAR,
    cue             VARCHAR,
    direct          BOOLEAN,
    speaker_text    VARCHAR,
    speaker_name    VARCHAR,
    speaker_country VARCHAR,
    speaker_sector  VARCHAR,
    speaker         JSON
);

CREATE TABLE IF NOT EXISTS figures (
    id         VARCHAR PRIMARY KEY,
    article_id VARCHAR,
    sentence   INTEGER,
    start      INTEGER,
    "end"      INTEGER,
    text       VARCHAR,
    kind       VARCHAR,
    value      DOUBLE,
    low        DOUBLE,
    high       DOUBLE,
    unit       VARCHAR,
    counts     VARCHAR,
    event_id   VARCHAR,
    actor      JSON
);

CREATE TABLE IF NOT EXISTS rejected (
    source      VARCHAR,
    line        INTEGER,
    reason      VARCHAR,
    rejected_at TIMESTAMP DEFAULT current_timestamp
);

-- Dyads: every (source actor, target actor) pair of every event, for analysis.
-- An event with no target gives no dyad.
CREATE OR REPLACE VIEW event_dyads AS
WITH src AS (
    SELECT e.*, UNNEST(e.source_countries) AS source_country, UNNEST(e.source_sectors) AS source_sector,
           UNNEST(e.source_codes) AS source_code
    FROM events e
)
SELECT src.id AS event_id, src.article_id, src.date, src.type, src.mode, src.cameo, src.quad_class,
       src.goldstein, src.plover_score, src.negated, src.future, src.hypothetical, src.trust,
       src.source_country, src.source_sector, src.source_code,
       UNNEST(src.target_countries) AS target_country, UNNEST(src.target_sectors) AS target_sector,
       UNNEST(src.target_codes) AS target_code
FROM src;
