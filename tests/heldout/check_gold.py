#!/usr/bin/env python3
"""Sanity-check held-out gold: print every annotated line with its text, and assert that
every quote text occurs verbatim in its page and every annotated line is non-blank.

Usage: check_gold.py [FOLDER]   (a folder with gold/ and texts/; default: this one)
"""

import json
import pathlib
import sys


def main() -> int:
    here = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).parent
    errors = 0
    for gp in sorted((here / "gold").glob("*.json")):
        g = json.loads(gp.read_text(encoding="utf-8"))
        text = (here / "texts" / g["seed"]).read_text(encoding="utf-8")
        lines = text.split("\n")
        print(f"=== {gp.name} ({len(lines)} lines)")
        seen = {}
        for role, nums in g.get("lines", {}).items():
            for n in nums:
                if n in seen:
                    print(f"  ERROR line {n} has two roles: {seen[n]} and {role}")
                    errors += 1
                seen[n] = role
                if not (1 <= n <= len(lines)) or not lines[n - 1].strip():
                    print(f"  ERROR {role} line {n} is blank or out of range")
                    errors += 1
                    continue
                print(f"  {n:3d} {role:11s} {lines[n - 1][:80]}")
        for iv in g.get("interviews", []):
            for p in iv.get("pairs", []):
                for key, role in (("question_lines", "question"), ("answer_lines", "answer")):
                    for n in p[key]:
                        if seen.get(n) != role:
                            print(f"  ERROR pair {key} {n} not marked {role} in lines")
                            errors += 1
        for q in g.get("quotes", []):
            if q["text"] not in text:
                print(f"  ERROR quote not verbatim: {q['text'][:70]}")
                errors += 1
            assert q["kind"] in ("direct", "partial", "term"), q
        for f in g.get("aid_figures", []):
            assert f.get("currency") or f.get("unit"), f
            print(
                f"  AID {f['amount']} {f.get('currency') or f.get('unit')}"
                f" {f['donor']} -> {f['recipient']}" + (" (optional)" if f.get("optional") else "")
            )
    print("errors:", errors)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
