"""Build rag/given_names.tsv: common given names, and the gender of their bearers when nearly all share one.

Run: ``.venv/bin/python scripts/build_given_names.py`` (the test suite checks the shipped file is its
output). The source is the name table of the MIT-licensed ``nomquamgender`` package (Van Buskirk et al.: how
many people of known gender bear each name, pooled from many sources), a dev dependency read only here.
Why: "And what happened to her?" after "Peter Strzok and Lisa Page" is about Page, and only the given name
says so. A name is kept when it is common (MIN_COUNT bearers); it tells a gender when at most MAX_SHARE of its
bearers are of the other gender, so "Lisa" does and "Jordan" (u) does not, though it still says that "Jordan
Smith" is someone's name ("Who is named in the article?").
"""

from __future__ import annotations

import json
from importlib.util import find_spec
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "rag" / "given_names.tsv"
MIN_COUNT = 1000
MAX_SHARE = 0.1
HEADER = (
    "# Given names and the gender nearly all their bearers have (f or m; u when they do not share one), one"
    " per line, for reading 'she' and 'he' in follow-ups and telling people's names from other names.\n"
    "# Built by scripts/build_given_names.py from nomquamgender 0.1.4's name_data.json"
    " (MIT licence, Copyright (c) 2022 Ian Van Buskirk):\n"
    f"# names with at least {MIN_COUNT} bearers; f or m when at most {MAX_SHARE:.0%} of them are of the other"
    " gender.\n"
)


def _source() -> Path:
    """nomquamgender's table, found without importing the package (that would load the table and pandas)."""
    spec = find_spec("nomquamgender")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("nomquamgender is not installed: run make install (it is a dev dependency)")
    return Path(spec.submodule_search_locations[0]) / "name_data.json"


def given_names() -> str:
    """The file's text, sorted by name."""
    table: dict[str, list[object]] = json.loads(_source().read_text(encoding="utf-8"))
    lines = []
    for name, row in sorted(table.items()):
        count, female_share = float(row[1]), float(row[2])  # type: ignore[arg-type]
        if not (name.isascii() and name.isalpha()) or count < MIN_COUNT:
            continue
        if female_share >= 1 - MAX_SHARE:
            lines.append(f"{name}\tf")
        elif female_share <= MAX_SHARE:
            lines.append(f"{name}\tm")
        else:
            lines.append(f"{name}\tu")
    return HEADER + "\n".join(lines) + "\n"


def main() -> None:
    """Write the file."""
    text = given_names()
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({text.count(chr(10)) - HEADER.count(chr(10))} names)")


if __name__ == "__main__":
    main()
