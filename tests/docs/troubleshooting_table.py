#!/usr/bin/env python3
"""The user guide's troubleshooting table against the program's own list of messages, in both directions.

The program's list is every text it can show, as lupdate collects it for the translations (translations/groov_de.ts,
kept up to date with the sources by `scripts/translations --check`); a text with a count (%n) is shown in English by
its plural forms from translations/groov_en.ts ("1 second", "3 seconds"), and the table quotes those. Each row of the "Troubleshooting" tables in
docs/user-guide.md quotes one or more messages as the program's texts have them: "…" where a text has a placeholder
(%1, %n) for a part that changes, and "*" for any words (one quote for the same problem of each kind of file). A
quote may stop before the message's end.

- Every quote must match one of the program's texts, so a message that is reworded or removed in the code fails here,
  with the table's line.
- Every text of the contexts in ERROR_CONTEXTS (those that hold the program's error messages) must be matched by a
  quote, so a new error message fails here, with its text, until a row says what causes it and what to do.

Usage: troubleshooting_table.py USER_GUIDE TS_FILE ENGLISH_PLURALS_TS_FILE
"""
import re
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%(?:\d+|n)")

# The translation contexts whose texts the user meets as error messages (and a few warnings), each with its texts
# that are not errors: advice put after another context's message, help texts, descriptions. An exception is written
# like a quote (the start of the text, "…" for a placeholder) and must still match a text of its context, so this
# list cannot go stale either. The contexts left out mix errors with progress lines, labels and notes
# (UpdateController, FleetRun, FleetDeviceRun, UpdateTypes, the GUI's pages: the table quotes their errors all the
# same, but only the first direction checks those quotes), or hold internal errors and reasons that only arrive
# inside another message (FileSliceDevice, FirmwareHasher, MultipartFormBody, UpdateStatus, DeviceInfo).
ERROR_CONTEXTS = {
    # The key from the environment or a file. Said after a file problem, what to give instead:
    "ApiKeySource": ["Save the key in an ordinary file and give that, or set GROOV_API_KEY."],
    # Why a request to the device failed: the reason inside "Checking the device failed: …", "Chunk … failed …",
    # "The device refused …". Not errors: the success and cancel words, and the advice said after "Cannot reach the
    # device at …" (DeviceCheck), whose row covers it.
    "ApiReply": [
        "OK",
        "Cancelled",
        "Check that the device is powered and connected",
        "Check that … is the device's address",
        "Check the address and the port:",
        "Check the spelling of",
        "Check the address, that the device is powered",
    ],
    # The command line of one update. Not errors: the help (its description, the options' texts and value names).
    "CliOptions": [
        "The API key comes from --api-key-file",
        "Updates the firmware of an Opto 22",
        "The device's address.",
        "ADDRESS",
        "The firmware image.",
        "FILE",
        "Read the API key from FILE",
        "The API key (warns:",
        "KEY",
        "Trust the certificate with this SHA-256 fingerprint.",
        "SHA256",
        "Trust certificates signed by this PEM file.",
        "Skip certificate checks",
        "Factory-reset the device's settings",
        "Confirm --no-preserve-settings.",
        "Pre-flight only",
        "Stop once the device has accepted",
        "Deadline for the device's stages",
        "MINUTES",
        "Status poll interval",
        "SECONDS",
        "Watch an update already under way",
        "With --follow: the version",
        "VERSION",
        "Machine-readable events",
        "Take address, trust and key from a profile",
        "NAME",
        "Print only errors and the result.",
        "Print more detail.",
        "Show this help.",
        "Show the version.",
    ],
    # The command's own refusals and its cancel warning.
    "CommandText": [],
    # Standard output or error cannot be written.
    "ConsoleOutput": [],
    # The refusals of a typed device address.
    "DeviceAddress": [],
    # The pre-flight's refusals and its warning about an expired pinned certificate. Not errors: its notes.
    "DeviceCheck": [
        "Device: ",
        "The device does not report its model",
        "The device's description was not understood",
    ],
    # The firmware file. Said after a file problem, which file to choose:
    "FirmwareImage": ["Choose the firmware file downloaded from Opto 22, or download it again."],
    # The fleet command refuses a plan that erases the devices.
    "FleetCommand": [],
    # The fleet command line. Not errors: the help.
    "FleetCommandLine": [
        "Updates the groov devices of a fleet plan",
        "The fleet plan (JSON).",
        "FILE",
        "Machine-readable events",
        "Check every device; update none.",
        "Update devices that already run the target.",
        "Update devices that run a newer version",
        "Confirm a plan with",
        "Write the JSON report here",
        "Print only errors and the result.",
        "Print every device's log.",
        "Show this help.",
    ],
    # A device list (CSV). Said after a file problem, what to give:
    "FleetDeviceCsv": ["Give a device list saved as CSV"],
    # A fleet plan and the fields of a device list's devices. Said after a file problem, what to give:
    "FleetPlan": ["Give the fleet plan, a JSON file"],
    # A hook of a fleet plan. Not errors: a hook that succeeded, and the note on output left out.
    "groov::FleetHookRunner": ["The … hook for \"…\" succeeded.", "(… earlier bytes of output left out)"],
    # A fleet device's address, trust or key.
    "groov::FleetTargetResolver": [],
    # No keychain to keep a profile's key in.
    "groov::KeychainSecretStore": [],
    # --lang. Not errors: its help.
    "LanguageChoice": ["The language of messages:", "LANGUAGE"],
    # A file the user named, for each kind of file. Said after some problems when the file's kind gives no better
    # advice:
    "LocalFile": ["Check that it is the right file."],
    # The profiles file and the profiles in it. Said after a file problem, what to do:
    "ProfileStore": ["The file was left as it is; move it aside"],
    # The device's error at a stage: the hint for each stage.
    "StageErrorHints": [],
    # The trust options. Not errors: how the trust is described in the "Checking …" line, and the advice said after
    # a CA file's problem.
    "TlsTrust": [
        "certificates trusted by this computer",
        "the certificate with SHA-256 fingerprint",
        "certificates from",
        "any certificate (INSECURE",
        "Give a PEM file that holds",
    ],
    # An unknown language.
    "Translations": [],
    # The update history cannot be written.
    "UpdateHistory": [],
    # The request's checks. Not met by a user: the timing checks, which the options' own limits keep from failing,
    # and the factory reset's, which every front end asks for first.
    "UpdateRequest": [
        "The poll interval must be between",
        "The timeout must be more than 0",
        "The retry settings are inconsistent.",
        "Network timeouts must be more than 0.",
        "The waiting limits for the device's restarts",
        "Not preserving settings erases the device",
    ],
}


def as_quoted(source):
    """A source text as the table quotes it: each placeholder becomes "…", the part that changes."""
    return PLACEHOLDER.sub("…", source)


def current_messages(ts_file):
    """(context, message element) of every text the program still has."""
    for context in ET.parse(ts_file).getroot().iter("context"):
        for message in context.iter("message"):
            # Removed texts stay in a .ts as "vanished" unless lupdate drops them; the program no longer shows them.
            translation = message.find("translation")
            if translation is None or translation.get("type") not in ("vanished", "obsolete"):
                yield context.findtext("name"), message


def program_texts(ts_file, plurals_file):
    """{context: [[form, ...], ...]}: every current text, as the table quotes it, in the forms English shows (one,
    or a count's singular and plural)."""
    english_forms = {
        (name, message.findtext("source")): [form.text or "" for form in message.iter("numerusform")]
        for name, message in current_messages(plurals_file)
    }
    texts = {}
    for name, message in current_messages(ts_file):
        source = message.findtext("source") or ""
        forms = english_forms.get((name, source)) or [source]
        texts.setdefault(name, []).append([as_quoted(form) for form in forms])
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


def matches(quote, text):
    """Whether a quote starts the text. Its parts between "*" must appear in the text in that order, the first at the
    start: `"The * "…" is a folder"` stands for the same sentence about each kind of file. (Only the file dialogs'
    filters, no message, hold a "*" of their own.)"""
    parts = quote.split("*")
    if not text.startswith(parts[0]):
        return False
    position = len(parts[0])
    for part in parts[1:]:
        position = text.find(part, position)
        if position < 0:
            return False
        position += len(part)
    return True


def stale_quotes(quotes, texts):
    """The quotes that match none of the program's texts: the message was reworded or removed."""
    every_form = [form for context_texts in texts.values() for forms in context_texts for form in forms]
    return [(number, quote) for number, quote in quotes if not any(matches(quote, form) for form in every_form)]


def stale_exceptions(texts):
    """Problems with ERROR_CONTEXTS itself: a context the program no longer has, or an exception that matches none
    of its context's texts. Either would quietly stop checking what it was meant to."""
    problems = []
    for context, exceptions in ERROR_CONTEXTS.items():
        if context not in texts:
            problems.append(f'the context "{context}" in ERROR_CONTEXTS no longer exists')
            continue
        problems.extend(
            f'{context}: the exception "{exception}" in ERROR_CONTEXTS matches none of its texts'
            for exception in exceptions
            if not any(matches(exception, form) for forms in texts[context] for form in forms)
        )
    return problems


def unquoted_errors(quotes, texts):
    """(context, text) of every error message of ERROR_CONTEXTS that no quote matches: missing from the table."""
    missing = []
    for context, exceptions in ERROR_CONTEXTS.items():
        for forms in texts.get(context, []):
            if any(matches(exception, form) for exception in exceptions for form in forms):
                continue
            if not any(matches(quote, form) for _, quote in quotes for form in forms):
                missing.append((context, forms[-1]))
    return missing


def main(user_guide, ts_file, plurals_file):
    texts = program_texts(ts_file, plurals_file)
    quotes = quoted_messages(user_guide)
    if len(quotes) < 50:
        print(f"{user_guide}: only {len(quotes)} quotes in the troubleshooting tables; did their format change?")
        return 1
    stale = stale_quotes(quotes, texts)
    for number, quote in stale:
        print(f'{user_guide}:{number}: the program has no message that matches "{quote}"')
    config = stale_exceptions(texts)
    for problem in config:
        print(f"{__file__}: {problem}")
    missing = unquoted_errors(quotes, texts)
    for context, text in missing:
        print(
            f'{user_guide}: no row of the troubleshooting table quotes this message of {context}: "{text}" '
            f"(add a row; or, if it is not an error, list it in ERROR_CONTEXTS)"
        )
    checked = sum(len(texts.get(context, [])) for context in ERROR_CONTEXTS)
    print(
        f"{len(quotes)} quoted messages, {len(stale)} not found among the program's texts; "
        f"{checked} texts of {len(ERROR_CONTEXTS)} error contexts, {len(missing)} not quoted"
    )
    return 1 if stale or config or missing else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
