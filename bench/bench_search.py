"""Benchmark: search-as-you-type over 10,000 matters — the guide service's in-memory index
against a raw SQL ``LIKE`` on ``matters.search_text`` in the same run, same store.

Queries are what clerks type: pinyin initials (``qysl``), full-pinyin prefixes, pieces
of names, codes and keywords. Prints p50/p95 per query kind, the index load time and
the ratio to the SQL baseline. No assertions: figures only.

    .venv/bin/python bench/bench_search.py [--matters 10000] [--queries 400]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import text  # noqa: E402

from app.services.catalog_admin import import_catalog  # noqa: E402
from app.services.guide import GuideService, pinyin_forms  # noqa: E402
from app.services.session import SessionService  # noqa: E402
from app.settings import Settings  # noqa: E402
from app.store.engine import make_engine  # noqa: E402
from app.store.migrate import upgrade  # noqa: E402
from app.store.uow import Store  # noqa: E402
from db.seed.synthetic import synthetic_catalog  # noqa: E402


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def make_queries(matters: list[dict], n: int, rng: random.Random) -> dict[str, list[str]]:
    """Queries of each kind, built from real matter names so most of them hit."""
    picks = [rng.choice(matters) for _ in range(n)]
    kinds: dict[str, list[str]] = {"initials": [], "full pinyin": [], "name piece": [], "code": [], "keyword": []}
    for m in picks:
        initials, full = pinyin_forms(m["name"])
        kinds["initials"].append(initials[: rng.randint(2, 5)])
        kinds["full pinyin"].append(full[: rng.randint(4, 10)])
        start = rng.randint(0, max(0, len(m["name"]) - 3))
        kinds["name piece"].append(m["name"][start : start + rng.randint(2, 4)])
        kinds["code"].append(m["code"][: rng.randint(3, len(m["code"]))].lower())
        keywords = m.get("keywords") or [m["name"][:2]]
        kinds["keyword"].append(rng.choice(keywords))
    return kinds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--matters", type=int, default=10_000)
    parser.add_argument("--queries", type=int, default=400)
    parser.add_argument("--quick", action="store_true", help="10,000 matters, 100 queries per kind")
    args = parser.parse_args()
    if args.quick:
        args.queries = 100
    rng = random.Random(7)

    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(f"sqlite+pysqlite:///{Path(tmp) / 'bench.db'}")
        upgrade(engine)
        store = Store(engine)
        catalog = synthetic_catalog(args.matters, seed=1)
        t0 = time.perf_counter()
        import json

        import_catalog(store, json.dumps(catalog, ensure_ascii=False), source="bench")
        print(f"catalog import with search text ({args.matters} matters): {time.perf_counter() - t0:.2f} s")

        session = SessionService(store, Settings(window_code="01"))
        guide = GuideService(store, session)
        t0 = time.perf_counter()
        loaded = guide.refresh()
        print(f"index load: {loaded} matters in {(time.perf_counter() - t0) * 1000:.0f} ms")

        queries = make_queries(catalog["matters"], args.queries, rng)
        sql = text("SELECT code, name FROM matters WHERE search_text LIKE :q ORDER BY position LIMIT 50")
        print(
            f"\n{'query kind':<12} {'index p50':>10} {'index p95':>10} {'SQL p50':>9} {'SQL p95':>9} "
            f"{'ratio p50':>9}  hits(avg)"
        )
        all_index: list[float] = []
        all_sql: list[float] = []
        for kind, words in queries.items():
            index_times: list[float] = []
            sql_times: list[float] = []
            hits: list[int] = []
            for word in words:
                t0 = time.perf_counter()
                result = guide.search(word)
                index_times.append((time.perf_counter() - t0) * 1000)
                hits.append(len(result))
                with engine.connect() as con:
                    t0 = time.perf_counter()
                    con.execute(sql, {"q": f"%{word.lower()}%"}).all()
                    sql_times.append((time.perf_counter() - t0) * 1000)
            all_index += index_times
            all_sql += sql_times
            p50, s50 = statistics.median(index_times), statistics.median(sql_times)
            print(
                f"{kind:<12} {p50:>8.2f}ms {percentile(index_times, 95):>8.2f}ms {s50:>7.2f}ms "
                f"{percentile(sql_times, 95):>7.2f}ms {p50 / s50:>9.2f}  {statistics.mean(hits):.1f}"
            )
        p50, s50 = statistics.median(all_index), statistics.median(all_sql)
        print(
            f"{'all':<12} {p50:>8.2f}ms {percentile(all_index, 95):>8.2f}ms {s50:>7.2f}ms "
            f"{percentile(all_sql, 95):>7.2f}ms {p50 / s50:>9.2f}"
        )
        print("\nindex = GuideService.search (ranked: window/frequent first, match quality, catalog order);")
        print("SQL   = raw LIKE '%q%' on matters.search_text, unranked, LIMIT 50, same SQLite file.")
        store.dispose()


if __name__ == "__main__":
    main()
