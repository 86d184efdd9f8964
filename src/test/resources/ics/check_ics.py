"""Reads .ics files with Debian's python3-icalendar, a parser independent of ical4j (IcsValidatorTest).

Prints one JSON object per file: its physical lines' faults (RFC 5545 §3.1: CRLF, at most 75 octets, UTF-8 not
cut by a fold), the parse errors icalendar collected, the calendar's name, its time zones and its events
(UID, start and end in ISO form, with the UTC offset for a timed start, summary). Exit 1 on a file it cannot parse.
"""
import json
import sys

import icalendar


def faults(raw):
    out = []
    if b"\n" in raw.replace(b"\r\n", b"") or b"\r" in raw.replace(b"\r\n", b""):
        out.append("a line break other than CRLF")
    for number, line in enumerate(raw.split(b"\r\n"), 1):
        if len(line) > 75:
            out.append("line %d: %d octets" % (number, len(line)))
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            out.append("line %d: UTF-8 cut by a fold" % number)
    return out


def iso(value):
    return value.isoformat() if value is not None else None


def main(paths):
    for path in paths:
        with open(path, "rb") as f:
            raw = f.read()
        cal = icalendar.Calendar.from_ical(raw)
        errors = [str(e) for c in cal.walk() for e in getattr(c, "errors", [])]
        events = []
        for e in cal.walk("VEVENT"):
            start = e.decoded("DTSTART")
            offset = start.utcoffset() if hasattr(start, "utcoffset") else None
            events.append({
                "uid": str(e.get("UID")),
                "start": iso(start),
                "offset": None if offset is None else int(offset.total_seconds()),
                "end": iso(e.decoded("DTEND")) if "DTEND" in e else None,
                "summary": str(e.get("SUMMARY")),
            })
        print(json.dumps({
            "file": path,
            "faults": faults(raw),
            "errors": errors,
            "name": str(cal.get("X-WR-CALNAME")),
            "method": str(cal.get("METHOD")),
            "timezones": [str(z.get("TZID")) for z in cal.walk("VTIMEZONE")],
            "events": events,
        }, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1:])
