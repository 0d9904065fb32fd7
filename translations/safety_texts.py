#!/usr/bin/env python3
r"""The safety-critical texts of a translation and their literal back-translations (translations/README.md).

A reviewer who reads neither German nor Spanish checks the safety words (factory reset, erasing, preserving
settings, not powering off or disconnecting, certificates, fingerprints, trust, pinned certificates, interception,
the API key, downgrades, forcing, commissioning) through back-translation-de.md and back-translation-es.md: each
safety-critical text with its translation and a literal translation of that back into English. This script selects
those texts from a Qt Linguist file and keeps the tables from drifting away from it.

    safety_texts.py list TS_FILE
        prints the selected texts as table rows (context | English source | translation | ), in file order: the
        start of a back-translation table, whose last column a person fills in
    safety_texts.py check TS_FILE BACK_TRANSLATION_MD
        fails (exit 1, a line per problem) when a selected text has no row, when a row's translation is not the
        current translation (the text was retranslated), when a row has no back-translation, and when a row names a
        text that is no longer selected (stale); scripts/translations --check runs it for every language

A text is identified by its context and its English source. The table cells hold the XML-unescaped text, written
with escape(): a backslash as "\\", "|" as "\|", a line break as "\n", "<" as "&lt;" (so that tags show as text
when the Markdown is rendered). A numerus text (%n) shows its forms as "[singular] ... / [plural] ..." (German and
Spanish have two). Only the Python 3 standard library is used.
"""

import re
import sys
import xml.etree.ElementTree as ET

# The glossary's safety ideas, matched case-insensitively in the English source.
SAFETY = re.compile(
    r"""
      factory[- ]?(reset|settings|fresh)                 # factory reset, factory-reset, factory settings
    | \breset\b                                          # "was reset", "reset (or restored)": the same idea
    | \beras(e|es|ed|ing)\b                              # erase, erases, erased, erasing
    | preserv                                            # preserve / preserving settings, preserveSettings
    | \bpower\w*\s+(\w+\s+){0,2}off\b                    # power off, power it / them / the device off; not
                                                         # "the device is powered and connected" (it is on)
    | \bswitch(ed|ing)?\s+(it|them|the\s+device)?\s*off  # "Do not switch the device off"
    | \bdisconnect | \bunplug
    | certificate | fingerprint
    | \btrust                                            # trust, trusted, trusting, "Trust once"
    | \bpin(s|ned|ning)?\b                               # pin, pins, pinned, pinning (a certificate)
    | intercept
    | \bapi[- ]key | \bkeys?\b(?!=)                      # the API key; "the key" in the plan and hook texts is it too;
                                                         # not "key=value" (the profiles file's line syntax)
    | downgrade
    | --force | \bforc(e|es|ed|ing)\b                    # forcing an update; as a word, so not "enforce"
    | commission                                         # commissioning: a new administrator and API key
    """,
    re.IGNORECASE | re.VERBOSE,
)


def forms(message):
    """The translation of a <message> as one string; None when it is vanished or obsolete."""
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("vanished", "obsolete"):
        return None
    numerus = translation.findall("numerusform")
    if message.get("numerus") == "yes" and numerus:
        texts = [form.text or "" for form in numerus]
        if len(texts) == 2:
            return f"[singular] {texts[0]} / [plural] {texts[1]}"
        return " / ".join(f"[form {i}] {text}" for i, text in enumerate(texts))
    return translation.text or ""


def plain(source):
    """The source without its accelerator marks ("P&reserve" is "Preserve"; "&&" is an "&"), for SAFETY."""
    return re.sub(r"&(&?)", r"\1", source)


def selected(ts_file):
    """The safety-critical (context, source, translation) of a .ts file, in file order."""
    result = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = forms(message)
            if translation is None or not SAFETY.search(plain(source)):
                continue
            result.append((name, source, translation))
    return result


def escape(text):
    """A text as it is written in a table cell (the file header of the .md says the same)."""
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", "\\n").replace("<", "&lt;")


def cells(line):
    """The cells of a Markdown table row, still escaped; the separators are the "|" not escaped."""
    result, cell, i = [], "", 0
    line = line.strip()
    if line.startswith("|"):
        line = line[1:]
    while i < len(line):
        if line[i] == "\\" and i + 1 < len(line):
            cell += line[i:i + 2]
            i += 2
        elif line[i] == "|":
            result.append(cell.strip())
            cell, i = "", i + 1
        else:
            cell += line[i]
            i += 1
    if cell.strip():
        result.append(cell.strip())
    return result


def rows(md_file):
    """The table rows of a back-translation file: (line number, [context, source, translation, back-translation])."""
    result = []
    with open(md_file, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.startswith("|"):
                continue
            row = cells(line)
            if row[:2] == ["context", "English source"] or all(set(cell) <= set("-: ") for cell in row):
                continue  # the header and the line under it
            result.append((number, row))
    return result


def list_texts(ts_file):
    for context, source, translation in selected(ts_file):
        print(f"| {escape(context)} | {escape(source)} | {escape(translation)} |  |")
    return 0


def check(ts_file, md_file):
    texts = {(escape(c), escape(s)): escape(t) for c, s, t in selected(ts_file)}
    problems, seen = [], set()
    for number, row in rows(md_file):
        where = f"{md_file}:{number}"
        if len(row) != 4:
            problems.append(f"{where}: the row has {len(row)} cells, not 4 (context | English source | translation"
                            " | literal back-translation); escape a \"|\" in a text as \"\\|\"")
            continue
        context, source, translation, back = row
        key = (context, source)
        if key in seen:
            problems.append(f"{where}: a second row for [{context}] \"{source}\"; remove one")
            continue
        seen.add(key)
        if key not in texts:
            problems.append(f"{where}: [{context}] \"{source}\" is no longer a safety-critical text of {ts_file}"
                            " (changed or removed); remove the row (the new text has a row of its own)")
        elif translation != texts[key]:
            problems.append(f"{where}: [{context}] \"{source}\" was retranslated; it now reads \"{texts[key]}\":"
                            " put that in the row and write its literal back-translation again")
        elif not back:
            problems.append(f"{where}: [{context}] \"{source}\" has no back-translation; write one")
    for (context, source), translation in texts.items():
        if (context, source) not in seen:
            problems.append(f"{md_file}: no row for [{context}] \"{source}\" (translated \"{translation}\"); add"
                            f" the row \"| {context} | {source} | {translation} | ... |\" in file order with its"
                            " literal back-translation")
    for problem in problems:
        print(f"safety texts: {problem}", file=sys.stderr)
    if problems:
        print(f"safety texts: {md_file} is out of date with {ts_file} ({len(problems)} problem(s));"
              " see translations/README.md, \"Reviewing the safety words\"", file=sys.stderr)
        return 1
    print(f"{md_file}: {len(texts)} safety-critical texts, each with its back-translation")
    return 0


def main(argv):
    if len(argv) == 3 and argv[1] == "list":
        return list_texts(argv[2])
    if len(argv) == 4 and argv[1] == "check":
        return check(argv[2], argv[3])
    print("usage:\n" + __doc__.split("\n\n")[2], file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
