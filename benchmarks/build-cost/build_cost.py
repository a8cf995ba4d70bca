#!/usr/bin/env python3
"""Build-time cost of the UNModel analyzers, against no analyzers and against Meziantou.Analyzer.

Generates two realistic 1,000-file class libraries that reference the built UNModel.dll:

* heavy: every file builds and decides votes (VoteBuilder, Vote.RollCall / FromTally, ballots, vetoes, catalogue
  members, document symbols, tallies, declared outcomes, legal effects);
* light: ordinary business code (records, LINQ, dictionaries, string formatting); one file in 25 touches UNModel
  (a CountryCode or a MemberStates member);
* plain: the same business code with no file touching UNModel, though the project references it (what every build of a
  user's other code pays).

Each project is compiled from scratch (`dotnet build --no-incremental`) under three configurations:

* none:      no analyzers (the SDK's .NET analyzers are switched off in all, so only the analyzer under test differs);
* empty:     an empty analyzer that registers an invocation action and does nothing (built here): the floor any
             operation analyzer pays;
* unmodel:   the UNModel analyzers (analyzers/UNModel.Analyzers, built from this repository) via <Analyzer Include=...>;
* vogen:     the UNModel analyzers plus Vogen's source generator and analyzers (Vogen 8.0.7 from the NuGet cache), which
             is what a consumer would compile with if UNModel's buildTransitive/UNModel.targets did not take them out: UNModel
             depends on Vogen, and NuGet lets a dependency's analyzers flow to every project above it;
* meziantou: Meziantou.Analyzer 3.0.321 from NuGet, as a reference point.

Then, in process (benchmarks/build-cost/AnalyzerPasses), the empty and the UNModel analyzers run PASSES times over the
same compilation in each of PROCESSES fresh processes: pass 1 is the cold cost a build server pays (JIT, the first read of
the Charter's data), the later passes the warm cost, and their spread shows whether the cost is the same every time.

Every build runs with -p:ReportAnalyzer=true; the compiler's report gives each analyzer's execution time. The compiler
runs in its own process (-p:UseSharedCompilation=false), so the CPU time of the build's process tree is the build's own
even on a busy machine. One warm-up build per project is discarded, then RUNS builds per configuration are timed. The report gives the median wall time of the `dotnet build` command, the median Csc task time and, per
analyzer, the median execution time and its share of the Csc task time.

Usage (from the repository root):  python3 benchmarks/build-cost/build_cost.py [--runs 3] [--files 1000]
                                    [--configs none,empty,unmodel,meziantou] [--projects heavy,light,plain] [--work DIR]
                                    [--processes 3] [--passes 5]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

MEZIANTOU_VERSION = "3.0.321"
VOGEN_VERSION = "8.0.7"
ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "src" / "UNModel" / "Charter" / "Data"
PERMANENT = ["CHN", "FRA", "GBR", "RUS", "USA"]


# --------------------------------------------------------------------------------------------------------------------
# The catalogue: property names of MemberStates and who sat where, from the repository's own data files.
# --------------------------------------------------------------------------------------------------------------------

def read_csv(name: str) -> list[dict[str, str]]:
    with open(DATA / name, newline="", encoding="utf-8") as f:
        lines = [line for line in f if not line.startswith("#")]
    return list(csv.DictReader(lines))


class Catalogue:
    def __init__(self) -> None:
        self.members = read_csv("members.csv")
        self.identifier = {m["alpha3"]: m["identifier"] for m in self.members}
        self.elected = {int(r["year"]): r["elected"].split() for r in read_csv("security-council-elected.csv")}

    def council(self, year: int) -> tuple[list[str], list[str]]:
        """Permanent and elected members of a year (1994 onwards: no part-year seats)."""
        elected = [re.sub(r"\[.*\]", "", c) for c in self.elected[year]]
        return PERMANENT, elected

    def members_on(self, day: dt.date) -> list[str]:
        result = []
        for m in self.members:
            admitted = dt.date.fromisoformat(m["admitted"])
            left = dt.date.fromisoformat(m["left"]) if m["left"] else None
            if admitted <= day and (left is None or day < left):
                result.append(m["alpha3"])
        return result

    def prop(self, code: str) -> str:
        return "MemberStates." + self.identifier[code]


# --------------------------------------------------------------------------------------------------------------------
# Source generation.
# --------------------------------------------------------------------------------------------------------------------

TITLES = [
    "Maintenance of international peace and security",
    "The situation in the Middle East",
    "Non-proliferation",
    "Threats to international peace and security caused by terrorist acts",
    "Reports of the Secretary-General on the Sudan and South Sudan",
    "The question concerning Haiti",
    "Peace and security in Africa",
    "Children and armed conflict",
]


class Rng:
    """A small deterministic generator (the same files on every machine)."""

    def __init__(self, seed: int) -> None:
        self.state = seed * 2654435761 % 2**32 or 1

    def next(self, n: int) -> int:
        self.state = (1103515245 * self.state + 12345) % 2**31
        return self.state % n

    def pick(self, items: list):
        return items[self.next(len(items))]

    def shuffle(self, items: list) -> list:
        items = list(items)
        for i in range(len(items) - 1, 0, -1):
            j = self.next(i + 1)
            items[i], items[j] = items[j], items[i]
        return items


def args_list(cat: Catalogue, codes: list[str]) -> str:
    return ", ".join(cat.prop(c) for c in codes)


def heavy_file(cat: Catalogue, i: int) -> str:
    r = Rng(i + 1)
    year = 1994 + r.next(32)  # 1994-2025
    month = 1 + r.next(12)
    day = 1 + r.next(28)
    date = dt.date(year, month, day)
    session = year - 1946 + (1 if month >= 9 else 0)
    permanent, elected = cat.council(year)
    council = r.shuffle(permanent + elected)
    # An adopted draft: 9 to 15 yes, the rest abstaining, no permanent "no".
    yes_count = 9 + r.next(7)
    yes = council[:yes_count]
    abstain = council[yes_count:]
    # A vetoed draft: one permanent member votes no, an elected member votes no, the others yes or abstain.
    vetoer = r.pick(permanent)
    others = [c for c in council if c != vetoer]
    elected_no = r.pick([c for c in others if c not in permanent])
    rest = [c for c in others if c != elected_no]
    veto_yes = rest[:11]
    veto_abstain = rest[11:]
    # A draft short of votes: 5 yes, 4 no (a permanent "no" among them is no veto), the rest abstaining.
    short = r.shuffle(council)
    short_yes, short_no, short_abstain = short[:5], short[5:9], short[9:]
    members = cat.members_on(date)
    ga = r.shuffle(members)
    ga_yes, ga_no, ga_abstain = ga[:12], ga[12:15], ga[15:19]
    draft_no = 1 + r.next(900)
    res_no = 900 + i
    pv_no = 3300 + i * 7
    ga_res = 1 + r.next(300)
    t_yes, t_no = 80 + r.next(60), r.next(30)
    t_abstain = r.next(max(1, len(members) - t_yes - t_no))
    title = r.pick(TITLES)
    ns = f"Heavy.Votes.Year{year}"
    cls = f"Session{i:04d}"
    d = f"new DateOnly({year}, {month}, {day})"
    return f"""// Generated by benchmarks/build-cost/build_cost.py: heavy use of UNModel.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using UNModel;

namespace {ns};

/// <summary>Votes of {date.isoformat()} replayed through the engine.</summary>
public static class {cls}
{{
    private static readonly DateOnly Day = {d};

    private static readonly DocumentSymbol DraftSymbol = DocumentSymbol.From("S/{year}/{draft_no}");

    /// <summary>An adopted Council draft, built with the fluent builder.</summary>
    public static Decision AdoptedDraft()
    {{
        Vote vote = VoteBuilder.In(Body.SecurityCouncil, Day)
            .On(Proposal.Draft(DraftSymbol, "{title}").WithBasis(CharterBasis.ChapterVII).WithLanguage(OperativeLanguage.Decides))
            .Substantive()
            .Yes({args_list(cat, yes)})
            .Abstain({args_list(cat, abstain) if abstain else ""})
            .Declared(DeclaredOutcome.Adopted)
            .Build();
        return Charter.Decide(vote);
    }}

    /// <summary>A draft vetoed by a permanent member.</summary>
    public static Decision VetoedDraft()
    {{
        var ballots = new List<Ballot>
        {{
            Ballot.Veto({cat.prop(vetoer)}),
            Ballot.No({cat.prop(elected_no)}),
{"".join(f"            Ballot.Yes({cat.prop(c)}),{chr(10)}" for c in veto_yes)}{"".join(f"            Ballot.Abstain({cat.prop(c)}),{chr(10)}" for c in veto_abstain)}        }};
        Vote vote = Vote.RollCall(Body.SecurityCouncil, Day, QuestionKind.Substantive, Proposal.Draft("S/{year}/{draft_no + 1}"), ballots, DeclaredOutcome.Vetoed({cat.prop(vetoer)}));
        Decision decision = Charter.Decide(vote);
        return decision.IsVetoed ? decision : throw new InvalidOperationException("expected a veto");
    }}

    /// <summary>A draft short of the nine votes: a permanent member's "no" is no veto.</summary>
    public static Decision ShortOfVotes()
    {{
        Vote vote = VoteBuilder.In(Body.SecurityCouncil, Day)
            .On(Proposal.Draft(DocumentSymbol.From("S/{year}/{draft_no + 2}")))
            .Substantive()
            .Yes({args_list(cat, short_yes)})
            .No({args_list(cat, short_no)})
            .Abstain({args_list(cat, short_abstain)})
            .Build();
        return Charter.Decide(vote);
    }}

    /// <summary>A procedural motion: nine votes of any members, no veto.</summary>
    public static VoteOutcome Motion()
    {{
        var ballots = ImmutableArray.CreateBuilder<Ballot>();
        foreach (MemberState state in Body.SecurityCouncil.VotersOn(Day))
        {{
            ballots.Add(Ballot.Of(state.Code, state.Code.Value[0] < 'M' ? BallotChoice.Yes : BallotChoice.Abstain));
        }}

        Vote vote = Vote.RollCall(Body.SecurityCouncil, Day, QuestionKind.Procedural, Proposal.Motion("to adjourn the meeting", DraftSymbol), ballots);
        return Charter.Decide(vote).Outcome;
    }}

    /// <summary>An Assembly resolution known by its tally.</summary>
    public static Decision AssemblyTally()
    {{
        Tally tally = Tally.From({t_yes}, {t_no}, {t_abstain});
        Vote vote = Vote.FromTally(Body.GeneralAssembly, Day, QuestionKind.SimpleMajority, Proposal.Draft(DocumentSymbol.From("A/RES/{session}/{ga_res}")), tally);
        return Charter.Decide(vote);
    }}

    /// <summary>A recorded Assembly vote of a few delegations (the others absent).</summary>
    public static Decision AssemblyRollCall()
    {{
        Vote vote = VoteBuilder.In(Body.GeneralAssembly, Day)
            .On(Proposal.Draft(DocumentSymbol.From("A/{session}/L.{1 + r.next(80)}")))
            .SimpleMajority()
            .Yes({args_list(cat, ga_yes)})
            .No({args_list(cat, ga_no)})
            .Abstain({args_list(cat, ga_abstain)})
            .Build();
        return Charter.Decide(vote);
    }}

    /// <summary>The Council's resolution and meeting record of the day.</summary>
    public static string Symbols()
    {{
        var builder = new StringBuilder();
        Span<char> buffer = stackalloc char[64];
        foreach (string text in new[] {{ "S/RES/{res_no} ({year})", "S/PV.{pv_no}", "A/RES/{session}/{ga_res}" }})
        {{
            if (DocumentSymbol.TryParse(text.AsSpan(), null, out DocumentSymbol symbol) && symbol.TryFormat(buffer, out int written, default, null))
            {{
                builder.Append(buffer[..written]).Append(' ').Append(symbol.Kind).Append(';');
            }}
        }}

        return builder.ToString();
    }}

    /// <summary>Who sat on the Council and who may vote.</summary>
    public static int Seats()
    {{
        CountryCode code = CountryCode.From("{vetoer}");
        int seats = Body.SecurityCouncil.SeatsOn(Day);
        return Body.SecurityCouncil.IsPermanentMember(code, Day) && Body.SecurityCouncil.MayVote({cat.prop(elected_no)}.Code, Day) ? seats : 0;
    }}

    /// <summary>A sentence for each decision of the day.</summary>
    public static IEnumerable<string> Explain()
    {{
        foreach (Decision decision in new[] {{ AdoptedDraft(), VetoedDraft(), ShortOfVotes(), AssemblyTally(), AssemblyRollCall() }})
        {{
            yield return decision.Reason switch
            {{
                DecisionReason.MajorityReached => decision.Vote.Proposal + ": " + decision.LegalEffect.Kind,
                DecisionReason.Vetoed => decision.Vote.Proposal + " vetoed by " + string.Join(", ", decision.VetoedBy),
                _ => decision.Explanation,
            }};
        }}
    }}
}}
"""


LIGHT_NOUNS = ["Order", "Invoice", "Shipment", "Customer", "Ticket", "Payment", "Account", "Booking", "Parcel", "Quote"]


def plain_file(cat: Catalogue, i: int) -> str:
    return light_file(cat, i, touch_unmodel=False)


def light_file(cat: Catalogue, i: int, touch_unmodel: bool = True) -> str:
    r = Rng(i + 7)
    noun = r.pick(LIGHT_NOUNS)
    cls = f"{noun}Service{i:04d}"
    rate = 1 + r.next(30)
    uses_unmodel = touch_unmodel and i % 25 == 0
    code = r.pick(["FRA", "USA", "KEN", "BRA", "IND", "JPN"])
    unmodel_using = "using UNModel;\n" if uses_unmodel else ""
    unmodel_member = (
        f"""
    /// <summary>The country the service is registered in.</summary>
    public static CountryCode Registered {{ get; }} = CountryCode.From("{code}");

    /// <summary>Whether the registered country was a UN Member when the record was opened.</summary>
    public static bool RegisteredInMember(DateOnly opened) => {cat.prop(code)}.IsMemberOn(opened);
"""
        if uses_unmodel
        else ""
    )
    return f"""// Generated by benchmarks/build-cost/build_cost.py: light use of UNModel.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
{unmodel_using}
namespace Light.Services.Group{i // 50:02d};

/// <summary>A line of a {noun.lower()}.</summary>
public sealed record {noun}Line{i:04d}(string Sku, int Quantity, decimal UnitPrice)
{{
    /// <summary>Quantity times unit price.</summary>
    public decimal Total => Quantity * UnitPrice;
}}

/// <summary>Business rules for {noun.lower()}s.</summary>
public sealed class {cls}
{{
    private readonly Dictionary<string, List<{noun}Line{i:04d}>> lines = new(StringComparer.Ordinal);
    private readonly decimal taxRate = {rate}m / 100m;
{unmodel_member}
    /// <summary>Adds a line.</summary>
    public void Add(string id, {noun}Line{i:04d} line)
    {{
        ArgumentNullException.ThrowIfNull(line);
        if (!lines.TryGetValue(id, out List<{noun}Line{i:04d}>? list))
        {{
            list = new List<{noun}Line{i:04d}>();
            lines.Add(id, list);
        }}

        list.Add(line);
    }}

    /// <summary>The total with tax.</summary>
    public decimal Total(string id) => lines.TryGetValue(id, out var list) ? list.Sum(l => l.Total) * (1 + taxRate) : 0m;

    /// <summary>The biggest {noun.lower()}s.</summary>
    public IReadOnlyList<string> Largest(int count) =>
        lines.Select(p => (Id: p.Key, Total: p.Value.Sum(l => l.Total)))
            .OrderByDescending(p => p.Total)
            .ThenBy(p => p.Id, StringComparer.Ordinal)
            .Take(count)
            .Select(p => p.Id)
            .ToList();

    /// <summary>A text summary.</summary>
    public string Describe(string id)
    {{
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{noun} {{id}}: ");
        if (lines.TryGetValue(id, out var list))
        {{
            foreach (var group in list.GroupBy(l => l.Sku[..Math.Min(3, l.Sku.Length)]))
            {{
                text.Append(CultureInfo.InvariantCulture, $"{{group.Key}}={{group.Sum(l => l.Quantity)}} ");
            }}
        }}

        return text.ToString().TrimEnd();
    }}

    /// <summary>Splits the lines in batches.</summary>
    public IEnumerable<{noun}Line{i:04d}[]> Batches(string id, int size)
    {{
        if (!lines.TryGetValue(id, out var list))
        {{
            yield break;
        }}

        for (int start = 0; start < list.Count; start += size)
        {{
            yield return list.Skip(start).Take(size).ToArray();
        }}
    }}

    /// <summary>Parses "sku;quantity;price" lines.</summary>
    public static IEnumerable<{noun}Line{i:04d}> Parse(string text)
    {{
        foreach (string row in text.Split('\\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {{
            string[] cells = row.Split(';');
            if (cells.Length == 3 && int.TryParse(cells[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out int quantity)
                && decimal.TryParse(cells[2], NumberStyles.Number, CultureInfo.InvariantCulture, out decimal price))
            {{
                yield return new {noun}Line{i:04d}(cells[0], quantity, price);
            }}
        }}
    }}

    /// <summary>The state of a {noun.lower()}.</summary>
    public static string Status(int code) => code switch
    {{
        0 => "new",
        1 => "open",
        2 => "closed",
        _ when code < 0 => "invalid",
        _ => "archived",
    }};
}}
"""


def vogen_package() -> Path:
    """Vogen's folder in the NuGet package cache (restored by src/UNModel)."""
    root = Path(os.environ.get("NUGET_PACKAGES") or Path.home() / ".nuget" / "packages")
    return root / "vogen" / VOGEN_VERSION


def project_file(unmodel_dll: Path, analyzers_dll: Path | None, empty_dll: Path | None, baseline: tuple[str, Path] | None = None) -> str:
    analyzer_items = f'    <Analyzer Include="{analyzers_dll}" />\n' if analyzers_dll else ""
    # The UNModel analyzers of an earlier commit, measured beside today's as configuration unmodel@<commit> (--baseline).
    baseline_items = (f"  <ItemGroup Condition=\"'$(Analyzers)' == '{baseline[0]}'\">\n    <Analyzer Include=\"{baseline[1]}\" />\n  </ItemGroup>\n"
                      if baseline else "")
    empty_items = f'    <Analyzer Include="{empty_dll}" />\n' if empty_dll else ""
    vogen = vogen_package() / "analyzers" / "dotnet"
    vogen_items = "".join(f'    <Analyzer Include="{d}" />\n' for d in (vogen / "cs" / "Vogen.SharedTypes.dll", vogen / "roslyn4.12" / "cs" / "Vogen.dll",
                                                                        vogen / "roslyn4.12" / "cs" / "Vogen.CodeFixers.dll"))
    # UNModel's value objects are Vogen types: their generated members name Vogen.SharedTypes, a consumer references it.
    shared_types = unmodel_dll.parent / "Vogen.SharedTypes.dll"
    shared_reference = f'    <Reference Include="Vogen.SharedTypes" HintPath="{shared_types}" />\n' if shared_types.exists() else ""
    return f"""<Project Sdk="Microsoft.NET.Sdk">
  <!-- Generated by benchmarks/build-cost/build_cost.py. Build with -p:Analyzers=none|empty|unmodel|vogen|meziantou. -->
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <OutputType>Library</OutputType>
    <Nullable>enable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
    <LangVersion>latest</LangVersion>
    <Deterministic>true</Deterministic>
    <GenerateDocumentationFile>false</GenerateDocumentationFile>
    <EnableNETAnalyzers>false</EnableNETAnalyzers>
    <EnforceCodeStyleInBuild>false</EnforceCodeStyleInBuild>
    <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
    <ReportAnalyzer>true</ReportAnalyzer>
    <Analyzers Condition="'$(Analyzers)' == ''">none</Analyzers>
  </PropertyGroup>
  <ItemGroup>
    <Reference Include="UNModel" HintPath="{unmodel_dll}" />
{shared_reference}  </ItemGroup>
  <ItemGroup Condition="'$(Analyzers)' == 'unmodel' or '$(Analyzers)' == 'vogen'">
{analyzer_items}  </ItemGroup>
  <ItemGroup Condition="'$(Analyzers)' == 'vogen'">
{vogen_items}  </ItemGroup>
  <ItemGroup Condition="'$(Analyzers)' == 'empty'">
{empty_items}  </ItemGroup>
{baseline_items}
  <ItemGroup Condition="'$(Analyzers)' == 'meziantou'">
    <PackageReference Include="Meziantou.Analyzer" Version="{MEZIANTOU_VERSION}" PrivateAssets="all" />
  </ItemGroup>
</Project>
"""


EMPTY_ANALYZER = """using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Empty
{
    /// <summary>Registers an invocation action that does nothing: the floor of any operation analyzer.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class EmptyInvocationAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new DiagnosticDescriptor("EMPTY0001", "Empty", "Empty", "Empty", DiagnosticSeverity.Warning, true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterOperationAction(_ => { }, OperationKind.Invocation);
        }
    }
}
"""

EMPTY_PROJECT = """<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>netstandard2.0</TargetFramework>
    <LangVersion>latest</LangVersion>
    <EnforceExtendedAnalyzerRules>true</EnforceExtendedAnalyzerRules>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Microsoft.CodeAnalysis.CSharp" Version="4.8.0" PrivateAssets="all" />
  </ItemGroup>
</Project>
"""


def build_empty_analyzer(work: Path) -> Path:
    """Builds the empty analyzer outside the repository; returns its DLL."""
    source = work / "empty-analyzer"
    source.mkdir(parents=True, exist_ok=True)
    for name, text in (("Directory.Build.props", "<Project />\n"), ("Directory.Build.targets", "<Project />\n"), ("Directory.Packages.props", "<Project />\n"),
                       ("EmptyAnalyzer.csproj", EMPTY_PROJECT), ("EmptyInvocationAnalyzer.cs", EMPTY_ANALYZER)):
        (source / name).write_text(text)
    run(["dotnet", "build", str(source / "EmptyAnalyzer.csproj"), "-c", "Release", "-o", str(work / "inputs" / "empty"), "-v:q", "-nologo"], source)
    return work / "inputs" / "empty" / "EmptyAnalyzer.dll"


def generate(kind: str, target: Path, files: int, unmodel_dll: Path, analyzers_dll: Path | None, empty_dll: Path | None = None,
             baseline: tuple[str, Path] | None = None) -> None:
    cat = Catalogue()
    if target.exists():
        shutil.rmtree(target)
    (target / "src").mkdir(parents=True)
    # Stop MSBuild from importing anything above (the repository's strict Directory.Build.props, central packages).
    (target / "Directory.Build.props").write_text("<Project />\n")
    (target / "Directory.Build.targets").write_text("<Project />\n")
    (target / "Directory.Packages.props").write_text("<Project />\n")
    (target / f"{kind.capitalize()}.csproj").write_text(project_file(unmodel_dll, analyzers_dll, empty_dll, baseline))
    make = {"heavy": heavy_file, "light": light_file, "plain": plain_file}[kind]
    for i in range(files):
        (target / "src" / f"File{i:04d}.cs").write_text(make(cat, i))


# --------------------------------------------------------------------------------------------------------------------
# Building and reading the compiler's report.
# --------------------------------------------------------------------------------------------------------------------

def run(cmd: list[str], cwd: Path, log: Path | None = None) -> tuple[float, str]:
    """Runs a command; returns its wall time and output. The CPU time of the process tree is kept in run.cpu."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    run.cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if log:
        log.write_text(proc.stdout)
    if proc.returncode != 0:
        sys.stderr.write(proc.stdout[-6000:])
        raise SystemExit(f"command failed ({proc.returncode}): {' '.join(cmd)}")
    return elapsed, proc.stdout


ANALYZER_LINE = re.compile(r"^\s*(<?\d+(?:\.\d+)?)\s+(<?\d+)\s+(\S.*?)\s*$")


def parse_report(text: str) -> dict:
    """Reads the Csc task time and the -p:ReportAnalyzer=true report from a -v:d build log."""
    result = {"csc": None, "analyzers_total": 0.0, "generators_total": 0.0, "assemblies": {}, "generator_assemblies": {}, "types": {}}
    m = re.search(r"^\s*(\d+) ms\s+Csc\s+\d+ calls", text, re.M)
    if m:
        result["csc"] = int(m.group(1)) / 1000.0
    lines = text.splitlines()
    section = None
    current_assembly = None
    for line in lines:
        s = line.strip()
        m = re.match(r"Total analyzer execution time: ([\d.]+) seconds", s)
        if m:
            result["analyzers_total"] = float(m.group(1))
            section = "analyzers"
            continue
        m = re.match(r"Total generator execution time: ([\d.]+) seconds", s)
        if m:
            result["generators_total"] = float(m.group(1))
            section = "generators"
            continue
        if section is None:
            continue
        if s.startswith("Time (s)") or not s:
            continue
        m = ANALYZER_LINE.match(line)
        if not m:
            section = None
            continue
        # The compiler prints times below a millisecond as "<0.001": counted as half a millisecond.
        seconds = 0.0005 if m.group(1).startswith("<") else float(m.group(1))
        name = m.group(3)
        indent = len(line) - len(line.lstrip())
        if section == "generators" and ", Version=" in name:
            result["generator_assemblies"][name.split(",")[0]] = seconds
        if section == "analyzers":
            if ", Version=" in name:
                current_assembly = name.split(",")[0]
                result["assemblies"][current_assembly] = seconds
            else:
                result["types"][(current_assembly, name)] = seconds
    return result


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--configs", default="none,empty,unmodel,meziantou")
    parser.add_argument("--projects", default="heavy,light,plain")
    parser.add_argument("--processes", type=int, default=3, help="Fresh processes of the in-process passes per project (0: none)")
    parser.add_argument("--passes", type=int, default=5, help="Passes of the analyzers per process")
    parser.add_argument("--work", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "unmodel-build-cost")
    parser.add_argument("--output", type=Path, default=None, help="Markdown report (default: WORK/results.md)")
    parser.add_argument("--no-build-inputs", action="store_true", help="Use the UNModel and analyzer DLLs already built")
    parser.add_argument("--serial-runs", type=int, default=3, help="Single-threaded compiles (csc /parallel-) per configuration")
    parser.add_argument("--no-warmup", action="store_true", help="Skip the discarded warm-up build")
    parser.add_argument("--serial-only", action="store_true", help="Only the single-threaded compiles, from the saved build logs and results")
    parser.add_argument("--report-only", action="store_true", help="Only rewrite the report from the results saved in WORK/results")
    parser.add_argument("--passes-only", action="store_true", help="Only the in-process passes, on the projects generated before in WORK")
    parser.add_argument("--baseline", default=None, help="A git revision whose UNModel analyzers are measured too, as configuration unmodel@REV, "
                        "paired with today's on the same projects")
    parser.add_argument("--interleave", action="store_true", help="Alternate the configurations run by run (single-threaded compiles and "
                        "in-process passes), so that a slow spell of the machine falls on all of them")
    opts = parser.parse_args()
    configs = opts.configs.split(",")
    baseline_name = None
    if opts.baseline:
        short = subprocess.run(["git", "rev-parse", "--short", opts.baseline], cwd=ROOT, stdout=subprocess.PIPE, text=True, check=True).stdout.strip()
        baseline_name = f"unmodel@{short}"
        if baseline_name not in configs:
            configs.append(baseline_name)
    projects = opts.projects.split(",")
    work: Path = opts.work.resolve()
    work.mkdir(parents=True, exist_ok=True)
    output = opts.output or work / "results.md"
    saved = work / "results"
    saved.mkdir(exist_ok=True)
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, stdout=subprocess.PIPE, text=True).stdout.strip() or "unknown"
    if opts.serial_only:
        for kind in projects:
            for config in configs:
                path = saved / f"{kind}-{config}.json"
                if not path.exists():
                    continue
                record = json.loads(path.read_text())
                log = (work / "logs" / f"{kind}-{config}-1.log").read_text()
                record["serial"] = [dict(p, types=[[a, t, v] for (a, t), v in p["types"].items()]) for p in serial_runs(opts, work, kind, config, log)]
                path.write_text(json.dumps(record, indent=1))
        opts.report_only = True
    if opts.report_only:
        write_report(load_results(saved), opts, output)
        print(output.read_text())
        return

    # 1. The inputs: UNModel.dll and, when the project exists, the UNModel analyzers, built in Release.
    unmodel_proj = ROOT / "src" / "UNModel" / "UNModel.csproj"
    analyzers_proj = ROOT / "analyzers" / "UNModel.Analyzers" / "UNModel.Analyzers.csproj"
    inputs = work / "inputs"
    # The inputs are only references for the generated projects: a warning in them (e.g. a public API entry not yet
    # declared while others work) must not stop the measurement, so warnings are not errors here.
    lenient = ["-p:TreatWarningsAsErrors=false", "-p:MinVerSkip=true"]
    if not opts.no_build_inputs:
        print("building UNModel (Release)...", flush=True)
        run(["dotnet", "build", str(unmodel_proj), "-c", "Release", "-o", str(inputs / "lib"), "-v:q", "-nologo", *lenient], ROOT)
        if "unmodel" in configs or "vogen" in configs:
            if not analyzers_proj.exists():
                raise SystemExit(f"{analyzers_proj} does not exist yet: run with --configs none,meziantou")
            print("building UNModel.Analyzers (Release)...", flush=True)
            run(["dotnet", "build", str(analyzers_proj), "-c", "Release", "-o", str(inputs / "analyzers"), "-v:q", "-nologo", *lenient], ROOT)
    baseline = None
    if baseline_name:
        short = baseline_name.split("@")[1]
        base_dll = inputs / f"analyzers-{short}" / "UNModel.Analyzers.dll"
        if not opts.no_build_inputs:
            source = work / f"source-{short}"
            if source.exists():
                shutil.rmtree(source)
            source.mkdir(parents=True)
            print(f"building UNModel.Analyzers at {short} (Release)...", flush=True)
            archive = subprocess.run(["git", "archive", "--format=tar", opts.baseline], cwd=ROOT, stdout=subprocess.PIPE, check=True).stdout
            subprocess.run(["tar", "-x", "-C", str(source)], input=archive, check=True)
            run(["dotnet", "build", str(source / "analyzers" / "UNModel.Analyzers" / "UNModel.Analyzers.csproj"), "-c", "Release", "-o", str(base_dll.parent), "-v:q", "-nologo", *lenient], source)
        baseline = (baseline_name, base_dll)
    unmodel_dll = inputs / "lib" / "UNModel.dll"
    analyzers_dll = inputs / "analyzers" / "UNModel.Analyzers.dll"
    if not analyzers_dll.exists():
        analyzers_dll = None
    empty_dll = inputs / "empty" / "EmptyAnalyzer.dll"
    if ("empty" in configs or opts.processes > 0) and not opts.no_build_inputs:
        print("building the empty analyzer...", flush=True)
        empty_dll = build_empty_analyzer(work)
    passes_tool = None
    if opts.processes > 0:
        print("building AnalyzerPasses (Release)...", flush=True)
        run(["dotnet", "build", str(ROOT / "benchmarks" / "build-cost" / "AnalyzerPasses" / "AnalyzerPasses.csproj"), "-c", "Release", "-o", str(inputs / "passes"), "-v:q", "-nologo", *lenient], ROOT)
        passes_tool = inputs / "passes" / "AnalyzerPasses.dll"

    analyzers_commit = subprocess.run(["git", "log", "-1", "--format=%h %cI", "--", "analyzers/UNModel.Analyzers"], cwd=ROOT, stdout=subprocess.PIPE, text=True).stdout.strip()
    for kind in projects:
        target = work / kind
        if opts.passes_only:
            if not (target / "src").exists():
                raise SystemExit(f"{target} was not generated: run without --passes-only first")
            configs = []
        else:
            print(f"generating {kind} ({opts.files} files) in {target}...", flush=True)
            generate(kind, target, opts.files, unmodel_dll, analyzers_dll, empty_dll if empty_dll.exists() else None, baseline)
        proj = target / f"{kind.capitalize()}.csproj"
        for config in configs:
            print(f"  {kind}/{config}: restore", flush=True)
            run(["dotnet", "restore", str(proj), f"-p:Analyzers={config}", "-v:q", "-nologo"], target)
            # The compiler runs in its own process (no shared compiler server, which other builds on the machine would
            # share), so the CPU time of the build's process tree includes the whole compilation.
            build = ["dotnet", "build", str(proj), "--no-restore", "--no-incremental", "-c", "Release", f"-p:Analyzers={config}",
                     "-p:UseSharedCompilation=false", "-nodeReuse:false", "-v:d", "-clp:PerformanceSummary", "-nologo", "-m:1"]
            logs = work / "logs"
            logs.mkdir(exist_ok=True)
            if config == configs[0] and not opts.no_warmup:
                # One discarded build per project warms the disk cache and the SDK; the compiler runs in its own
                # process every time, so there is nothing else to warm.
                run(build, target, logs / f"{kind}-{config}-warmup.log")
            walls, cpus, parsed = [], [], []
            for n in range(opts.runs):
                wall, text = run(build, target, logs / f"{kind}-{config}-{n + 1}.log")
                report = parse_report(text)
                walls.append(wall)
                cpus.append(run.cpu)
                parsed.append(report)
                print(f"  {kind}/{config} run {n + 1}: wall {wall:.2f} s, cpu {run.cpu:.2f} s, csc {report['csc']} s, analyzers {report['analyzers_total']:.3f} s", flush=True)
            # The same compilation once more, single-threaded (csc /parallel-): the analyzers then run one after the
            # other on the compiler's one thread, so the report's times are plain elapsed times of that thread and add up
            # to a share of the compile without the double counting of concurrent execution or lock waits.
            serial = [] if opts.interleave else serial_runs(opts, work, kind, config, text)
            record = {
                "serial": [dict(p, types=[[a, t, v] for (a, t), v in p["types"].items()]) for p in serial],
                "kind": kind, "config": config, "commit": commit, "files": opts.files, "runs": opts.runs,
                "when": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
                "analyzers_commit": analyzers_commit if config == "unmodel" else config.split("@")[1] if "@" in config else None,
                "walls": walls,
                "cpus": cpus,
                "parsed": [dict(p, assemblies=p["assemblies"], types=[[a, t, v] for (a, t), v in p["types"].items()]) for p in parsed],
            }
            (saved / f"{kind}-{config}.json").write_text(json.dumps(record, indent=1))

        if opts.interleave and configs and opts.serial_runs > 0:
            # Run n of every configuration, then run n + 1 of every one: a slow spell of the machine falls on all alike.
            logs = work / "logs"
            commands = {c: serial_command((logs / f"{kind}-{c}-{opts.runs}.log").read_text(), target, work / "rsp" / f"{kind}-{c}.rsp") for c in configs}
            by_config: dict[str, list[dict]] = {c: [] for c in configs}
            for n in range(opts.serial_runs):
                for config in configs:
                    by_config[config].append(serial_once(commands[config], work, kind, config, n))
            for config in configs:
                path = saved / f"{kind}-{config}.json"
                record = json.loads(path.read_text())
                record["serial"] = [dict(p, types=[[a, t, v] for (a, t), v in p["types"].items()]) for p in by_config[config]]
                record["interleaved"] = True
                path.write_text(json.dumps(record, indent=1))

        if passes_tool and analyzers_dll and empty_dll.exists():
            rsp = work / "rsp" / f"{kind}-{(configs or opts.configs.split(','))[0]}.rsp"
            if baseline:
                # Two builds of one assembly cannot share a process: each runs beside the empty analyzer in processes of
                # its own, today's and the baseline's alternating.
                passes, allocated = {}, {}
                for n in range(opts.processes):
                    for label, dll in (("", analyzers_dll), ("@" + baseline_name.split("@")[1], baseline[1])):
                        one = in_process(passes_tool, target, rsp, [empty_dll, dll], 1, opts.passes)
                        for name, runs in one.items():
                            key = name if name == "EmptyAnalyzer" or not label else name + label
                            passes.setdefault(key, []).extend(runs)
                            allocated.setdefault(key, []).extend(in_process.allocated.get(name, []))
                in_process.allocated = allocated
            else:
                passes = in_process(passes_tool, target, rsp, [empty_dll, analyzers_dll], opts.processes, opts.passes)
            (saved / f"{kind}-passes.json").write_text(json.dumps({"kind": kind, "commit": commit, "files": opts.files, "passes": passes,
                                                                  "allocated": getattr(in_process, "allocated", {}),
                                                                  "when": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")}, indent=1))

    write_report(load_results(saved), opts, output)
    print(output.read_text())


def in_process(tool: Path, target: Path, rsp: Path, analyzers: list[Path], processes: int, passes: int) -> dict:
    """Runs AnalyzerPasses in fresh processes; returns {assembly: [[seconds of pass 1..N] per process]}, and in
    in_process.allocated {assembly: [[bytes of pass 1..N] per process]}."""
    result: dict[str, list[list[float]]] = {}
    allocated: dict[str, list[list[int]]] = {}
    for n in range(processes):
        _, out = run(["dotnet", str(tool), "--sources", str(target / "src"), "--rsp", str(rsp), "--analyzer", ",".join(str(a) for a in analyzers),
                      "--passes", str(passes)], target, target.parent / "logs" / f"{target.name}-passes-{n + 1}.log")
        per: dict[str, list[float]] = {}
        per_alloc: dict[str, list[int]] = {}
        for line in out.splitlines():
            m = re.match(r"^pass (\d+) (\S+) ([0-9.]+) .* allocated (\d+)", line)
            if m:
                per.setdefault(m.group(2), []).append(float(m.group(3)))
                per_alloc.setdefault(m.group(2), []).append(int(m.group(4)))
        for name, values in per.items():
            result.setdefault(name, []).append(values)
            allocated.setdefault(name, []).append(per_alloc[name])
            print(f"  {target.name} in process {n + 1}: {name}: " + ", ".join(f"{v:.3f}" for v in values)
                  + " s; allocated " + ", ".join(f"{a / 1e6:.1f}" for a in per_alloc[name]) + " MB", flush=True)
    in_process.allocated = allocated
    return result


def serial_runs(opts, work: Path, kind: str, config: str, log: str) -> list[dict]:
    """Compiles single-threaded (csc /parallel-) opts.serial_runs times with the command line of a build log."""
    command = serial_command(log, work / kind, work / "rsp" / f"{kind}-{config}.rsp")
    return [serial_once(command, work, kind, config, n) for n in range(opts.serial_runs)]


def serial_once(command: tuple[str, Path], work: Path, kind: str, config: str, n: int) -> dict:
    """One single-threaded compile (run n, from 0) of a configuration's command line."""
    csc, rsp = command
    wall, out = run([csc, f"@{rsp}"], work / kind, work / "logs" / f"{kind}-{config}-serial-{n + 1}.log")
    report = parse_report(out)
    report["csc"] = wall
    report["cpu"] = run.cpu
    print(f"  {kind}/{config} serial {n + 1}: wall {wall:.2f} s, cpu {run.cpu:.2f} s, analyzers {report['analyzers_total']:.3f} s", flush=True)
    return report


def compiler_command(log: str) -> tuple[str, str] | None:
    """The compiler and its arguments from a -v:d build log; None when the log has no csc command line."""
    for line in log.splitlines():
        m = re.match(r"^\s*(\S*/bincore/csc(?:\.exe)?|\S*csc\.dll)\s+(/noconfig .*)$", line)
        if m:
            return m.group(1), m.group(2)
    return None


def serial_command(log: str, target: Path, rsp: Path) -> tuple[str, Path]:
    """The compiler's command line from a -v:d build log, as a response file with /parallel- added."""
    command = compiler_command(log)
    if command is None:
        raise SystemExit("no csc command line in the build log of " + str(target))
    rsp.parent.mkdir(parents=True, exist_ok=True)
    rsp.write_text(command[1] + " /parallel-\n")
    return command[0], rsp


def load_results(saved: Path) -> dict[tuple[str, str], dict]:
    results = {}
    for path in sorted(saved.glob("*.json")):
        record = json.loads(path.read_text())
        if "passes" in record:
            results[(record["kind"], "passes")] = record
            continue
        for p in record["parsed"] + record.get("serial", []):
            p["types"] = {(a, t): v for a, t, v in p["types"]}
        results[(record["kind"], record["config"])] = record
    return results


ASSEMBLY = {"unmodel": "UNModel.Analyzers", "vogen": "Vogen", "meziantou": "Meziantou.Analyzer", "empty": "EmptyAnalyzer"}


def own_time(sample: dict, assembly: str) -> float:
    """An assembly's analyzer time in one compile, plus its source generators' time (Vogen is both)."""
    return sample["assemblies"].get(assembly, 0.0) + sample.get("generator_assemblies", {}).get(assembly, 0.0)


def assembly_of(config: str) -> str | None:
    return ASSEMBLY.get(config.split("@")[0])


def samples(record) -> list[dict]:
    """The single-threaded compiles when measured (their analyzer times add up), else the builds."""
    return record.get("serial") or record["parsed"]


def per_analyzer(record, assembly: str) -> list[tuple[float, str, int]]:
    """(median time, "Type (ids)", number of rule ids) of each analyzer type of an assembly, most expensive first."""
    if not record:
        return []
    names = sorted({t for p in samples(record) for t in p["types"] if t[0] == assembly})
    rows = []
    for key in names:
        ids = re.search(r"\(([^)]*)\)\s*$", key[1])
        n = len(ids.group(1).split(",")) if ids else 1
        rows.append((median([p["types"].get(key, 0.0) for p in samples(record)]), key[1], n))
    rows.sort(key=lambda row: (-row[0], row[1]))
    return rows


def write_report(results, opts, output: Path) -> None:
    passes = {key[0]: r for key, r in results.items() if key[1] == "passes"}
    results = {key: r for key, r in results.items() if key[1] != "passes"}
    projects = [k for k in ("heavy", "light", "plain") if any(key[0] == k for key in results)]
    # Earlier measurements of the UNModel analyzers can be kept beside the latest as config "unmodel@<commit>".
    order = {"none": 0, "empty": 1, "unmodel": 2, "vogen": 3, "meziantou": 5}
    configs = sorted({key[1] for key in results}, key=lambda c: (order.get(c, 3), c))
    out = []
    out.append(f"Build-cost results ({os.cpu_count()} cores). Per configuration: commit, files, timed runs, when:\n")
    for (kind, config), r in sorted(results.items()):
        extra = f"; analyzers last changed {r['analyzers_commit']}" if r.get("analyzers_commit") else ""
        out.append(f"- {kind}/{config}: commit {r['commit']}, {r['files']} files, {r['runs']} runs, {r['when']}{extra}")
    out.append("")
    out.append("| project | analyzers | median wall (s) | wall runs (s) | median CPU (s) | CPU vs none | median Csc (s) | analyzers under test (s) | share of Csc |")
    out.append("|---|---|---:|---|---:|---:|---:|---:|---:|")
    for kind in projects:
        base = results.get((kind, "none"))
        base_cpu = median(base.get("cpus", [])) if base else None
        for config in configs:
            r = results.get((kind, config))
            if not r:
                continue
            csc = median([p["csc"] for p in r["parsed"] if p["csc"] is not None])
            assembly = assembly_of(config)
            own_median = median([own_time(p, assembly) for p in r["parsed"]]) if assembly else None
            share = f"{100 * own_median / csc:.2f} %" if own_median is not None else "-"
            cpu = median(r.get("cpus", []))
            delta = f"{100 * (cpu - base_cpu) / base_cpu:+.1f} %" if base_cpu and config != "none" else "-"
            out.append(f"| {kind} | {config} | {median(r['walls']):.2f} | {', '.join(f'{w:.1f}' for w in r['walls'])} | {cpu:.2f} | {delta} | {csc:.2f} | "
                       f"{'-' if own_median is None else f'{own_median:.3f}'} | {share} |")
    out.append("")
    if any(r.get("serial") for r in results.values()):
        out.append("Single-threaded compile of the same projects (`csc /parallel-`, the command line of the build above). The compiler "
                   "binds and emits on one thread while its analyzer driver runs the analyzers beside it; an analyzer's time is the elapsed "
                   "time of its callbacks. 'All analyzers vs none' is the change of the compiler's total analyzer time (the SDK's own analyzers "
                   "included): work that any analyzer starting first would pay, such as binding the references, moves between analyzers and "
                   "cancels out there:\n")
        out.append("| project | analyzers | median compile (s) | median CPU (s) | CPU vs none | analyzers under test (s) | runs (s) | share of compile | all analyzers vs none (s) |")
        out.append("|---|---|---:|---:|---:|---:|---|---:|---:|")
        for kind in projects:
            base = results.get((kind, "none"))
            base_cpu = median([p["cpu"] for p in base["serial"]]) if base and base.get("serial") else None
            base_total = median([p["analyzers_total"] for p in base["serial"]]) if base and base.get("serial") else None
            for config in configs:
                r = results.get((kind, config))
                if not r or not r.get("serial"):
                    continue
                wall = median([p["csc"] for p in r["serial"]])
                cpu = median([p["cpu"] for p in r["serial"]])
                total = median([p["analyzers_total"] for p in r["serial"]])
                assembly = assembly_of(config)
                own_runs = [own_time(p, assembly) for p in r["serial"]] if assembly else []
                own = median(own_runs) if assembly else None
                delta = f"{100 * (cpu - base_cpu) / base_cpu:+.1f} %" if base_cpu and config != "none" else "-"
                marginal = f"{total - base_total:+.3f}" if base_total is not None and config != "none" else "-"
                out.append(f"| {kind} | {config} | {wall:.2f} | {cpu:.2f} | {delta} | {'-' if own is None else f'{own:.3f}'} | "
                           f"{', '.join(f'{v:.3f}' for v in own_runs) or '-'} | {'-' if own is None else f'{100 * own / wall:.2f} %'} | {marginal} |")
        out.append("")
    if passes:
        out.append("In process (`AnalyzerPasses`): the analyzers' execution time by the compiler's telemetry, single-threaded, over the "
                   "same compilation; pass 1 of each fresh process is cold (JIT, first read of the Charter's data), passes 2 and later warm. "
                   "Median over the processes; the warm range is the lowest and highest warm pass of all processes:\n")
        out.append("| project | analyzers | cold, pass 1 (s) | cold range (s) | warm, median (s) | warm range (s) | cold vs empty | warm vs empty | allocated per pass (MB) |")
        out.append("|---|---|---:|---|---:|---|---:|---:|---|")
        for kind in projects:
            p = passes.get(kind)
            if not p:
                continue
            base = p["passes"].get("EmptyAnalyzer")
            base_cold = median([runs[0] for runs in base]) if base else None
            base_warm = median([v for runs in base for v in runs[1:]]) if base else None
            for name, runs in sorted(p["passes"].items(), key=lambda item: item[0] != "EmptyAnalyzer"):
                cold = [r[0] for r in runs]
                warm = [v for r in runs for v in r[1:]]
                allocs = [v for runs in p.get("allocated", {}).get(name, []) for v in runs[1:]]
                alloc = f"{min(allocs) / 1e6:.1f}-{max(allocs) / 1e6:.1f}" if allocs else "-"
                out.append(f"| {kind} | {name} | {median(cold):.3f} | {min(cold):.3f}-{max(cold):.3f} | {median(warm):.3f} | {min(warm):.3f}-{max(warm):.3f} | "
                           f"{'-' if name == 'EmptyAnalyzer' or not base_cold else f'{median(cold) / base_cold:.1f}x'} | "
                           f"{'-' if name == 'EmptyAnalyzer' or not base_warm else f'{median(warm) / base_warm:.1f}x'} | {alloc} |")
        out.append("")
    for kind in projects:
        mez = per_analyzer(results.get((kind, "meziantou")), ASSEMBLY["meziantou"])
        mez_type = median([v for v, _, _ in mez]) if mez else None
        mez_rule = median([v / n for v, _, n in mez for _ in range(n)]) if mez else None
        for config in [c for c in configs if c != "none"]:
            r = results.get((kind, config))
            if not r:
                continue
            csc = median([p["csc"] for p in samples(r) if p["csc"] is not None])
            rows = per_analyzer(r, assembly_of(config))
            rules = sum(n for _, _, n in rows)
            how = "single-threaded compile" if r.get("serial") else "Csc task"
            out.append(f"#### {kind} / {config}: {len(rows)} analyzers ({rules} rule ids) listed by the compiler, {how} {csc:.2f} s\n")
            if config == "meziantou" and rows:
                out.append(f"Median Meziantou analyzer: {mez_type:.4f} s; median Meziantou rule (analyzer time / its rule ids): {mez_rule:.5f} s; "
                           f"mean analyzer {statistics.mean(v for v, _, _ in rows):.4f} s. The 15 most expensive:\n")
            out.append("| analyzer (rules) | median time (s) | per rule (s) | share of compile |" + (" vs median Meziantou rule |" if config.startswith("unmodel") and mez else ""))
            out.append("|---|---:|---:|---:|" + ("---|" if config.startswith("unmodel") and mez else ""))
            limit = len(rows) if config.startswith("unmodel") else min(len(rows), 15)
            for value, name, n in rows[:limit]:
                line = f"| {name} | {value:.4f} | {value / n:.5f} | {100 * value / csc:.3f} % |"
                if config.startswith("unmodel") and mez:
                    line += (" cheaper or equal |" if value / n <= mez_rule else f" {value / n / mez_rule:.1f}x dearer |") if mez_rule else " - |"
                out.append(line)
            if limit < len(rows):
                out.append(f"| … {len(rows) - limit} more | | | |")
            out.append("")
    output.write_text("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
