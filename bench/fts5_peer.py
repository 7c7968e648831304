#!/usr/bin/env python3
"""The SQLite FTS5 peer of the search benchmark.

Builds an FTS5 index (title + body text, porter stemming) over the items of a Communiqué
database, then answers the benchmark query the way a site built on FTS5 would: MATCH on the
words, the two filters as joins on the item's terms, the top 10 by bm25, and four facet
counts (type, source, country, year) with GROUP BY over the matching items.

    bench/fts5_peer.py DATA_DIR [--words "training"] [--runs 200]

The FTS5 database is written beside the data (DATA_DIR/fts5-peer.db) and reused.
"""
import argparse
import os
import re
import sqlite3
import statistics
import time

TAG = re.compile(r"<[^>]+>")


def build(src, dst):
    if os.path.exists(dst):
        return
    started = time.time()
    out = sqlite3.connect(dst + ".tmp")
    out.executescript(
        """
        PRAGMA journal_mode = OFF;
        PRAGMA synchronous = OFF;
        CREATE TABLE items (id INTEGER PRIMARY KEY, item_type TEXT, year INTEGER, published_at INTEGER);
        CREATE TABLE terms (item_id INTEGER, kind TEXT, slug TEXT);
        CREATE VIRTUAL TABLE fts USING fts5(title, body, tokenize = 'porter unicode61');
        """
    )
    db = sqlite3.connect(f"file:{src}?mode=ro", uri=True)
    rows = db.execute("SELECT id, item_type, published_at, title, body_html FROM items")
    batch = []
    for id_, typ, published, title, body in rows:
        year = time.gmtime(published / 1e6).tm_year
        batch.append((id_, typ, year, published, title, TAG.sub(" ", body)))
        if len(batch) == 10000:
            flush(out, batch)
            batch = []
    flush(out, batch)
    out.executemany(
        "INSERT INTO terms VALUES (?, ?, ?)",
        db.execute("SELECT item_id, kind, slug FROM item_terms"),
    )
    out.executescript(
        """
        CREATE INDEX terms_by_item ON terms (item_id, kind, slug);
        CREATE INDEX terms_by_slug ON terms (kind, slug, item_id);
        """
    )
    out.commit()
    out.close()
    os.rename(dst + ".tmp", dst)
    print(f"fts5 index built in {time.time() - started:.1f} s, {os.path.getsize(dst) / 1e6:.0f} MB")


def flush(out, batch):
    out.executemany("INSERT INTO items VALUES (?, ?, ?, ?)", [(b[0], b[1], b[2], b[3]) for b in batch])
    out.executemany("INSERT INTO fts (rowid, title, body) VALUES (?, ?, ?)", [(b[0], b[4], b[5]) for b in batch])


QUERY_HITS = """
    INSERT INTO hits (id, score)
    SELECT m.id, m.score
    FROM (SELECT rowid AS id, bm25(fts, 3.0, 1.0) AS score FROM fts WHERE fts MATCH ?) AS m
    JOIN items i ON i.id = m.id
    WHERE i.item_type = ?
      AND EXISTS (SELECT 1 FROM terms t WHERE t.item_id = m.id AND t.kind = 'f' AND t.slug = ?)
"""
FACETS = {
    "type": "SELECT i.item_type, COUNT(*) FROM hits h JOIN items i ON i.id = h.id GROUP BY 1 ORDER BY 2 DESC",
    "year": "SELECT i.year, COUNT(*) FROM hits h JOIN items i ON i.id = h.id GROUP BY 1 ORDER BY 2 DESC",
    "source": "SELECT t.slug, COUNT(*) FROM hits h JOIN terms t ON t.item_id = h.id AND t.kind = 's' GROUP BY 1 ORDER BY 2 DESC",
    "country": "SELECT t.slug, COUNT(*) FROM hits h JOIN terms t ON t.item_id = h.id AND t.kind = 'c' GROUP BY 1 ORDER BY 2 DESC",
}


def run_query(db, words, item_type, field):
    db.execute("DROP TABLE IF EXISTS temp.hits")
    db.execute("CREATE TEMP TABLE hits (id INTEGER PRIMARY KEY, score REAL)")
    db.execute(QUERY_HITS, (words, item_type, field))
    total = db.execute("SELECT COUNT(*) FROM hits").fetchone()[0]
    top = db.execute("SELECT id FROM hits ORDER BY score LIMIT 10").fetchall()
    facets = {name: db.execute(sql).fetchall() for name, sql in FACETS.items()}
    return total, top, facets


def main():
    p = argparse.ArgumentParser()
    p.add_argument("data_dir")
    p.add_argument("--words", default="training")
    p.add_argument("--type", default="press-release")
    p.add_argument("--field", default="human-rights")
    p.add_argument("--runs", type=int, default=100)
    a = p.parse_args()
    dst = os.path.join(a.data_dir, "fts5-peer.db")
    build(os.path.join(a.data_dir, "communique.db"), dst)
    db = sqlite3.connect(dst)
    total, top, facets = run_query(db, a.words, a.type, a.field)
    times = []
    for _ in range(a.runs):
        t = time.perf_counter()
        run_query(db, a.words, a.type, a.field)
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    p99 = times[min(len(times) - 1, int(len(times) * 0.99))]
    print(f"fts5: words={a.words!r} type={a.type} field_of_work={a.field}: total={total}")
    print(f"fts5: p50 {statistics.median(times):.2f} ms, p99 {p99:.2f} ms over {a.runs} runs")
    print(f"fts5: type facet {facets['type'][:3]}")


if __name__ == "__main__":
    main()
