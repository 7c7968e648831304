#!/usr/bin/env python3
"""Writers through the write API, for the mixed-load and fault benchmarks.

    bench/writer.py write  --url URL --token T --seconds S --threads N --run RUN --acks FILE
    bench/writer.py verify --url URL --token T --acks FILE [--expect-count N]

`write`: each thread creates items with PUT /api/v1/items/by-external-id/{RUN-thread-n}
(published at once) and replaces each one once with If-Match. Every answer the server
acknowledged (201 or 200, with its ETag) is appended to FILE as one JSON line *after* the
answer arrived, so a line in FILE is a write the client was told is durable. Connection
errors (the server being killed) are counted, never recorded. Prints a JSON summary:
answers by status, write latencies, and acknowledged writes.

`verify`: reads FILE and checks that every acknowledged write is there: the item exists
with at least the acknowledged revision, and the item is public (so its page answers).
Exits 1 on any loss.
"""
import argparse
import http.client
import json
import sys
import threading
import time
import urllib.parse


def connect(url):
    u = urllib.parse.urlparse(url)
    return http.client.HTTPConnection(u.hostname, u.port, timeout=30)


def item(key, title):
    return {
        "external_id": key,
        "type": "press-release",
        "language": "en",
        "title": title,
        "date": "2026-11-30",
        "place": "Vienna",
        "sources": ["Secretariat"],
        "fields_of_work": ["Elections"],
        "countries": ["Austria"],
        "status": "published",
        "body_html": "<p>Written by the load benchmark while readers read.</p>",
    }


class Writer(threading.Thread):
    def __init__(self, args, n, acks, lock):
        super().__init__(daemon=True)
        self.args, self.n, self.acks, self.lock = args, n, acks, lock
        self.statuses = {}
        self.latencies = []
        self.errors = 0

    def call(self, conn, method, path, body, etag=None):
        headers = {
            "Authorization": f"Bearer {self.args.token}",
            "Content-Type": "application/json",
        }
        if etag:
            headers["If-Match"] = etag
        started = time.perf_counter()
        conn.request(method, path, body=json.dumps(body), headers=headers)
        res = conn.getresponse()
        payload = res.read()
        self.latencies.append(time.perf_counter() - started)
        self.statuses[res.status] = self.statuses.get(res.status, 0) + 1
        return res.status, res.getheader("ETag"), payload

    def ack(self, key, status, etag, payload):
        try:
            answer = json.loads(payload)
        except ValueError:
            return
        line = json.dumps({"key": key, "id": answer.get("id"), "revision": answer.get("revision"), "status": status, "etag": etag})
        with self.lock:
            self.acks.write(line + "\n")
            self.acks.flush()

    def run(self):
        deadline = time.monotonic() + self.args.seconds
        conn = connect(self.args.url)
        k = 0
        while time.monotonic() < deadline:
            key = f"{self.args.run}-{self.n}-{k}"
            k += 1
            path = "/api/v1/items/by-external-id/" + urllib.parse.quote(key, safe="")
            try:
                status, etag, payload = self.call(conn, "PUT", path, item(key, f"Loadrun {self.args.run} item {key}"))
                if status != 201:
                    continue
                self.ack(key, status, etag, payload)
                status, etag2, payload = self.call(conn, "PUT", path, item(key, f"Loadrun {self.args.run} item {key}, revised"), etag)
                if status == 200:
                    self.ack(key, status, etag2, payload)
            except (OSError, http.client.HTTPException):
                self.errors += 1
                conn.close()
                time.sleep(0.05)
                conn = connect(self.args.url)
        conn.close()


def percentile(values, p):
    if not values:
        return None
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * p / 100))]


def write(args):
    lock = threading.Lock()
    with open(args.acks, "a") as acks:
        writers = [Writer(args, n, acks, lock) for n in range(args.threads)]
        started = time.monotonic()
        for w in writers:
            w.start()
        for w in writers:
            w.join()
        elapsed = time.monotonic() - started
    statuses, latencies, errors = {}, [], 0
    for w in writers:
        for s, c in w.statuses.items():
            statuses[s] = statuses.get(s, 0) + c
        latencies += w.latencies
        errors += w.errors
    ms = lambda v: None if v is None else round(v * 1000, 2)
    print(json.dumps({
        "seconds": round(elapsed, 1),
        "requests": len(latencies),
        "per_second": round(len(latencies) / elapsed, 1),
        "statuses": {str(k): v for k, v in sorted(statuses.items())},
        "server_errors": sum(c for s, c in statuses.items() if s >= 500),
        "connection_errors": errors,
        "p50_ms": ms(percentile(latencies, 50)),
        "p99_ms": ms(percentile(latencies, 99)),
    }))


def verify(args):
    acked = {}
    with open(args.acks) as f:
        for line in f:
            a = json.loads(line)
            acked[a["key"]] = max(acked.get(a["key"], (0, 0)), (a["revision"], a["id"]))
    conn = connect(args.url)
    lost = []
    for key, (revision, item_id) in acked.items():
        conn.request("GET", f"/api/v1/items/{item_id}", headers={"Authorization": f"Bearer {args.token}"})
        res = conn.getresponse()
        body = res.read()
        if res.status != 200:
            lost.append((key, item_id, f"HTTP {res.status}"))
            continue
        data = json.loads(body)["data"][0]
        stored = data.get("revision", 0)
        if stored < revision:
            lost.append((key, item_id, f"revision {stored} < acknowledged {revision}"))
        elif not data.get("public"):
            lost.append((key, item_id, "not public"))
    conn.close()
    summary = {"acknowledged_items": len(acked), "lost": len(lost), "examples": lost[:5]}
    print(json.dumps(summary))
    if args.expect_count is not None and len(acked) < args.expect_count:
        print(f"only {len(acked)} acknowledged items, expected at least {args.expect_count}", file=sys.stderr)
        sys.exit(1)
    sys.exit(1 if lost else 0)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("mode", choices=["write", "verify"])
    p.add_argument("--url", required=True)
    p.add_argument("--token", required=True)
    p.add_argument("--acks", required=True)
    p.add_argument("--seconds", type=float, default=60)
    p.add_argument("--threads", type=int, default=4)
    p.add_argument("--run", default="mixed")
    p.add_argument("--expect-count", type=int)
    args = p.parse_args()
    (write if args.mode == "write" else verify)(args)


if __name__ == "__main__":
    main()
