"""Publication dates as feeds and corpora write them, to a :class:`datetime.date`.

Only the calendar day matters to the pipeline (it anchors «أمس» and «الاثنين المقبل»), and
it is the day *as the source wrote it*: "2018-02-18T21:35:43+04:00" is 18 February, not the
17th in UTC. Anything unparseable is None — a missing date is not an error.
"""
from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_tz

from ..dates.calendar import gregorian_date as _date

_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])")
_SLASH = re.compile(r"^\s*(\d{4})/(\d{1,2})/(\d{1,2})\s*$")
# Day first, the Arab-world convention (JawharaFM writes 16/01/2017)
_DAY_FIRST = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:$|[T\s])")


def parse_published(value: object) -> date | None:
    """ISO dates and datetimes, YYYY/MM/DD, DD/MM/YYYY (day first), and RFC 822
    ("Fri, 13 Jul 2018 11:16:34 GMT")."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    m = _ISO.match(value) or _SLASH.match(value)
    if m:
        return _date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = _DAY_FIRST.match(value)
    if m:
        return _date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    parsed = parsedate_tz(value.strip()) or parsedate_tz(value.strip() + " 00:00:00")
    if parsed and parsed[0]:
        return _date(parsed[0], parsed[1], parsed[2])
    return None

