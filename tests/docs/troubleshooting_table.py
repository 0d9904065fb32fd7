#!/usr/bin/env python3
"""The user guide's troubleshooting table against the program's own list of messages.

The program's list is every text it can show, as lupdate collects it for the translations (translations/groov_de.ts,
kept up to date with the sources by `scripts/translations --check`). Each row of the "Troubleshooting" tables in
docs/user-guide.md quotes one or more messages as the program's text has them, with "…" where the text has a
placeholder (%1, %n) for a part that changes; a quote may stop before the message's end. Every quote must be the
start of one of the program's texts, so a message that is reworded or removed in the code fails here, with the
table's line, and the table cannot drift from the code.

Usage: troubleshooting_table.py USER_GUIDE TS_FILE
"""
import re
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%(?:\d+|n)")


def program_texts(ts_file):
    """Every source text, with "…" where it has a placeholder."""
    texts = set()
    for message in ET.parse(ts_file).getroot().iter("message"):
        texts.add(PLACEHOLDER.sub("…", message.find("source").text or ""))
    return texts


def quoted_messages(user_guide):
    """(line number, quote) of every message quoted in the troubleshooting tables' first column."""
    quotes = []
    inside = False
    with open(user_guide, encoding="utf-8") as guide:
        for number, line in enumerate(guide, 1):
            if line.startswith("## "):
                inside = line.strip() == "## Troubleshooting"
            elif inside and line.startswith('| `"'):
                first_cell = line.split(" | ")[0]
                # A row may quote several messages of one cause: `"…"` / `"…"`.
                quotes.extend((number, quote) for quote in re.findall(r'`"(.*?)"`', first_cell))
    return quotes


def main(user_guide, ts_file):
    texts = program_texts(ts_file)
    quotes = quoted_messages(user_guide)
    if len(quotes) < 50:
        print(f"{user_guide}: only {len(quotes)} quotes in the troubleshooting tables; did their format change?")
        return 1
    stale = [(number, quote) for number, quote in quotes if not any(text.startswith(quote) for text in texts)]
    for number, quote in stale:
        print(f'{user_guide}:{number}: the program has no message that starts "{quote}"')
    print(f"{len(quotes)} quoted messages, {len(stale)} not found among the program's texts")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
