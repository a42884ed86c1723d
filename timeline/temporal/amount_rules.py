"""Durations, sets and vague references: "three years", "a 16-hour flight",
"every Monday", "daily", "now", "recently" (a method family of ``Resolver``)."""

from __future__ import annotations

import re


from .lexicon import FREQUENCIES, MONTHS, SEASONS, UNITS, number_value
from .shared import FUZZY, RATE_BEFORE, TIME_UNITS, Resolved, norm


class AmountRules:
    """Amounts of time (DURATION), repetitions (SET) and PAST/PRESENT/FUTURE_REF."""

    # -- durations and sets -------------------------------------------------------
    def _duration_value(self, n: float | None, unit: str) -> str:
        if unit == "WE":
            unit = "WE"
        time_unit = TIME_UNITS.get(unit)
        letter = time_unit or unit
        prefix = "PT" if time_unit else "P"
        if n is None:
            return f"{prefix}X{letter}"
        if n != int(n):
            # Fractions become the next smaller unit, as TimeML writes them:
            # 2 1/2 years -> P2Y6M, a minute and a half -> PT1M30S, half a day -> PT12H
            whole = int(n)
            smaller = {"Y": ("M", 12, "P"), "M": ("D", 30, "P"), "W": ("D", 7, "P"), "D": ("H", 24, "T"),
                       "TH": ("M", 60, ""), "TM": ("S", 60, ""), "E": ("Y", 10, "P"), "C": ("Y", 100, "P")}
            if unit in smaller:
                small, per, kind = smaller[unit]
                part = round((n - whole) * per)
                if unit in ("W", "E", "C"):  # weeks in days, decades in years: one number
                    return f"P{round(n * per)}{small}"
                if kind == "T":  # days and hours: P1DT12H
                    return f"P{whole}DT{part}H" if whole else f"PT{part}H"
                head = f"{whole}{letter}" if whole else ""
                return f"{prefix}{head}{part}{small}"
            return f"P{n:g}{letter}"
        if unit == "F":
            return f"P{int(n) * 2}W"
        if unit == "WE":
            return f"P{int(n)}WE"
        if unit == "Y" and n >= 1000 and n % 1000 == 0:
            return f"P{int(n) // 1000}L"  # "two thousand years": millennia, as TimeML writes them (P2L)
        return f"{prefix}{int(n)}{letter}"

    def _is_fraction(self, unit: str) -> bool:
        """"a quarter of the market", "three-quarters of its food": a share, not a time."""
        return unit == "Q" and re.match(r"\s+of\b", self.low[self._cand.end:self._cand.end + 4]) is not None

    def _duration(self, s: dict) -> Resolved:
        n, unit = self._amount(s)
        if self._is_fraction(unit):
            return None
        mod = self._approx(s)
        if mod is None and "orso" in s:
            mod = "APPROX" if "so" in s["orso"] else ("EQUAL_OR_MORE" if "more" in s["orso"] else None)
            if "half" in s["orso"] and n is not None:
                n += 0.5
        num = s.get("num", "").lower()
        if num in ("a", "an"):
            if s.get("det") or unit == "TS":
                return None  # "the a year", "a second term"
            if RATE_BEFORE.search(self.low, max(0, self._cand.start - 25), self._cand.start):
                return None  # "$1.76 a year", "four flights a week": a rate, not a period
        start = None
        if "det" in s and "approx" not in s and n not in (None, 1) and not s["unit"].endswith("s"):
            # "a five year low", "the two day rally": a compound adjective, without its article
            start = self._cand.start + re.match(r"[a-z]+\s+", self.low[self._cand.start:]).end()
        return Resolved("DURATION", self._duration_value(n, unit), mod=mod, how="amount", start=start)

    def _duration_adj(self, s: dict) -> Resolved:
        num = s["num"]
        n = 0.5 if num.lower() == "half" else number_value(num)
        unit = UNITS[norm(s["unit"])]
        if self._is_fraction(unit):
            return None
        return Resolved("DURATION", self._duration_value(n, unit), how="adjective")

    def _duration_plural(self, s: dict) -> Resolved:
        """"recent years", "the coming months", "decades-long", "for weeks": an unspecified amount."""
        plural = s.get("plural") or s.get("plural2") or s.get("plural3") or s.get("plural4")
        unit = UNITS[plural]
        rel = norm(s["rel"]) if "rel" in s else None
        if rel in ("recent", "the recent", "past", "the past") and unit == "Y":
            return Resolved("DATE", "PAST_REF", how="recent_years")
        return Resolved("DURATION", self._duration_value(None, unit), how="vague")

    def _duration_range(self, s: dict) -> Resolved:
        """"two to three weeks": at least the smaller amount (mod EQUAL_OR_MORE)."""
        low = number_value(s["num"])
        unit = UNITS[norm(s["unit"])]
        return Resolved("DURATION", self._duration_value(low, unit), mod="EQUAL_OR_MORE", how="range")

    def _duration_long(self, s: dict) -> Resolved:
        """"a day-long meeting": one unit."""
        return Resolved("DURATION", self._duration_value(1, UNITS[s["unit"]]), how="adjective")

    def _duration_vague(self, s: dict) -> Resolved:
        return Resolved("DURATION", "PXX", how="vague")

    def _named_set(self, s: dict) -> Resolved:
        """"each July" -> XXXX-07, "every summer" -> XXXX-SU."""
        if "month" in s:
            return Resolved("SET", f"XXXX-{MONTHS[s['month'].rstrip('.')]:02d}", how="every")
        return Resolved("SET", f"XXXX-{SEASONS[s['season']]}", how="every")

    def _set(self, s: dict) -> Resolved:
        if "freq" in s:
            return Resolved("SET", FREQUENCIES[norm(s["freq"])], how="frequency")
        unit = UNITS[norm(s["unit"])]
        num = s.get("num")
        if num and num.lower() == "other":
            n = 2.0
        else:
            n = number_value(num) if num else 1.0
        return Resolved("SET", self._duration_value(n, unit), how="every")


    def _fuzzy(self, s: dict) -> Resolved:
        return Resolved("DATE", FUZZY[norm(s["word"])], how="reference")


