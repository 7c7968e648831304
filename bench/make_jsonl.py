#!/usr/bin/env python3
"""Writes N lines of the JSON Lines import format, with names (not slugs) taken from the
site definition, for the import benchmark. Deterministic for a seed.

    bench/make_jsonl.py N OUT.jsonl [--seed 1] [--tag WORD]
"""
import argparse
import json
import random
import tomllib
from pathlib import Path

SITE = Path(__file__).resolve().parent.parent / "site" / "osce"
SENTENCES = [
    "Participants from government institutions, civil society and international organizations took part.",
    "The discussions focused on practical steps for the coming year.",
    "Experts shared good practices from across the region.",
    "The activity is part of a long-term project supported by several participating States.",
    "Speakers underlined the importance of co-operation with local communities.",
    "The organizers will publish a summary of the recommendations.",
    "Follow-up meetings are planned with the relevant ministries.",
    "The training combined lectures, case studies and practical exercises.",
]


def load(name, key):
    return tomllib.loads((SITE / name).read_text())[key]


def main():
    p = argparse.ArgumentParser()
    p.add_argument("n", type=int)
    p.add_argument("out")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--tag", default="", help="a word added to every title (to find the lines again)")
    a = p.parse_args()
    rng = random.Random(a.seed)
    fields = [f["name"] for f in load("fields_of_work.toml", "field")]
    countries = [c["name"] for c in load("countries.toml", "country") if c.get("group") == "participating-states"]
    structures = load("structures.toml", "structure")
    sources = ["OSCE " + s["names"][-1]["name"] for s in structures if s["kind"] != "group" and "closed" not in s]
    types = ["Press release", "news", "statement", "speech"]
    with open(a.out, "w") as out:
        for i in range(a.n):
            year = 2026 - min(int(rng.expovariate(1 / 3)), 25)
            line = {
                "external_id": f"bench-{a.seed}-{i}",
                "type": rng.choice(types),
                "language": "en",
                "title": f"{rng.choice(sources)} {rng.choice(['supports', 'hosts', 'launches'])} work on {rng.choice(fields).lower()}"
                + (f" ({a.tag})" if a.tag else ""),
                "date": f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                "place": "Vienna",
                "sources": [rng.choice(sources)],
                "fields_of_work": rng.sample(fields, rng.randint(1, 3)),
                "countries": rng.sample(countries, rng.randint(0, 2)),
                "body_html": "".join(
                    "<p>" + " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(2, 4))) + "</p>"
                    for _ in range(rng.randint(3, 5))
                ),
            }
            out.write(json.dumps(line, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
