#!/usr/bin/env python3
"""CPU samples of the UNModel analyzers, to compare two builds of them on the same input.

Runs benchmarks/build-cost/AnalyzerPasses under `perf record` over a project that build_cost.py generated, and counts the
samples whose stack holds a frame of the UNModel analyzers, then prints the analyzers' methods with the most samples
(inclusive) and the runtime tier of the code that was running. On a shared machine the count varies from run to run
about as much as time does (±12 % over seven runs of one build here): compare builds by interleaved runs, and read the
shares rather than the totals.

Needs Linux `perf`, and a work directory made by build_cost.py (its generated projects, response files and inputs).

Usage (from the repository root):
    python3 benchmarks/build-cost/analyzer_samples.py [--work DIR] [--project heavy] [--analyzer DLL] [--passes 10] [--top 25]
"""
import argparse
import collections
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

FRAME = "[UNModel.Analyzers]"
TIER = re.compile(r"\[(QuickJitted|InstrumentedTier\w*|OptimizedTier1\w*|Optimized|PreJIT)\]")


def fail(message: str) -> None:
    sys.stderr.write(f"error: {message}\n")
    raise SystemExit(2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--work", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "unmodel-build-cost")
    parser.add_argument("--project", default="heavy", choices=["heavy", "light", "plain"])
    parser.add_argument("--analyzer", type=Path, default=None, help="UNModel.Analyzers.dll (default: the one build_cost.py built)")
    parser.add_argument("--passes", type=int, default=10)
    parser.add_argument("--top", type=int, default=25)
    opts = parser.parse_args()
    work = opts.work.resolve()
    analyzer = (opts.analyzer or work / "inputs" / "analyzers" / "UNModel.Analyzers.dll").resolve()
    tool = work / "inputs" / "passes" / "AnalyzerPasses.dll"
    rsp = work / "rsp" / f"{opts.project}-unmodel.rsp"
    sources = work / opts.project / "src"
    for path, what in ((analyzer, "--analyzer"), (tool, "AnalyzerPasses (run build_cost.py first)"), (rsp, "the response file (run build_cost.py first)"), (sources, "the generated project (run build_cost.py first)")):
        if not path.exists():
            fail(f"{what}: {path} does not exist")
    if shutil.which("perf") is None:
        fail("perf is not installed")
    if opts.passes < 1:
        fail("--passes must be at least 1")

    # perf names JIT-compiled frames from the runtime's perf map; W^X double mapping hides them from it.
    env = dict(os.environ, DOTNET_PerfMapEnabled="1", DOTNET_EnableWriteXorExecute="0")
    with tempfile.TemporaryDirectory(prefix="unmodel-samples-") as tmp:
        data = Path(tmp) / "perf.data"
        run = subprocess.run(["perf", "record", "-q", "-g", "-F", "999", "-o", str(data), "dotnet", str(tool), "--sources", str(sources),
                              "--rsp", str(rsp), "--analyzer", str(analyzer), "--passes", str(opts.passes)],
                             env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        if run.returncode != 0:
            fail("perf record failed: " + (run.stderr.strip().splitlines() or ["no output"])[-1])
        script = subprocess.run(["perf", "script", "-i", str(data)], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    times = [line.split()[3] for line in run.stdout.splitlines() if line.startswith("pass ")]

    total = ours = 0
    inclusive: collections.Counter[str] = collections.Counter()
    tiers: collections.Counter[str] = collections.Counter()
    for sample in script.stdout.split("\n\n"):
        lines = sample.strip().splitlines()
        if len(lines) < 2:
            continue
        total += 1
        frames = [re.sub(r"^\s*[0-9a-f]+\s+", "", line) for line in lines[1:]]
        if not any(FRAME in f for f in frames):
            continue
        ours += 1
        tier = next((m.group(1) for f in frames if (m := TIER.search(f))), "native")
        tiers[tier] += 1
        seen = set()
        for f in frames:
            if FRAME in f:
                name = re.sub(r"\s*\(/tmp/perf-\d+\.map\)$", "", TIER.sub("", f))
                name = re.sub(r"\+0x[0-9a-f]+$", "", name)
                if name not in seen:
                    seen.add(name)
                    inclusive[name] += 1

    print(f"{opts.project}: {opts.passes} passes, analyzer time per pass (s): {' '.join(times)}")
    print(f"samples: {total} in all, {ours} with a UNModel analyzer frame ({ours / 999:.2f} s of CPU at 999 Hz)")
    print("innermost managed frame's tier: " + ", ".join(f"{k} {v}" for k, v in tiers.most_common()))
    for name, count in inclusive.most_common(opts.top):
        print(f"{count:6d} {100 * count / max(ours, 1):5.1f} %  {name[:160]}")


if __name__ == "__main__":
    main()
