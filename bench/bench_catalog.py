"""Benchmark: importing a 10,000-matter catalog, and a search query over it.

Prints our figures next to a raw baseline measured in the same run on the same
machine: ``sqlite3.executemany`` of the same rows into equivalent bare tables, and the
same LIKE query through the raw driver. Ratios, not absolute times, are the point.

    .venv/bin/python bench/bench_catalog.py [--matters 10000]
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.exchange.catalog_file import parse_catalog  # noqa: E402
from app.services.catalog_admin import import_catalog  # noqa: E402
from app.store.engine import make_engine  # noqa: E402
from app.store.migrate import upgrade  # noqa: E402
from app.store.uow import Store  # noqa: E402
from db.seed.synthetic import synthetic_catalog  # noqa: E402


def raw_import(path: Path, data: dict) -> float:
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    con.execute(
        "CREATE TABLE matters (code TEXT UNIQUE, name TEXT, type TEXT, department TEXT, kind TEXT,"
        " legal INT, promised INT, basis TEXT, conditions TEXT, doc TEXT, search_text TEXT)"
    )
    con.execute(
        "CREATE TABLE materials (matter TEXT, code TEXT, name TEXT, necessity TEXT, form TEXT,"
        " copies INT, standard TEXT, doc TEXT)"
    )
    start = time.perf_counter()
    con.execute("BEGIN IMMEDIATE")
    con.executemany(
        "INSERT INTO matters VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        [
            (
                m["code"],
                m["name"],
                m["type"],
                m["department"],
                m["case_kind"],
                m.get("legal_limit_days"),
                m.get("promised_limit_days"),
                m.get("basis", ""),
                m.get("conditions", ""),
                json.dumps(m, ensure_ascii=False),
                m["name"].lower(),
            )
            for m in data["matters"]
        ],
    )
    con.executemany(
        "INSERT INTO materials VALUES (?,?,?,?,?,?,?,?)",
        [
            (
                m["code"],
                x["code"],
                x["name"],
                x["necessity"],
                x["form"],
                x.get("copies", 1),
                x.get("standard", ""),
                json.dumps(x, ensure_ascii=False),
            )
            for m in data["matters"]
            for x in m["materials"]
        ],
    )
    con.execute("COMMIT")
    elapsed = time.perf_counter() - start
    con.close()
    return elapsed


def time_queries(run, words: list[str]) -> list[float]:
    times = []
    for word in words:
        start = time.perf_counter()
        run(word)
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--matters", type=int, default=10_000)
    parser.add_argument("--quick", action="store_true", help="2,000 matters")
    args = parser.parse_args()
    if args.quick:
        args.matters = 2_000
    data = synthetic_catalog(args.matters)
    text = json.dumps(data, ensure_ascii=False)
    n_materials = sum(len(m["materials"]) for m in data["matters"])
    print(f"catalog: {args.matters} matters, {n_materials} materials, {len(text.encode()) / 1e6:.1f} MB")

    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        raw = raw_import(tmpdir / "raw.db", data)

        start = time.perf_counter()
        parse_catalog(text)
        parse_only = time.perf_counter() - start

        store = Store(make_engine(f"sqlite+pysqlite:///{tmpdir / 'cd.db'}"))
        upgrade(store.engine)
        start = time.perf_counter()
        import_catalog(store, text)
        ours = time.perf_counter() - start

        print(f"raw sqlite3 executemany (insert only):  {raw:8.3f} s")
        print(f"parse + check only:                     {parse_only:8.3f} s")
        print(f"counterdesk import (parse+check+store): {ours:8.3f} s   ratio to raw {ours / raw:6.1f}x")

        words = [m["name"][:2] for m in data["matters"][:: max(1, args.matters // 50)]]
        raw_con = sqlite3.connect(tmpdir / "raw.db")
        raw_times = time_queries(
            lambda w: raw_con.execute(
                "SELECT code, name FROM matters WHERE search_text LIKE ? LIMIT 50", (f"%{w}%",)
            ).fetchall(),
            words,
        )
        from sqlalchemy import select

        from app.store.models import Matter

        def ours_query(word: str) -> None:
            with store.read() as session:
                session.execute(
                    select(Matter.code, Matter.name).where(Matter.search_text.like(f"%{word}%")).limit(50)
                ).all()

        our_times = time_queries(ours_query, words)
        for label, values in (("raw sqlite3 LIKE", raw_times), ("SQLAlchemy store LIKE", our_times)):
            q = statistics.quantiles(values, n=20)
            print(f"search {label:22s} p50 {statistics.median(values) * 1e3:7.2f} ms   p95 {q[18] * 1e3:7.2f} ms")
        print(f"search ratio (p50): {statistics.median(our_times) / statistics.median(raw_times):.1f}x")
        store.dispose()


if __name__ == "__main__":
    main()
