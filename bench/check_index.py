#!/usr/bin/env python3
"""Checks that a running server's catalog and search index agree with its database.

    bench/check_index.py --url URL --db DATA/communique.db --word WORD [--wait 30]

- the number of public items the API counts equals the number the database holds public now;
- the items the search index finds for WORD are exactly the public items of the database
  whose title contains WORD (every id, not a sample).
Waits up to --wait seconds for the server to catch up (it follows the database every
second). Prints a JSON summary; exits 1 when they still differ.
"""
import argparse
import http.client
import json
import sqlite3
import sys
import time
import urllib.parse


def api(url, path):
    u = urllib.parse.urlparse(url)
    conn = http.client.HTTPConnection(u.hostname, u.port, timeout=30)
    conn.request("GET", path)
    res = conn.getresponse()
    body = res.read()
    conn.close()
    if res.status != 200:
        raise RuntimeError(f"{path}: HTTP {res.status}: {body[:200]!r}")
    return json.loads(body)


def database(db, word):
    now = int(time.time() * 1_000_000)
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    public = "status IN ('published', 'scheduled') AND published_at <= ? AND (embargo_until IS NULL OR embargo_until <= ?)"
    total = con.execute(f"SELECT COUNT(*) FROM items WHERE {public}", (now, now)).fetchone()[0]
    ids = {r[0] for r in con.execute(f"SELECT id FROM items WHERE {public} AND title LIKE ?", (now, now, f"%{word}%"))}
    integrity = con.execute("PRAGMA quick_check").fetchone()[0]
    con.close()
    return total, ids, integrity


def served(url, word):
    total = api(url, "/api/v1/items?limit=0")["totalCount"]
    ids, offset = set(), 0
    while True:
        page = api(url, f"/api/v1/items?query[value]={urllib.parse.quote(word)}&limit=1000&offset={offset}")
        ids |= {hit["id"] for hit in page["data"]}
        offset += 1000
        if offset >= page["totalCount"] or not page["data"]:
            return total, ids


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--url", required=True)
    p.add_argument("--db", required=True)
    p.add_argument("--word", required=True)
    p.add_argument("--wait", type=float, default=30)
    a = p.parse_args()
    deadline = time.monotonic() + a.wait
    while True:
        db_total, db_ids, integrity = database(a.db, a.word)
        api_total, api_ids = served(a.url, a.word)
        ok = db_total == api_total and db_ids == api_ids and integrity == "ok"
        if ok or time.monotonic() > deadline:
            break
        time.sleep(1)
    print(json.dumps({
        "database_public": db_total,
        "catalog_public": api_total,
        "database_with_word": len(db_ids),
        "index_with_word": len(api_ids),
        "missing_from_index": sorted(db_ids - api_ids)[:10],
        "not_in_database": sorted(api_ids - db_ids)[:10],
        "integrity": integrity,
        "consistent": ok,
    }))
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
