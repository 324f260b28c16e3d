#!/usr/bin/env python3
"""Benchmarks copsite against Hugo on the shared synthetic corpus (issue 6).

For each N it generates the corpus in our TOML format and as the equivalent
Hugo site (once, in a scratch folder outside the repository), then repeats,
alternating so that both see the same machine load:

    copsite build  ->  hugo  ->  cp -r of copsite's output (the copy floor)

and prints medians of wall time, CPU time (user + system) and peak memory
(max RSS, from GNU time), the files, pages and bytes written, the ratios to
Hugo and to the floor, and the time per page. Optionally it times `copsite
check` and does one large memory-only build (--memory-run 100000).

Python 3 standard library and GNU time. See bench/README.md.
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def parse_args():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--sizes", default="1000,10000,50000",
                   help="case-study counts, comma-separated (default: %(default)s)")
    p.add_argument("--runs", type=int, default=5,
                   help="measured runs of each tool per size, after one warm-up (default: 5)")
    p.add_argument("--scratch", default=os.environ.get("COPSITE_BENCH_DIR", "/tmp/copsite-bench"),
                   help="corpora and outputs go here, never in the repo (default: %(default)s)")
    p.add_argument("--copsite", default=str(REPO / "build" / "copsite"),
                   help="the copsite binary (default: %(default)s)")
    p.add_argument("--threads", type=int, default=0, help="copsite --threads (default: all cores)")
    p.add_argument("--hugo", default="hugo", help="the hugo binary (default: %(default)s)")
    p.add_argument("--no-hugo", action="store_true", help="skip Hugo (no ratios)")
    p.add_argument("--make-corpus", default="/work/shared/bench/make-corpus.py",
                   help="the corpus generator (default: %(default)s)")
    p.add_argument("--check-size", type=int, default=10000,
                   help="time `copsite check` on this N (0: skip; default: %(default)s)")
    p.add_argument("--memory-run", type=int, default=0, metavar="N",
                   help="also build N case studies once and report peak memory (e.g. 100000)")
    return p.parse_args()


def log(*parts):
    print(*parts, file=sys.stderr, flush=True)


def corpus(args, fmt, n):
    """The corpus directory, generated once (a stamp file marks it complete)."""
    out = Path(args.scratch) / f"corpus-{fmt}-{n}"
    stamp = Path(args.scratch) / f"corpus-{fmt}-{n}.complete"
    if not stamp.exists():
        log(f"generating {out} ...")
        subprocess.run([sys.executable, args.make_corpus, "--out", str(out),
                        "--case-studies", str(n), "--format", fmt, "--force"],
                       check=True, stdout=subprocess.DEVNULL)
        stamp.touch()
    return out


# GNU time reports the peak memory of the process it starts. wait4 cannot:
# a child forked from this script starts with a copy of its page tables, so
# its ru_maxrss is at least this script's own resident size (14 MB at the
# start, 60 MB and more late in a run), which is more than `cp` or `copsite
# check` use. GNU time is small, and its child starts from it.
GNU_TIME = "/usr/bin/time"


def timed(cmd, cwd=None):
    """Runs cmd; returns wall seconds, CPU seconds and peak RSS bytes of that child."""
    with tempfile.NamedTemporaryFile(mode="r", prefix="rss.", suffix=".txt") as rss:
        start = time.perf_counter()
        proc = subprocess.Popen([GNU_TIME, "--format=%M", f"--output={rss.name}", *map(str, cmd)],
                                cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        # The CPU time of the time process includes its child's, once reaped.
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        err = proc.stderr.read().decode(errors="replace")
        proc.stderr.close()
        if proc.returncode != 0:
            sys.exit(f"failed ({proc.returncode}): {' '.join(map(str, cmd))}\n{err}")
        peak_kib = int(rss.read().split()[-1])
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "rss": peak_kib * 1024}


def tree_size(root):
    """Files, HTML pages and bytes under root."""
    files = pages = size = 0
    for dirpath, _, names in os.walk(root):
        for name in names:
            files += 1
            pages += name.endswith(".html")
            size += os.path.getsize(os.path.join(dirpath, name))
    return {"files": files, "pages": pages, "bytes": size}


class Runner:
    """Fresh output folders under scratch/out, deleted after each run."""

    def __init__(self, args):
        self.args = args
        self.out = Path(args.scratch) / "out"
        shutil.rmtree(self.out, ignore_errors=True)
        self.out.mkdir(parents=True)

    def fresh(self, name):
        return Path(tempfile.mkdtemp(prefix=name + ".", dir=self.out))

    def copsite(self, src, keep=False):
        d = self.fresh("copsite")
        cmd = [self.args.copsite, "build", "--root", str(src), "--out", str(d / "site")]
        if self.args.threads:
            cmd += ["--threads", str(self.args.threads)]
        r = timed(cmd)
        r["tree"] = d / "site"
        if not keep:
            shutil.rmtree(d)
        return r

    def hugo(self, src, count=False):
        d = self.fresh("hugo")
        r = timed([self.args.hugo, "--quiet", "-s", str(src), "-d", str(d)])
        if count:
            r.update(tree_size(d))
        shutil.rmtree(d)
        return r

    def copy(self, tree):
        d = self.fresh("cp")
        r = timed(["cp", "-r", str(tree), str(d)])
        shutil.rmtree(d)
        return r

    def check(self, src):
        cmd = [self.args.copsite, "check", "--root", str(src)]
        if self.args.threads:
            cmd += ["--threads", str(self.args.threads)]
        return timed(cmd)


def median(runs, key):
    return statistics.median(r[key] for r in runs)


def input_bytes(root):
    return sum(f.stat().st_size for f in Path(root).rglob("*") if f.is_file())


def bench_size(args, runner, n):
    toml_src = corpus(args, "toml", n)
    hugo_src = None if args.no_hugo else corpus(args, "hugo", n)
    # Warm-up: fills the page cache with the inputs, keeps one copsite tree
    # for the copy floor and counts what each tool writes.
    warm = runner.copsite(toml_src, keep=True)
    tree = warm["tree"]
    ours = tree_size(tree)
    theirs = runner.hugo(hugo_src, count=True) if hugo_src else None
    runs = {"copsite": [], "hugo": [], "copy": []}
    for i in range(args.runs):
        log(f"N={n} run {i + 1}/{args.runs}")
        runs["copsite"].append(runner.copsite(toml_src))
        if hugo_src:
            runs["hugo"].append(runner.hugo(hugo_src))
        runs["copy"].append(runner.copy(tree))
    shutil.rmtree(tree.parent)
    return {"n": n, "input": input_bytes(toml_src), "ours": ours, "theirs": theirs, "runs": runs}


def fmt_mib(b):
    return f"{b / 2**20:,.0f} MiB" if b < 2**30 else f"{b / 2**30:.2f} GiB"


def report(results, args):
    print(f"\ncopsite vs Hugo: medians of {args.runs} alternating runs, "
          f"{os.cpu_count()} cores, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}\n")
    print("| N | tool | wall | CPU | peak RSS | files | pages | MB written |")
    print("|---|---|---|---|---|---|---|---|")
    for r in results:
        for tool, tree in (("copsite", r["ours"]), ("hugo", r["theirs"]), ("copy floor", r["ours"])):
            runs = r["runs"]["copy" if tool == "copy floor" else tool]
            if not runs:
                continue
            print(f"| {r['n']:,} | {tool} | {median(runs, 'wall'):.3f} s | "
                  f"{median(runs, 'cpu'):.3f} s | {fmt_mib(median(runs, 'rss'))} | "
                  f"{tree['files']:,} | {tree['pages']:,} | {tree['bytes'] / 1e6:,.1f} |")
    print("\n| N | Hugo / copsite (wall) | Hugo / copsite (CPU) | copsite / copy floor "
          "| copsite µs per page | peak RSS / input size |")
    print("|---|---|---|---|---|---|")
    for r in results:
        ours = r["runs"]["copsite"]
        wall = median(ours, "wall")
        hugo = (f"{median(r['runs']['hugo'], 'wall') / wall:.1f}×" if r["runs"]["hugo"] else "–")
        hugo_cpu = (f"{median(r['runs']['hugo'], 'cpu') / median(ours, 'cpu'):.1f}×"
                    if r["runs"]["hugo"] else "–")
        floor = wall / median(r["runs"]["copy"], "wall")
        per_page = wall / r["ours"]["pages"] * 1e6
        print(f"| {r['n']:,} | {hugo} | {hugo_cpu} | {floor:.2f}× | {per_page:.0f} | "
              f"{median(ours, 'rss') / r['input']:.2f}× of {r['input'] / 1e6:,.0f} MB |")


def main():
    args = parse_args()
    if not Path(args.copsite).is_file():
        sys.exit(f"no copsite binary at {args.copsite}: build it first (see bench/README.md)")
    if not args.no_hugo and not shutil.which(args.hugo):
        sys.exit("hugo is not installed: apt-get install -y hugo, or pass --no-hugo")
    if not Path(GNU_TIME).is_file():
        sys.exit(f"GNU time measures each tool's peak memory and is not at {GNU_TIME}: "
                 "apt-get install -y time")
    Path(args.scratch).mkdir(parents=True, exist_ok=True)
    runner = Runner(args)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    results = []
    for n in sizes:  # a table after each size, so a long run shows results early
        results.append(bench_size(args, runner, n))
        report(results, args)
        sys.stdout.flush()
    if args.check_size:
        src = corpus(args, "toml", args.check_size)
        runner.check(src)  # warm-up
        checks = [runner.check(src) for _ in range(args.runs)]
        print(f"\ncopsite check, N={args.check_size:,}: median {median(checks, 'wall'):.3f} s wall, "
              f"{median(checks, 'cpu'):.3f} s CPU, {fmt_mib(median(checks, 'rss'))} peak RSS "
              f"({args.runs} runs)")
    if args.memory_run:
        n = args.memory_run
        src = corpus(args, "toml", n)
        size = input_bytes(src)
        r = runner.copsite(src)
        print(f"\ncopsite build, N={n:,} (one run): {r['wall']:.1f} s wall, {r['cpu']:.1f} s CPU, "
              f"peak RSS {fmt_mib(r['rss'])} = {r['rss'] / size:.2f}× the {size / 1e6:,.0f} MB input")
    shutil.rmtree(runner.out, ignore_errors=True)


if __name__ == "__main__":
    main()
