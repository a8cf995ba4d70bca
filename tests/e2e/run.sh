#!/usr/bin/env bash
# End-to-end test of the packages as a user meets them (issue 5, docs/package.md):
# pack UNModel, UNModel.Records and UNModel.Cli into a temporary local feed, then, from temporary consumer projects that
# reference a package BY VERSION from that feed (no project reference, their own nuget.config, a fresh NUGET_PACKAGES folder):
#   - the package holds lib/net10.0/UNModel.dll (+ .xml) and the analyzers and code fixes under analyzers/dotnet/cs;
#   (a) valid code builds clean;                     (b) a non-permanent veto fails the build with error UNM0001;
#   (c) -p:ErrorLog=…,version=2.1 writes SARIF 2.1;  (d) .editorconfig cannot silence a Charter rule, can configure a style rule;
#   (e) the consumer runs and decides a vote;        (f) `dotnet tool install` of UNModel.Cli, then `unmodel replay`,
#       `import`, `agreement` (cohesion too) and `chart rcid:N` outside the clone on the data the tool carries;
#   (g) UNModel.Records: its own package, depending on UNModel at the same version, without analyzers of its own; a
#       consumer of it computes voting power, and the analyzers reach it through UNModel;
#   (h) the local-feed recipe of docs/package.md, run as written in an empty home folder with an empty package cache;
#   (i) a pack of uncommitted changes never carries the clean commit's version;
#   (j) UNModel depends on Vogen for its runtime assembly only: a consumer compiles without Vogen's generator and
#       analyzers, and `default(CountryCode)` fails its build with UNModel's error UNM0009.
# Prints PASS/FAIL per check and "e2e: N passed, N failed"; exits non-zero on any failure.
# E2E_RESULT_FILE=path also writes "PASSED FAILED" there (.ci/run adds them to its totals). E2E_KEEP=1 keeps the work dir.
set -uo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
here="$root/tests/e2e"
work="$(mktemp -d "${TMPDIR:-/tmp}/unmodel-e2e.XXXXXX")"
feed="$work/feed"
logs="$work/logs"
mkdir -p "$feed" "$logs"

passed=0
failed=0
started=$SECONDS
configuration=Release
step_timeout=600

finish() {
  echo "e2e: $passed passed, $failed failed ($((SECONDS - started)) s)"
  if [ -n "${E2E_RESULT_FILE:-}" ]; then
    echo "$passed $failed" > "$E2E_RESULT_FILE"
  fi
  if [ "$failed" -eq 0 ] && [ "${E2E_KEEP:-0}" != "1" ]; then
    rm -rf "$work"
  else
    echo "e2e: work directory kept: $work"
  fi
  [ "$failed" -eq 0 ]
}

# check NAME FUNCTION: runs FUNCTION, prints PASS/FAIL with its time; the function prints the reason of a failure.
check() {
  local name="$1" fn="$2" t0=$SECONDS reason
  reason="$work/reason.txt"
  : > "$reason"
  if "$fn" > "$reason" 2>&1; then
    passed=$((passed + 1))
    echo "PASS $name ($((SECONDS - t0)) s)"
  else
    failed=$((failed + 1))
    echo "FAIL $name ($((SECONDS - t0)) s)"
    sed 's/^/     /' "$reason" | tail -n 40
  fi
}

# skip NAME WHY: a check that cannot run because an earlier one failed counts as failed.
skip() {
  failed=$((failed + 1))
  echo "FAIL $1 (not run: $2)"
}

# run LOG COMMAND...: runs a command with a time limit, output to a log file (never through a pipe: build servers
# that outlive the command must not hold our standard output open).
run() {
  local log="$1"
  shift
  timeout "$step_timeout" "$@" > "$log" 2>&1
}

fail_with_log() {
  echo "$1"
  echo "--- $(basename "$2") (last 30 lines)"
  tail -n 30 "$2"
  return 1
}

# ---------------------------------------------------------------------------------------------------------------------
# Pack into the local feed (the repository's own package cache and settings: this is the producer side).

version=""
cli_version=""
records_version=""

pack_library() {
  run "$logs/pack-library.log" dotnet pack "$root/src/UNModel/UNModel.csproj" -c "$configuration" -o "$feed" -nologo ||
    fail_with_log "dotnet pack src/UNModel failed" "$logs/pack-library.log" || return 1
  local nupkg
  nupkg="$(find "$feed" -maxdepth 1 -name 'UNModel.[0-9]*.nupkg' | head -n 1)"
  [ -n "$nupkg" ] || { echo "no UNModel.<version>.nupkg in $feed"; ls -l "$feed"; return 1; }
  version="$(basename "$nupkg" .nupkg)"
  version="${version#UNModel.}"
  [ -f "$feed/UNModel.$version.snupkg" ] || { echo "no symbol package UNModel.$version.snupkg"; return 1; }
  echo "UNModel $version"
}

pack_records() {
  run "$logs/pack-records.log" dotnet pack "$root/src/UNModel.Records/UNModel.Records.csproj" -c "$configuration" -o "$feed" -nologo ||
    fail_with_log "dotnet pack src/UNModel.Records failed" "$logs/pack-records.log" || return 1
  local nupkg
  nupkg="$(find "$feed" -maxdepth 1 -name 'UNModel.Records.[0-9]*.nupkg' | head -n 1)"
  [ -n "$nupkg" ] || { echo "no UNModel.Records.<version>.nupkg in $feed"; ls -l "$feed"; return 1; }
  records_version="$(basename "$nupkg" .nupkg)"
  records_version="${records_version#UNModel.Records.}"
  unzip -l "$nupkg" > "$logs/records-contents.txt"
  local entry
  for entry in lib/net10.0/UNModel.Records.dll lib/net10.0/UNModel.Records.xml README.md; do
    grep -q " $entry\$" "$logs/records-contents.txt" || { echo "missing from UNModel.Records: $entry"; cat "$logs/records-contents.txt"; return 1; }
  done
  if grep -qE ' analyzers/| lib/net10.0/UNModel\.dll$' "$logs/records-contents.txt"; then
    echo "UNModel.Records carries the model or the analyzers itself (they come from the UNModel package):"
    cat "$logs/records-contents.txt"
    return 1
  fi
  unzip -p "$nupkg" UNModel.Records.nuspec > "$logs/UNModel.Records.nuspec"
  grep -qE "<dependency id=\"UNModel\" version=\"\[?$records_version[^\"]*\" include=\"All\"" "$logs/UNModel.Records.nuspec" ||
    { echo "UNModel.Records does not depend on UNModel $records_version:"; cat "$logs/UNModel.Records.nuspec"; return 1; }
  echo "UNModel.Records $records_version"
}

pack_tool() {
  run "$logs/pack-tool.log" dotnet pack "$root/src/UNModel.Cli/UNModel.Cli.csproj" -c "$configuration" -o "$feed" -nologo ||
    fail_with_log "dotnet pack src/UNModel.Cli failed" "$logs/pack-tool.log" || return 1
  local nupkg
  nupkg="$(find "$feed" -maxdepth 1 -name 'UNModel.Cli.[0-9]*.nupkg' | head -n 1)"
  [ -n "$nupkg" ] || { echo "no UNModel.Cli.<version>.nupkg in $feed"; return 1; }
  cli_version="$(basename "$nupkg" .nupkg)"
  cli_version="${cli_version#UNModel.Cli.}"
  unzip -l "$nupkg" > "$logs/tool-contents.txt"
  grep -q 'tools/net10.0/any/DotnetToolSettings.xml' "$logs/tool-contents.txt" || { echo "not a .NET tool package"; cat "$logs/tool-contents.txt"; return 1; }
  grep -q 'tools/net10.0/any/UNModel.Cli.dll' "$logs/tool-contents.txt" || { echo "no UNModel.Cli.dll in the tool package"; return 1; }
}

package_layout() {
  local nupkg="$feed/UNModel.$version.nupkg" missing=0 entry
  unzip -l "$nupkg" > "$logs/contents.txt" || { echo "unzip -l failed"; return 1; }
  for entry in lib/net10.0/UNModel.dll lib/net10.0/UNModel.xml README.md \
               analyzers/dotnet/cs/UNModel.Analyzers.dll analyzers/dotnet/cs/UNModel.Analyzers.CodeFixes.dll; do
    if ! grep -q " $entry\$" "$logs/contents.txt"; then
      echo "missing from the package: $entry"
      missing=1
    fi
  done
  # Nothing else belongs under analyzers/: no Roslyn or other dependency dlls next to ours.
  if grep -E ' analyzers/' "$logs/contents.txt" | grep -vE ' analyzers/dotnet/cs/UNModel\.Analyzers(\.CodeFixes)?\.dll$' | grep -q .; then
    echo "unexpected files under analyzers/:"
    grep -E ' analyzers/' "$logs/contents.txt" | grep -vE 'UNModel\.Analyzers(\.CodeFixes)?\.dll$'
    missing=1
  fi
  if [ "$missing" -ne 0 ]; then
    cat "$logs/contents.txt"
    return 1
  fi
}

package_metadata() {
  local nuspec="$logs/UNModel.nuspec" problems=0
  unzip -p "$feed/UNModel.$version.nupkg" UNModel.nuspec > "$nuspec" || { echo "no nuspec"; return 1; }
  expect_in_nuspec() {
    grep -qE "$1" "$nuspec" || { echo "nuspec lacks $2"; problems=1; }
  }
  expect_in_nuspec '<id>UNModel</id>' 'the id UNModel'
  expect_in_nuspec '<license type="expression">MIT</license>' 'the MIT licence expression'
  expect_in_nuspec '<readme>README.md</readme>' 'the README'
  expect_in_nuspec '<description>.+</description>' 'a description'
  expect_in_nuspec '<tags>.*united-nations.*</tags>' 'the tags'
  expect_in_nuspec '<repository type="git" url="https://github.com/unmodel/unmodel"[^>]* commit="[0-9a-f]{40}"' 'the repository url and commit'
  if grep -q 'UNModel.Analyzers' "$nuspec"; then
    echo "the analyzer projects leaked into the package dependencies"
    problems=1
  fi
  [ "$problems" -eq 0 ] || { cat "$nuspec"; return 1; }
}

symbol_package() {
  python3 - "$feed/UNModel.$version.snupkg" "$logs/UNModel.nuspec" <<'PY'
import re, sys, zipfile
snupkg, nuspec = sys.argv[1], open(sys.argv[2], encoding="utf-8-sig").read()
commit = re.search(r'commit="([0-9a-f]{40})"', nuspec).group(1)
with zipfile.ZipFile(snupkg) as z:
    pdb = z.read("lib/net10.0/UNModel.pdb")
link = re.search(rb'\{"documents":\{[^}]*\}\}', pdb)
assert link, "UNModel.pdb has no SourceLink"
print(link.group(0).decode())
assert ("https://raw.githubusercontent.com/unmodel/unmodel/" + commit + "/").encode() in link.group(0), "SourceLink does not point at commit " + commit
PY
}

# (h) The documented recipe, literally: the block between the e2e:local-feed markers of docs/package.md, in a fresh home
# folder (so ~ is private: its feed, its NuGet settings, its package cache), with <version> the version it packed.
documented_recipe() {
  local home="$work/recipe-home" block="$work/recipe-block.sh" script="$work/recipe.sh" out="$logs/recipe.log"
  mkdir -p "$home"
  awk '/<!-- e2e:local-feed -->/{on=1; next} /<!-- \/e2e:local-feed -->/{on=0} on' "$root/docs/package.md" | sed '/^```/d' > "$block"
  grep -q 'dotnet pack' "$block" || { echo "no e2e:local-feed block with 'dotnet pack' in docs/package.md"; return 1; }
  {
    echo 'set -euo pipefail'
    echo 'unmodel_version() { ls ~/unmodel-feed | sed -n "s/^UNModel\.\([0-9][^/]*\)\.nupkg$/\1/p" | head -n 1; }'
    sed 's/<version>/"$(unmodel_version)"/g' "$block"
  } > "$script"
  (cd "$root" && env -u NUGET_PACKAGES HOME="$home" DOTNET_CLI_HOME="$home" timeout "$step_timeout" bash "$script" > "$out" 2>&1) ||
    fail_with_log "the documented local-feed recipe failed" "$out" || return 1
  [ -d "$home/.nuget/packages/unmodel" ] || { echo "UNModel was not restored into the private package cache"; return 1; }
  grep -q 'S/2025/112' "$out" && grep -q 'Adopted' "$out" || fail_with_log "the recipe's 'unmodel replay' printed no decision" "$out" || return 1
  # The research commands ran from the installed tool in the home folder, on the data the tool carries.
  grep -q 'unvotes.csv: read 870,109, accepted 870,109, rejected 0' "$out" &&
    grep -q '^1964  0 ' "$out" && grep -q '^Cohesion of USA, GBR, FRA' "$out" && grep -q 'A/RES/2758 (XXVI)' "$out" &&
    [ -s "$home/MyVotes/2758.svg" ] || fail_with_log "the recipe's import, agreement, cohesion or chart printed something else" "$out" || return 1
  tail -n 3 "$out"
}

# (i) Packs never reuse a version: a clone of the committed tree packs under its commit's version; the same clone with a
# change packs under another one, with a local pre-release identifier.
version_not_reused() {
  local clone="$work/version-clone" clean changed
  git clone --quiet "$root" "$clone" || { echo "git clone failed"; return 1; }
  run "$logs/pack-clean.log" dotnet pack "$clone/src/UNModel/UNModel.csproj" -c "$configuration" -o "$work/clean-feed" -nologo ||
    fail_with_log "pack of the clean clone failed" "$logs/pack-clean.log" || return 1
  printf '\n// an uncommitted change\n' >> "$clone/src/UNModel/Tally.cs"
  run "$logs/pack-changed.log" dotnet pack "$clone/src/UNModel/UNModel.csproj" -c "$configuration" -o "$work/changed-feed" -nologo ||
    fail_with_log "pack of the changed clone failed" "$logs/pack-changed.log" || return 1
  clean="$(basename "$(ls "$work/clean-feed"/UNModel.[0-9]*.nupkg)" .nupkg)"
  changed="$(basename "$(ls "$work/changed-feed"/UNModel.[0-9]*.nupkg)" .nupkg)"
  echo "clean: $clean; with an uncommitted change: $changed"
  case "$clean" in *.local.*) echo "the clean clone got a local version"; return 1 ;; esac
  case "$changed" in *.local.*) ;; *) echo "the changed tree has no local pre-release identifier"; return 1 ;; esac
  [ "$clean" != "$changed" ] || { echo "the same version for both"; return 1; }
}

# ---------------------------------------------------------------------------------------------------------------------
# The consumer side: everything below uses its own NuGet settings and an empty package cache.

consumers="$work/consumers"

consumer_env() {
  export NUGET_PACKAGES="$work/packages"
  export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
  mkdir -p "$consumers"
  # The consumers must not see the repository's build settings (they live outside the repository anyway).
  printf '<Project />\n' > "$consumers/Directory.Build.props"
  printf '<Project />\n' > "$consumers/Directory.Build.targets"
  printf '<Project />\n' > "$consumers/Directory.Packages.props"
  sed "s|@FEED@|$feed|" "$here/consumer/nuget.config.template" > "$consumers/nuget.config"
}

# new_consumer NAME [CASE_FILE...]: a consumer project of UNModel in $work/NAME with Program.cs and the given case files.
new_consumer() {
  local dir="$consumers/$1"
  shift
  mkdir -p "$dir"
  sed "s|@PACKAGE@|UNModel|; s|@VERSION@|$version|" "$here/consumer/Consumer.csproj.template" > "$dir/Consumer.csproj"
  cp "$here/consumer/Program.cs" "$dir/"
  local f
  for f in "$@"; do
    case "$f" in
      *.editorconfig) cp "$here/cases/$f" "$dir/.editorconfig" ;;
      *) cp "$here/cases/$f" "$dir/" ;;
    esac
  done
  echo "$dir"
}

# build DIR LOG [ARGS...]: dotnet build of a consumer, classic console logger so the log is plain text.
build() {
  local dir="$1" log="$2"
  shift 2
  run "$log" dotnet build "$dir/Consumer.csproj" -c Debug -nologo -tl:off -v:minimal "$@"
}

consumer_builds_clean() {
  local dir
  dir="$(new_consumer valid)"
  build "$dir" "$logs/valid.log" || fail_with_log "the valid consumer does not build" "$logs/valid.log" || return 1
  if grep -E ': (warning|error) ' "$logs/valid.log" | grep -q .; then
    fail_with_log "the valid consumer builds with diagnostics" "$logs/valid.log"
    return 1
  fi
  # The consumer got UNModel from the local feed, at the version just packed.
  [ -f "$NUGET_PACKAGES/unmodel/$version/lib/net10.0/UNModel.dll" ] ||
    { echo "UNModel $version was not restored into the fresh package folder"; ls -R "$NUGET_PACKAGES" | head -20; return 1; }
}

consumer_runs() {
  local out="$logs/run.out"
  run "$out" dotnet run --project "$consumers/valid/Consumer.csproj" -c Debug --no-build ||
    fail_with_log "the consumer does not run" "$out" || return 1
  cat "$out"
  grep -q '^outcome: Adopted$' "$out" && grep -q '^reason: MajorityReached$' "$out" && grep -q 'S/2025/112' "$out" ||
    { echo "unexpected decision"; return 1; }
}

veto_fails_build() {
  local dir
  dir="$(new_consumer veto NonPermanentVeto.cs)"
  if build "$dir" "$logs/veto.log"; then
    fail_with_log "the build with Ballot.Veto(MemberStates.Slovenia) succeeded" "$logs/veto.log"
    return 1
  fi
  grep -E 'NonPermanentVeto\.cs\([0-9]+,[0-9]+\): error UNM0001' "$logs/veto.log" ||
    fail_with_log "no 'error UNM0001' at NonPermanentVeto.cs" "$logs/veto.log"
}

sarif_log() {
  local dir="$consumers/veto" sarif="$consumers/veto/findings.sarif"
  rm -f "$sarif"
  build "$dir" "$logs/sarif.log" --no-incremental "-p:ErrorLog=$sarif%2Cversion=2.1" && { echo "the build unexpectedly succeeded"; return 1; }
  [ -s "$sarif" ] || fail_with_log "no SARIF file written at $sarif" "$logs/sarif.log" || return 1
  python3 - "$sarif" <<'PY'
import json, sys
log = json.load(open(sys.argv[1], encoding="utf-8"))
assert log.get("version") == "2.1.0", "SARIF version is %r, not 2.1.0" % log.get("version")
assert "sarif-2.1.0" in log.get("$schema", ""), "no SARIF 2.1.0 schema"
hits = []
for run in log["runs"]:
    rules = {r["id"]: r for r in run.get("tool", {}).get("driver", {}).get("rules", [])}
    for res in run.get("results", []):
        if res.get("ruleId") != "UNM0001":
            continue
        loc = res["locations"][0]["physicalLocation"]
        uri, line = loc["artifactLocation"]["uri"], loc["region"]["startLine"]
        hits.append((res.get("level"), uri, line, rules.get("UNM0001", {}).get("helpUri")))
assert hits, "no UNM0001 result in the SARIF log"
level, uri, line, help_uri = hits[0]
print("UNM0001 %s at %s:%d (help: %s)" % (level, uri, line, help_uri))
assert level == "error", "UNM0001 is %r, not an error" % level
assert uri.endswith("NonPermanentVeto.cs"), "location %r is not NonPermanentVeto.cs" % uri
src = open(sys.argv[1].rsplit("/", 1)[0] + "/NonPermanentVeto.cs", encoding="utf-8").read().splitlines()
assert "Veto(MemberStates.Slovenia)" in src[line - 1], "line %d is not the veto: %r" % (line, src[line - 1])
assert help_uri and help_uri.endswith("/docs/rules/UNM0001.md"), "no help link for UNM0001: %r" % help_uri
PY
}

charter_rule_not_configurable() {
  local dir
  dir="$(new_consumer veto-none NonPermanentVeto.cs charter-rule-none.editorconfig)"
  if build "$dir" "$logs/veto-none.log"; then
    fail_with_log "'dotnet_diagnostic.UNM0001.severity = none' silenced the Charter rule" "$logs/veto-none.log"
    return 1
  fi
  grep -E 'error UNM0001' "$logs/veto-none.log" || fail_with_log "no 'error UNM0001'" "$logs/veto-none.log"
}

style_rule_configurable() {
  local dir
  dir="$(new_consumer style AbstentionAsVeto.cs)"
  build "$dir" "$logs/style-default.log" ||
    fail_with_log "the style-rule case should build (UNM0018 is a warning by default)" "$logs/style-default.log" || return 1
  grep -E 'AbstentionAsVeto\.cs\([0-9]+,[0-9]+\): warning UNM0018' "$logs/style-default.log" ||
    fail_with_log "no 'warning UNM0018' by default" "$logs/style-default.log" || return 1
  cp "$here/cases/style-rule-none.editorconfig" "$dir/.editorconfig"
  build "$dir" "$logs/style-none.log" --no-incremental || fail_with_log "build failed" "$logs/style-none.log" || return 1
  if grep -q 'UNM0018' "$logs/style-none.log"; then
    fail_with_log "'dotnet_diagnostic.UNM0018.severity = none' did not silence UNM0018" "$logs/style-none.log"
    return 1
  fi
  echo "severity = none: UNM0018 silenced"
  cp "$here/cases/style-rule-error.editorconfig" "$dir/.editorconfig"
  if build "$dir" "$logs/style-error.log" --no-incremental; then
    fail_with_log "'dotnet_diagnostic.UNM0018.severity = error' did not fail the build" "$logs/style-error.log"
    return 1
  fi
  grep -E 'error UNM0018' "$logs/style-error.log" || fail_with_log "no 'error UNM0018'" "$logs/style-error.log"
}

code_fix_from_package() {
  local dir
  dir="$(new_consumer fix NonPermanentVeto.cs)"
  build "$dir" "$logs/fix-before.log" && { echo "the veto case built"; return 1; }
  run "$logs/fix-format.log" dotnet format analyzers "$dir/Consumer.csproj" --diagnostics UNM0001 --severity error --no-restore ||
    fail_with_log "dotnet format (the UNM0001 code fix) failed" "$logs/fix-format.log" || return 1
  grep -q 'Ballot.No(MemberStates.Slovenia)' "$dir/NonPermanentVeto.cs" ||
    { echo "the code fix did not turn the veto into No:"; cat "$dir/NonPermanentVeto.cs"; cat "$logs/fix-format.log"; return 1; }
  build "$dir" "$logs/fix-after.log" || fail_with_log "the fixed code does not build" "$logs/fix-after.log"
}

vogen_runtime_only() {
  local nuspec="$logs/UNModel.nuspec" dir analyzers="$logs/vogen-analyzers.json"
  grep -qE '<dependency id="Vogen" version="8\.0\.7" exclude="Build,Analyzers"|<dependency id="Vogen" version="8\.0\.7" exclude="[^"]*Analyzers' "$nuspec" ||
    { echo "the nuspec does not declare Vogen 8.0.7 without its analyzers:"; grep -i vogen "$nuspec"; return 1; }
  grep -q ' buildTransitive/UNModel.targets$' "$logs/contents.txt" || { echo "no buildTransitive/UNModel.targets in the package"; return 1; }
  dir="$(new_consumer default-value DefaultValueObject.cs)"
  run "$analyzers" dotnet msbuild "$dir/Consumer.csproj" -restore -t:ResolveLockFileAnalyzers -getItem:Analyzer ||
    fail_with_log "could not list the consumer's analyzers" "$analyzers" || return 1
  grep -q 'UNModel.Analyzers.dll' "$analyzers" || fail_with_log "the consumer does not load UNModel's analyzers" "$analyzers" || return 1
  if grep -qi 'vogen' "$analyzers"; then
    fail_with_log "Vogen's generator or analyzers reach the consumer's compilation" "$analyzers"
    return 1
  fi
  if build "$dir" "$logs/default-value.log"; then
    fail_with_log "default(CountryCode) built" "$logs/default-value.log"
    return 1
  fi
  grep -E 'DefaultValueObject\.cs\([0-9]+,[0-9]+\): error UNM0009' "$logs/default-value.log" ||
    fail_with_log "no 'error UNM0009' for default(CountryCode)" "$logs/default-value.log" || return 1
  if grep -q 'VOG0' "$logs/default-value.log"; then
    fail_with_log "a Vogen diagnostic reached the consumer" "$logs/default-value.log"
    return 1
  fi
}

records_consumer() {
  local dir="$consumers/records" out="$logs/records-run.out"
  mkdir -p "$dir"
  sed "s|@PACKAGE@|UNModel.Records|; s|@VERSION@|$records_version|" "$here/consumer/Consumer.csproj.template" > "$dir/Consumer.csproj"
  cp "$here/consumer/RecordsProgram.cs" "$dir/Program.cs"
  build "$dir" "$logs/records.log" || fail_with_log "the UNModel.Records consumer does not build" "$logs/records.log" || return 1
  run "$out" dotnet run --project "$dir/Consumer.csproj" -c Debug --no-build || fail_with_log "the UNModel.Records consumer does not run" "$out" || return 1
  cat "$out"
  grep -q '^permanent: 421/2145$' "$out" && grep -q '^elected: 4/2145$' "$out" || { echo "unexpected voting power"; return 1; }
  [ -f "$NUGET_PACKAGES/unmodel.records/$records_version/lib/net10.0/UNModel.Records.dll" ] &&
    [ -f "$NUGET_PACKAGES/unmodel/$records_version/lib/net10.0/UNModel.dll" ] ||
    { echo "UNModel.Records $records_version and its UNModel were not restored from the feed"; return 1; }
  # The analyzers arrive through the dependency on UNModel.
  cp "$here/cases/NonPermanentVeto.cs" "$dir/"
  if build "$dir" "$logs/records-veto.log"; then
    fail_with_log "a Slovenian veto built in a UNModel.Records consumer" "$logs/records-veto.log"
    return 1
  fi
  grep -E 'NonPermanentVeto\.cs\([0-9]+,[0-9]+\): error UNM0001' "$logs/records-veto.log" ||
    fail_with_log "no 'error UNM0001' in the UNModel.Records consumer" "$logs/records-veto.log"
}

tool_installs() {
  # As a user would: from a folder of their own, the usual NuGet source plus the feed, a fresh package cache.
  mkdir -p "$work/tool-user"
  (cd "$work/tool-user" &&
    run "$logs/tool-install.log" dotnet tool install --tool-path "$work/tools" --add-source "$feed" UNModel.Cli --version "$cli_version") ||
    fail_with_log "dotnet tool install failed" "$logs/tool-install.log" || return 1
  [ -x "$work/tools/unmodel" ] || { echo "no unmodel command in $work/tools"; ls -l "$work/tools"; return 1; }
}

tool_replays() {
  local out="$logs/replay.out"
  run "$out" "$work/tools/unmodel" replay 2025-02-24 || fail_with_log "unmodel replay 2025-02-24 failed" "$out" || return 1
  head -n 20 "$out"
  grep -q 'S/2025/112' "$out" && grep -q 'Adopted' "$out" || { echo "unexpected replay output"; return 1; }
}

# The research commands from the installed tool, in a folder outside the clone, on the data the tool carries; $UNMODEL_DATA
# and --data override it; a failed write to standard output is one line and exit code 2.
tool_research() (
  local dir="$work/tool-user" out="$logs/research.out" err="$logs/research.err" code
  cd "$dir" || return 1
  env -u UNMODEL_DATA "$work/tools/unmodel" import > "$out" 2> "$err" || fail_with_log "unmodel import failed" "$err" || return 1
  grep -q 'unvotes.csv: read 870,109, accepted 870,109, rejected 0' "$out" || fail_with_log "unexpected import summary" "$out" || return 1
  grep -q "from $work/tools/.store/" "$out" || fail_with_log "the import did not read the tool's own copy" "$out" || return 1
  env -u UNMODEL_DATA "$work/tools/unmodel" agreement USA RUS --by year > "$out" 2> "$err" || fail_with_log "unmodel agreement USA RUS failed" "$err" || return 1
  grep -q '^1964  0 ' "$out" || fail_with_log "unexpected agreement table" "$out" || return 1
  env -u UNMODEL_DATA "$work/tools/unmodel" agreement USA GBR FRA > "$out" 2> "$err" || fail_with_log "unmodel agreement USA GBR FRA failed" "$err" || return 1
  grep -q '^Cohesion of USA, GBR, FRA' "$out" || fail_with_log "unexpected cohesion table" "$out" || return 1
  env -u UNMODEL_DATA "$work/tools/unmodel" chart rcid:1190 --svg 2758.svg > "$out" 2> "$err" || fail_with_log "unmodel chart rcid:1190 failed" "$err" || return 1
  grep -q '<svg' 2758.svg || { echo "no SVG written"; return 1; }
  echo "import, agreement, cohesion and chart rcid:1190 ran in $dir"

  # Overrides: a folder without data, named by the variable or the option, is one error line naming where it looked.
  UNMODEL_DATA="$work/nowhere" "$work/tools/unmodel" import > "$out" 2> "$err"; code=$?
  [ "$code" -eq 2 ] && [ ! -s "$out" ] && [ "$(wc -l < "$err")" -eq 1 ] && grep -q "no roll-call data in \$UNMODEL_DATA '$work/nowhere'" "$err" ||
    fail_with_log "UNMODEL_DATA=nowhere: exit $code" "$err" || return 1
  "$work/tools/unmodel" import --data "$work/nowhere" > "$out" 2> "$err"; code=$?
  [ "$code" -eq 2 ] && grep -q "no roll-call data in --data '$work/nowhere'" "$err" || fail_with_log "--data nowhere: exit $code" "$err" || return 1

  # Standard output on a full device.
  if [ -w /dev/full ]; then
    "$work/tools/unmodel" replay 2025-02-24 > /dev/full 2> "$err"; code=$?
    [ "$code" -eq 2 ] && [ "$(wc -l < "$err")" -eq 1 ] && grep -q '^error: could not write to standard output: ' "$err" && ! grep -q '   at ' "$err" ||
      fail_with_log "replay > /dev/full: exit $code" "$err" || return 1
    echo "replay > /dev/full: $(cat "$err")"
  fi
)

# ---------------------------------------------------------------------------------------------------------------------

echo "e2e: work directory $work"
check "pack UNModel into a local feed (nupkg + snupkg)" pack_library
check "pack UNModel.Records into the feed, depending on UNModel" pack_records
check "pack UNModel.Cli as a .NET tool" pack_tool
check "(h) the local-feed recipe of docs/package.md, as written, in an empty home with an empty package cache" documented_recipe
check "(i) a pack of uncommitted changes never carries the clean commit's version" version_not_reused
if [ -z "$version" ]; then
  for name in "package layout" "package metadata" "symbol package" "(a) valid code builds clean" "(e) the consumer decides a vote" \
              "(b) non-permanent veto fails with error UNM0001" "(c) SARIF 2.1 log" "(d) .editorconfig cannot silence UNM0001" \
              "(d) .editorconfig configures style rule UNM0018" "code fix from the package" "(j) Vogen runtime only"; do
    skip "$name" "UNModel was not packed"
  done
else
  check "package layout: lib/net10.0/UNModel.dll+xml, analyzers/dotnet/cs/*.dll" package_layout
  check "package metadata: id, licence, readme, repository commit" package_metadata
  check "symbol package: UNModel.pdb with SourceLink to that commit on GitHub" symbol_package
  consumer_env
  check "(a) valid code builds clean against UNModel $version from the feed" consumer_builds_clean
  if [ -f "$consumers/valid/bin/Debug/net10.0/Consumer.dll" ]; then
    check "(e) the consumer runs and decides a vote" consumer_runs
  else
    skip "(e) the consumer decides a vote" "the consumer did not build"
  fi
  check "(b) Ballot.Veto(MemberStates.Slovenia) fails the build with error UNM0001" veto_fails_build
  check "(c) -p:ErrorLog=…,version=2.1 writes SARIF 2.1 with the UNM0001 result and location" sarif_log
  check "(d) .editorconfig 'UNM0001.severity = none' cannot downgrade the Charter rule" charter_rule_not_configurable
  check "(d) .editorconfig configures the style rule UNM0018 (warning by default; none; error)" style_rule_configurable
  check "code fix from the package turns the veto into No (dotnet format)" code_fix_from_package
  check "(j) Vogen reaches the consumer as a runtime assembly only; default(CountryCode) fails with error UNM0009" vogen_runtime_only
  if [ -n "$records_version" ]; then
    check "(g) a UNModel.Records consumer computes voting power; the analyzers reach it through UNModel" records_consumer
  else
    skip "(g) UNModel.Records consumer" "UNModel.Records was not packed"
  fi
fi
if [ -z "$cli_version" ]; then
  skip "(f) dotnet tool install UNModel.Cli" "UNModel.Cli was not packed"
  skip "(f) unmodel replay 2025-02-24" "UNModel.Cli was not packed"
  skip "(f) research commands from the installed tool" "UNModel.Cli was not packed"
else
  consumer_env
  check "(f) dotnet tool install --tool-path … --add-source <feed> UNModel.Cli --version $cli_version" tool_installs
  if [ -x "$work/tools/unmodel" ]; then
    check "(f) unmodel replay 2025-02-24 runs from the installed tool" tool_replays
    check "(f) import, agreement, cohesion and chart rcid:N run from the installed tool outside the clone, on its own data" tool_research
  else
    skip "(f) unmodel replay 2025-02-24" "the tool is not installed"
    skip "(f) research commands from the installed tool" "the tool is not installed"
  fi
fi
finish
