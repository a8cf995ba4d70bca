#!/usr/bin/env python3
"""Writes a batch of N Security Council vote records (roll calls of the real Council of each date, random ballots)
to standard output, for timing `unmodel decide FILE --json` on a record the size of the Council's since 1946.

    python3 tools/generate-sc-batch.py 3000 > /tmp/sc3000.json
    time dotnet src/UNModel.Cli/bin/Release/net10.0/UNModel.Cli.dll decide /tmp/sc3000.json --json > /dev/null
"""
import datetime
import json
import pathlib
import random
import sys

root = pathlib.Path(__file__).resolve().parent.parent
data = root / "src" / "UNModel" / "Charter" / "Data" / "security-council-elected.csv"
elected = {}
for line in data.read_text(encoding="utf-8").splitlines():
    if line.startswith("#") or line.startswith("year"):
        continue
    year, codes = line.split(",", 1)
    elected[int(year)] = [c.split("[")[0] for c in codes.split()]

random.seed(1)
records = []
for i in range(int(sys.argv[1]) if len(sys.argv) > 1 else 3000):
    year = random.choice([y for y in elected if y <= 2025 and y != 1980])
    date = datetime.date(year, random.randint(2, 12), random.randint(1, 28))
    permanent = ["CHN", "FRA", "GBR", "USA", "SUN" if date < datetime.date(1991, 12, 24) else "RUS"]
    ballots = {c: random.choice(["Yes", "Yes", "Yes", "No", "Abstain"]) for c in permanent + elected[year]}
    records.append({"body": "SecurityCouncil", "date": date.isoformat(), "question": "Substantive", "ballots": ballots})
json.dump(records, sys.stdout)
