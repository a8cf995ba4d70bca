#!/usr/bin/env python3
"""Checks the Charter data files (src/UNModel/Charter/Data/*.csv) offline, with the standard library only.

Run from anywhere:  python3 tools/check-data.py [DATA_DIR]
DATA_DIR defaults to src/UNModel/Charter/Data; pass a copy to check a refresh before it replaces the files.
Prints one line per problem ("file: message") and exits 1 if there is any; then prints the data's horizon for each body.
What it checks is listed in tools/data-refresh.md ("Checks"). It reads the files the way UNModel does: lines starting
with "#" are comments, the first other line is the header, fields are comma-separated and quoted when they hold a comma.
"""
import collections
import csv
import datetime
import pathlib
import re
import sys

DATA = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent.parent / "src" / "UNModel" / "Charter" / "Data"

HEADERS = {
    "country-codes.csv": ["alpha3", "alpha2", "name", "status", "next"],
    "members.csv": ["alpha3", "name", "identifier", "admitted", "left", "continued_by", "article", "note"],
    "observers.csv": ["alpha3", "name", "identifier", "observer_since", "until", "status", "basis", "article", "note"],
    "permanent-members.csv": ["alpha3", "from", "to"],
    "security-council-elected.csv": ["year", "elected"],
    "human-rights-council.csv": ["alpha3", "group", "from", "to", "elected", "status", "note", "url"],
    "human-rights-council-suspensions.csv": ["alpha3", "from", "to", "note", "url"],
    "horizons.csv": ["body", "known_through", "source"],
}
CODE_STATUSES = {"iso", "former", "local", "withdrawn"}
ACCEPTED = {"iso", "former", "local"}  # the statuses CountryCode accepts
HRC_STATUSES = {"UN", "UN-copy", "UN-indirect", "news"}
HRC_GROUPS = {"AFR": 13, "APG": 13, "EEG": 6, "GRULAC": 8, "WEOG": 7}  # A/RES/60/251 para. 7
HRC_SIZE = 47
HRC_FIRST_DAY = datetime.date(2006, 6, 19)
MIRROR_HOSTS = {"miistock.com", "movatter.jp"}  # mirrors replaced by UN records; must not come back
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
URL = re.compile(r"^https?://([^/?#]+)")
TOKEN = re.compile(r"^([A-Z]{3})(?:\[(\d{4}-\d{2}-\d{2});(\d{4}-\d{2}-\d{2})\))?$")
ONE_DAY = datetime.timedelta(days=1)

problems = []


def problem(file, message):
    problems.append(f"{file}: {message}")


def read(name):
    """The rows of a data file as dictionaries (with the line number under "_line"); checks header and field counts."""
    path = DATA / name
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        problem(name, f"cannot be read as UTF-8: {e}")
        return []
    numbered = [(i + 1, line) for i, line in enumerate(text.splitlines()) if not line.startswith("#")]
    if not numbered:
        problem(name, "no header")
        return []
    parsed = list(csv.reader([line for _, line in numbered]))
    if len(parsed) != len(numbered):
        problem(name, "a quoted field spans lines (the library's reader does not allow it)")
        return []
    header = parsed[0]
    if header != HEADERS[name]:
        problem(name, f"line {numbered[0][0]}: header is {','.join(header)}, expected {','.join(HEADERS[name])}")
        return []
    rows = []
    for (number, line), fields in zip(numbered[1:], parsed[1:]):
        if not line.strip():
            problem(name, f"line {number}: empty line")
            continue
        if len(fields) != len(header):
            problem(name, f"line {number}: {len(fields)} fields, expected {len(header)}")
            continue
        row = dict(zip(header, fields))
        row["_line"] = number
        rows.append(row)
    return rows


def day(name, row, column, optional=False):
    """The date in a yyyy-mm-dd column, or None (reported unless optional and empty)."""
    value = row[column]
    if optional and value == "":
        return None
    if not DATE.match(value):
        problem(name, f"line {row['_line']}: {column} '{value}' is not yyyy-mm-dd")
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        problem(name, f"line {row['_line']}: {column} '{value}' is not a date")
        return None


def check_url(name, row):
    match = URL.match(row["url"])
    if not match:
        problem(name, f"line {row['_line']}: url '{row['url']}' has no http:// or https:// scheme")
        return
    host = match.group(1).lower().split(":")[0]
    if any(host == m or host.endswith("." + m) for m in MIRROR_HOSTS):
        problem(name, f"line {row['_line']}: url cites the mirror {host}")


# --- country-codes.csv ---------------------------------------------------------------------------------------------
codes = {}
for r in read("country-codes.csv"):
    f, n = "country-codes.csv", r["_line"]
    if not re.match(r"^[A-Z]{3}$", r["alpha3"]):
        problem(f, f"line {n}: alpha3 '{r['alpha3']}' is not three capital letters")
    if r["alpha3"] in codes:
        problem(f, f"line {n}: {r['alpha3']} repeated")
    if r["alpha2"] and not re.match(r"^[A-Z]{2}$", r["alpha2"]):
        problem(f, f"line {n}: alpha2 '{r['alpha2']}' is not two capital letters")
    if r["status"] not in CODE_STATUSES:
        problem(f, f"line {n}: status '{r['status']}' is not one of {', '.join(sorted(CODE_STATUSES))}")
    if r["next"] and r["status"] != "withdrawn":
        problem(f, f"line {n}: only a withdrawn code has a next code")
    codes[r["alpha3"]] = r
for r in codes.values():
    if r["next"] and codes.get(r["next"], {}).get("status") != "iso":
        problem("country-codes.csv", f"line {r['_line']}: next '{r['next']}' is not an iso code")


def require_code(name, row, column="alpha3"):
    code = row[column]
    status = codes.get(code, {}).get("status")
    if status is None:
        problem(name, f"line {row['_line']}: {code} is not in country-codes.csv")
        return False
    if status not in ACCEPTED:
        problem(name, f"line {row['_line']}: {code} is a withdrawn code (use {codes[code]['next'] or 'its successor'})")
        return False
    return True


# --- members.csv and observers.csv --------------------------------------------------------------------------------
members = {}  # alpha3 -> (admitted, left or None)
identifiers = set()
seen_codes = set()
last_admission = None
for name, since_column, until_column in (("members.csv", "admitted", "left"), ("observers.csv", "observer_since", "until")):
    for r in read(name):
        n = r["_line"]
        require_code(name, r)
        if r["alpha3"] in seen_codes:
            problem(name, f"line {n}: {r['alpha3']} repeated in members.csv or observers.csv")
        seen_codes.add(r["alpha3"])
        if not re.match(r"^[A-Z][A-Za-z0-9]*$", r["identifier"]):
            problem(name, f"line {n}: identifier '{r['identifier']}' is not a C# property name")
        if r["identifier"] in identifiers:
            problem(name, f"line {n}: identifier {r['identifier']} repeated")
        identifiers.add(r["identifier"])
        since = day(name, r, since_column)
        until = day(name, r, until_column, optional=True)
        if since and until and until <= since:
            problem(name, f"line {n}: {until_column} {until} is not after {since_column} {since}")
        if name == "members.csv":
            members[r["alpha3"]] = (since, until, r)
            if since and (last_admission is None or since > last_admission):
                last_admission = since
for code, (_, _, r) in members.items():
    if r["continued_by"] and r["continued_by"] not in members:
        problem("members.csv", f"line {r['_line']}: continued_by {r['continued_by']} is not in members.csv")
    if r["continued_by"] and not r["left"]:
        problem("members.csv", f"line {r['_line']}: continued_by without a left date")


def member_on(code, d):
    if code not in members:
        return False
    since, until, _ = members[code]
    return since is not None and since <= d and (until is None or d < until)


# --- permanent-members.csv ----------------------------------------------------------------------------------------
permanent = []  # (code, from, to exclusive or None)
for r in read("permanent-members.csv"):
    f, n = "permanent-members.csv", r["_line"]
    require_code(f, r)
    start, end = day(f, r, "from"), day(f, r, "to", optional=True)
    if start and end and end <= start:
        problem(f, f"line {n}: to {end} is not after from {start}")
    if r["alpha3"] not in members:
        problem(f, f"line {n}: {r['alpha3']} is not in members.csv")
    if start:
        permanent.append((r["alpha3"], start, end))
changes = sorted({p[1] for p in permanent} | {p[2] for p in permanent if p[2]})
for d in changes:
    sitting = [p[0] for p in permanent if p[1] <= d and (p[2] is None or d < p[2])]
    if len(sitting) != 5:
        problem("permanent-members.csv", f"{len(sitting)} permanent members on {d} ({' '.join(sorted(sitting))}), expected 5")
    for code in sitting:
        if not member_on(code, d):
            problem("permanent-members.csv", f"{code} holds a permanent seat on {d} but is not a Member that day")

# --- security-council-elected.csv ---------------------------------------------------------------------------------
sc_years = {}  # year -> list of (code, from, to exclusive)
for r in read("security-council-elected.csv"):
    f, n = "security-council-elected.csv", r["_line"]
    if not re.match(r"^\d{4}$", r["year"]):
        problem(f, f"line {n}: year '{r['year']}' is not four digits")
        continue
    year = int(r["year"])
    if year in sc_years:
        problem(f, f"line {n}: year {year} repeated")
    seats = []
    for token in r["elected"].split():
        m = TOKEN.match(token)
        if not m:
            problem(f, f"line {n}: token '{token}' is neither CODE nor CODE[yyyy-mm-dd;yyyy-mm-dd)")
            continue
        code, start, end = m.group(1), datetime.date(year, 1, 1), datetime.date(year + 1, 1, 1)
        if m.group(2):
            try:
                start, end = datetime.date.fromisoformat(m.group(2)), datetime.date.fromisoformat(m.group(3))
            except ValueError:
                problem(f, f"line {n}: token '{token}' has a date that does not exist")
                continue
            if not (datetime.date(year, 1, 1) <= start < end <= datetime.date(year + 1, 1, 1)):
                problem(f, f"line {n}: token '{token}' does not lie within {year}")
        if codes.get(code, {}).get("status") not in ACCEPTED:
            problem(f, f"line {n}: {code} is not an accepted code of country-codes.csv")
        if code in [s[0] for s in seats]:
            problem(f, f"line {n}: {code} repeated in {year}")
        if any(p[0] == code and p[1] < end and (p[2] is None or start < p[2]) for p in permanent):
            problem(f, f"line {n}: {code} is a permanent member in {year}")
        if not (member_on(code, start) and member_on(code, end - ONE_DAY)):
            problem(f, f"line {n}: {code} is not a UN Member for the whole of its seat in {year}")
        seats.append((code, start, end))
    sc_years[year] = seats
if sc_years:
    first_sc, last_sc = min(sc_years), max(sc_years)
    for year in range(first_sc, last_sc + 1):
        expected = 6 if year < 1966 else 10  # Art. 23(1) before and after the 1965 amendment
        if year not in sc_years:
            problem("security-council-elected.csv", f"year {year} is missing")
            continue
        if len(sc_years[year]) != expected:
            problem("security-council-elected.csv", f"{year}: {len(sc_years[year])} elected members, expected {expected}")
    # Art. 23(2): a retiring member is not eligible for immediate re-election, so no run of more than two years.
    years_of = collections.defaultdict(set)
    for year, seats in sc_years.items():
        for code, *_ in seats:
            years_of[code].add(year)
    for code, years in sorted(years_of.items()):
        for year in sorted(years):
            if year - 1 not in years and {year + 1, year + 2} <= years:
                run = year
                while run + 1 in years:
                    run += 1
                problem("security-council-elected.csv", f"{code} sits {year}-{run}, more than two consecutive years")
else:
    first_sc = last_sc = None

# --- human-rights-council.csv -------------------------------------------------------------------------------------
terms = []  # (code, group, from, to inclusive, row)
for r in read("human-rights-council.csv"):
    f, n = "human-rights-council.csv", r["_line"]
    require_code(f, r)
    if r["group"] not in HRC_GROUPS:
        problem(f, f"line {n}: group '{r['group']}' is not one of {', '.join(HRC_GROUPS)}")
    if r["status"] not in HRC_STATUSES:
        problem(f, f"line {n}: status '{r['status']}' is not one of {', '.join(sorted(HRC_STATUSES))}")
    if not r["note"].strip():
        problem(f, f"line {n}: empty note")
    check_url(f, r)
    start, end, elected = day(f, r, "from"), day(f, r, "to"), day(f, r, "elected")
    if not (start and end and elected):
        continue
    if end < start:
        problem(f, f"line {n}: to {end} is before from {start}")
    if elected > start:
        problem(f, f"line {n}: elected {elected} is after from {start}")
    if start < HRC_FIRST_DAY:
        problem(f, f"line {n}: from {start} is before the Council's first day {HRC_FIRST_DAY}")
    if not (member_on(r["alpha3"], start) and member_on(r["alpha3"], end)):
        problem(f, f"line {n}: {r['alpha3']} is not a UN Member for the whole term")
    terms.append((r["alpha3"], r["group"], start, end, r))
by_code = collections.defaultdict(list)
for t in terms:
    by_code[t[0]].append(t)
for code, ts in by_code.items():
    ts.sort(key=lambda t: t[2])
    for a, b in zip(ts, ts[1:]):
        if b[2] <= a[3]:
            problem("human-rights-council.csv", f"line {b[4]['_line']}: {code}'s term from {b[2]} overlaps its term to {a[3]}")
    # A/RES/60/251 para. 7: not eligible for immediate re-election after two consecutive terms.
    run = 1
    for a, b in zip(ts, ts[1:]):
        run = run + 1 if (b[2] - a[3]).days <= 200 else 1  # a gap of a few months at most between the June terms of 2006-2012
        if run > 2:
            problem("human-rights-council.csv", f"line {b[4]['_line']}: {code} has a third consecutive term from {b[2]}")


def hrc_on(d):
    return [t for t in terms if t[2] <= d <= t[3]]


hrc_last = None
if terms:
    # As the library does: the data covers the Council to the end of the year in which the latest members took their seats.
    hrc_last = datetime.date(max(t[2] for t in terms).year, 12, 31)
    change_days = sorted({t[2] for t in terms} | {t[3] + ONE_DAY for t in terms})
    for d in change_days:
        if HRC_FIRST_DAY <= d <= hrc_last and len(hrc_on(d)) > HRC_SIZE:
            problem("human-rights-council.csv", f"{len(hrc_on(d))} members on {d}, more than {HRC_SIZE}")
    for year in range(2013, hrc_last.year + 1):
        d = datetime.date(year, 1, 1)
        sitting = hrc_on(d)
        if len(sitting) != HRC_SIZE:
            problem("human-rights-council.csv", f"{len(sitting)} members on {d}, expected {HRC_SIZE}")
        groups = collections.Counter(t[1] for t in sitting)
        for g, size in HRC_GROUPS.items():
            if groups[g] != size:
                problem("human-rights-council.csv", f"{groups[g]} {g} members on {d}, expected {size}")

# --- human-rights-council-suspensions.csv ---------------------------------------------------------------------------
for r in read("human-rights-council-suspensions.csv"):
    f, n = "human-rights-council-suspensions.csv", r["_line"]
    require_code(f, r)
    check_url(f, r)
    if not r["note"].strip():
        problem(f, f"line {n}: empty note")
    start, end = day(f, r, "from"), day(f, r, "to")
    if start and end:
        if end < start:
            problem(f, f"line {n}: to {end} is before from {start}")
        if not any(t[0] == r["alpha3"] and t[2] <= start and end <= t[3] for t in terms):
            problem(f, f"line {n}: {r['alpha3']} is not a Council member from {start} to {end}")

# --- horizons.csv: each body's stated last known day, which its own data must reach ------------------------------------
horizons = {}
for r in read("horizons.csv"):
    f, n = "horizons.csv", r["_line"]
    known = day(f, r, "known_through")
    if r["body"] not in ("GeneralAssembly", "SecurityCouncil", "HumanRightsCouncil"):
        problem(f, f"line {n}: unknown body {r['body']!r} (GeneralAssembly, SecurityCouncil, HumanRightsCouncil)")
    elif r["body"] in horizons:
        problem(f, f"line {n}: {r['body']} is listed twice")
    if not r["source"].strip():
        problem(f, f"line {n}: no source")
    if known:
        horizons[r["body"]] = known
for body, covered in (("SecurityCouncil", datetime.date(last_sc, 12, 31) if last_sc else None), ("HumanRightsCouncil", hrc_last),
                      ("GeneralAssembly", last_admission)):
    if body not in horizons:
        problem("horizons.csv", f"no horizon for {body}")
    elif covered and body != "GeneralAssembly" and horizons[body] > covered:
        problem("horizons.csv", f"{body} is said to be known through {horizons[body]}, but its data file covers only {covered}")
    elif covered and body == "GeneralAssembly" and horizons[body] < covered:
        problem("horizons.csv", f"GeneralAssembly is known through {horizons[body]}, before the last admission in members.csv ({covered})")

for p in problems:
    print(p)
print(f"Security Council elected members known through {last_sc}; Human Rights Council members known through {hrc_last}; "
      f"Members through {last_admission}; horizons: " + ", ".join(f"{b} {d}" for b, d in horizons.items()))
if problems:
    print(f"{len(problems)} problem(s)", file=sys.stderr)
sys.exit(1 if problems else 0)
