#!/usr/bin/env python3
"""Where the UNModel analyzers' time goes in a fresh single-threaded compile: on the CPU, or waiting.

The compiler's telemetry (-p:ReportAnalyzer=true, what build_cost.py reports) times each analyzer callback by the wall
clock. This script compiles a project that build_cost.py generated, single-threaded in a fresh `csc` as build_cost.py's
serial runs do, under Linux `perf`, and splits the analyzers' time three ways:

* on CPU: CPU-clock samples (999 Hz) whose stack holds a frame of the UNModel analyzers, JIT of their methods included;
* preempted: the compiler's thread taken off the CPU, still runnable, with a UNModel frame on its stack (another thread
  or process had the core);
* waiting: taken off the CPU to wait (a lock of the runtime, a garbage collection, a page read) with a UNModel frame on
  its stack.

With --baseline, a second build of the analyzers (another commit's UNModel.Analyzers.dll) is compiled in turn with the
first, run by run, so that both see the same machine.

The machine is recorded as a whole (`perf record -a`): a thread switched back in by another process, or by the idle
task, shows only there. Nothing else should run meanwhile. A stack that the profiler cannot follow from the runtime's
native code back to the analyzers' frames counts in none of the three, so the three add up to less than the
telemetry. On a two-core machine the rest includes pauses of the garbage collector and preemption by the compiler's
own threads that fell inside a callback (docs/performance.md, "Inside the callbacks").

Needs Linux `perf` with the sched:sched_switch tracepoint (root, or perf_event_paranoid at most -1), and a work
directory made by build_cost.py (its generated project, build log and response file).

With --parse FILE, reads the text of `perf script` (of a recording made with the events above) instead, and prints the
three figures on one line.

Bad input is one line on stderr and exit code 2.

Usage (from the repository root):
    python3 benchmarks/build-cost/compile_profile.py [--work DIR] [--project heavy] [--baseline DLL] [--runs 3]
    python3 benchmarks/build-cost/compile_profile.py --parse FILE
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from build_cost import compiler_command

FRAME = "[UNModel.Analyzers]"
HEADER = re.compile(r"^\S.*?\s(\d+)\s+(?:\[\d+\]\s+)?([\d.]+):\s+(?:\d+\s+)?(\S+):")
SWITCH = re.compile(r"prev_pid=(\d+) .*prev_state=(\S+) ==> .*next_pid=(\d+)")
TELEMETRY = re.compile(r"^\s*([0-9.]+)\s+\d+\s+UNModel\.Analyzers, Version=")
ANALYZER = re.compile(r"/analyzer:(\S*UNModel\.Analyzers\.dll)")


def fail(message: str) -> None:
    sys.stderr.write(f"error: {message}\n")
    raise SystemExit(2)


class Parser(argparse.ArgumentParser):
    """Reports a bad option as every other error: one line, exit 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        fail(message)


def split(script: str) -> dict[str, float]:
    """On-CPU seconds and off-CPU seconds (preempted, waiting) with a UNModel analyzer frame, from `perf script` text.

    A thread's time off the CPU runs from its switch out to its next switch in. Should perf have lost the switch in (a
    full buffer), the next sample or switch out of the thread shows it running again: that interval is dropped and
    counted in "unpaired", never stretched to a later switch in.
    """
    on = 0
    preempted = waiting = 0.0
    unpaired = 0
    out: dict[int, tuple[float, str]] = {}
    for block in script.split("\n\n"):
        lines = block.strip().splitlines()
        if not lines:
            continue
        header = HEADER.match(lines[0])
        if header is None:
            continue
        thread, time, event = int(header.group(1)), float(header.group(2)), header.group(3)
        ours = any(FRAME in line for line in lines[1:])
        if event != "sched:sched_switch":
            if out.pop(thread, None) is not None:
                unpaired += 1
            on += ours
            continue
        switch = SWITCH.search(lines[0])
        if switch is None:
            continue
        prev, state, nxt = int(switch.group(1)), switch.group(2), int(switch.group(3))
        if nxt in out:
            left, why = out.pop(nxt)
            if why.startswith("R"):
                preempted += time - left
            else:
                waiting += time - left
        if out.pop(prev, None) is not None:
            unpaired += 1
        if ours:
            out[prev] = (time, state)
    return {"on": on / 999, "preempted": preempted, "waiting": waiting, "unpaired": unpaired}


def compile_once(csc: str, rsp: Path, project: Path, env: dict[str, str]) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="unmodel-profile-") as tmp:
        data = Path(tmp) / "perf.data"
        run = subprocess.run(["perf", "record", "-q", "-a", "-g", "-e", "cpu-clock/freq=999/", "-e", "sched:sched_switch", "-o", str(data), csc, f"@{rsp}"],
                             cwd=project, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        telemetry = next((float(m.group(1)) for line in run.stdout.splitlines() if (m := TELEMETRY.match(line))), None)
        if run.returncode != 0 or telemetry is None:
            fail("the compile under perf failed: " + ((run.stderr.strip() or run.stdout.strip()).splitlines() or ["no output"])[-1])
        script = subprocess.run(["perf", "script", "-i", str(data)], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    result = split(script.stdout)
    result["telemetry"] = telemetry
    return result


def main() -> None:
    parser = Parser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--work", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "unmodel-build-cost")
    parser.add_argument("--project", default="heavy", choices=["heavy", "light", "plain"])
    parser.add_argument("--baseline", type=Path, default=None, help="another build's UNModel.Analyzers.dll, compiled in turn with the first")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--parse", type=Path, default=None, help="the text of `perf script` to read instead of compiling")
    opts = parser.parse_args()
    if opts.parse is not None:
        if not opts.parse.is_file():
            fail(f"--parse: {opts.parse} does not exist")
        r = split(opts.parse.read_text(errors="replace"))
        print(f"on CPU {r['on']:.3f} s, preempted {r['preempted']:.3f} s, waiting {r['waiting']:.3f} s, unpaired {r['unpaired']}")
        return
    work = opts.work.resolve()
    project = work / opts.project
    rsp = work / "rsp" / f"{opts.project}-unmodel.rsp"
    log = work / "logs" / f"{opts.project}-unmodel-1.log"
    for path, what in ((rsp, "the response file"), (log, "the build log"), (project, "the generated project")):
        if not path.exists():
            fail(f"{what}: {path} does not exist (run build_cost.py --projects {opts.project} --configs unmodel --serial-runs 1 first)")
    if opts.baseline is not None and not opts.baseline.is_file():
        fail(f"--baseline: {opts.baseline} does not exist")
    if opts.runs < 1:
        fail("--runs must be at least 1")
    if shutil.which("perf") is None:
        fail("perf is not installed")
    compiler = compiler_command(log.read_text())
    if compiler is None:
        fail(f"no csc command line in {log}")
    csc = compiler[0]
    command = rsp.read_text()
    current = ANALYZER.search(command)
    if current is None:
        fail(f"no UNModel.Analyzers.dll in {rsp}")

    builds = [("current", rsp)]
    if opts.baseline is not None:
        baseline_rsp = work / "rsp" / f"{opts.project}-unmodel-profile-baseline.rsp"
        baseline_rsp.write_text(command.replace(current.group(1), str(opts.baseline.resolve())))
        builds.append(("baseline", baseline_rsp))

    # perf names JIT-compiled frames from the runtime's perf map; W^X double mapping hides them from it.
    env = dict(os.environ, DOTNET_PerfMapEnabled="1", DOTNET_EnableWriteXorExecute="0")
    results: dict[str, list[dict[str, float]]] = {name: [] for name, _ in builds}
    print("build     run  telemetry (s)  on CPU (s)  preempted (s)  waiting (s)  unpaired", flush=True)
    for n in range(opts.runs):
        for name, path in builds:
            r = compile_once(csc, path, project, env)
            results[name].append(r)
            print(f"{name:9} {n + 1:3}  {r['telemetry']:13.3f}  {r['on']:10.3f}  {r['preempted']:13.3f}  {r['waiting']:11.3f}  {r['unpaired']:8d}", flush=True)
    for name, rows in results.items():
        medians = {k: statistics.median(r[k] for r in rows) for k in ("telemetry", "on", "preempted", "waiting")}
        print(f"{name:9} median  {medians['telemetry']:8.3f}  {medians['on']:10.3f}  {medians['preempted']:13.3f}  {medians['waiting']:11.3f}")


if __name__ == "__main__":
    main()
