#!/usr/bin/env python3
"""Score the coder on a set of one-sentence items (sentences-N.tsv), through `pledgewatch eval`.

usage: samples/blind/score-sentences.py SET.tsv [--published YYYY-MM-DD] [--outlet ISO3] [--verbose]

Each line of SET.tsv is `TYPE|ACTOR|RECIPIENT|VALUE CUR<TAB>sentence`: the PLOVER category, the actor's and the
recipient's codes (comma-separated when several; empty when none is named) and, for a commitment, its amount. Every
item becomes a one-sentence report with a gold file of one required record in a temporary folder, which the project's
own `eval` command scores: a record of another kind, or a second record, counts against precision.
Run it from the repository root (it builds and runs src/Pledgewatch.Cli).
"""
import json
import os
import subprocess
import sys
import tempfile


def main(argv):
    if not argv or argv[0].startswith("--"):
        print(__doc__.strip())
        return 2
    path = argv[0]
    published = argv[argv.index("--published") + 1] if "--published" in argv else "2024-05-15"
    outlet = argv[argv.index("--outlet") + 1] if "--outlet" in argv else "USA"
    folder = tempfile.mkdtemp(prefix="pw-sentences-")
    count = 0
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            if "\t" not in line:
                print(f"{path}:{n}: no tab between the codes and the sentence", file=sys.stderr)
                return 2
            head, text = line.split("\t", 1)
            parts = (head.split("|") + ["", "", "", ""])[:4]
            record = {"id": f"item-{n}", "event_type": [t for t in parts[0].split("/") if t]}
            if parts[1]:
                record["actor"] = parts[1].split(",")
            if parts[2]:
                record["recipient"] = parts[2].split(",")
            if parts[3].strip():
                value, currency = parts[3].split()
                record["commitment"] = {"amount": {"value": float(value), "currency": currency}}
            doc = f"s{n:04d}"
            with open(os.path.join(folder, doc + ".txt"), "w", encoding="utf-8") as out:
                out.write(text + "\n")
            gold = {"doc": doc, "published": published, "outlet_country": outlet, "note": text,
                    "required": [record], "optional": [], "forbidden": []}
            with open(os.path.join(folder, doc + ".gold.json"), "w", encoding="utf-8") as out:
                json.dump(gold, out, ensure_ascii=False)
            count += 1
    print(f"{count} items from {path} in {folder}")
    command = ["dotnet", "run", "--project", "src/Pledgewatch.Cli", "-c", "Release", "--", "eval", folder]
    if "--verbose" in argv:
        command.append("--verbose")
    result = subprocess.run(command, capture_output=True, text=True)
    lines = (result.stdout + result.stderr).strip().splitlines()
    print("\n".join(lines if "--verbose" in argv else lines[-1:]))
    return result.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
