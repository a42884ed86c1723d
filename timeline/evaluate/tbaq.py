"""Score the temporal tagger on TempEval-3 training data (TBAQ-cleaned).

``evaluate_tbaq(train_dir)`` reads every ``.tml`` file under ``train_dir``
(TimeBank/ and AQUAINT/), tags each ``<TEXT>`` with
``find_mentions(text, anchor=<the DCT's date>)``, turns the mentions into
TimeML timexes (ranges split into their ends, as TimeML annotates them) and
scores them with the TE3 Task A rules (``timeline.evaluate.tempeval``).

One file is left out by default: ``AQUAINT/APW20000115.0209.tml`` has the
text of ``APW20000107.0088.tml`` with a DCT eight days later, so its gold
values (resolved against 2000-01-07) are wrong for its own DCT.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from pathlib import Path

from timeline.errors import InputError, NoInputError
from timeline.evaluate.tempeval import TempevalReport, document_from_mentions, score_documents
from timeline.ingest.tml import TmlDocument, read_tml
from timeline.model import Mention
from timeline.temporal import find_mentions
from timeline.temporal.timeml import timeml_mentions

BAD_DCT = ("APW20000115.0209",)
_DCT_DATE = re.compile(r"(\d{4})-?(\d\d)-?(\d\d)")

Tagger = Callable[[str, dt.date], Iterable[Mention]]


def dct_date(doc: TmlDocument, path: str | Path = "") -> dt.date:
    """The calendar date of a document's creation time ("1998-02-12T01:58:00" -> 1998-02-12)."""
    match = _DCT_DATE.match(doc.dct.strip())
    if match is None:
        raise InputError(str(path), f"the DCT value {doc.dct!r} is not a date",
                         "the <DCT> TIMEX3 needs a value like 1998-02-12")
    return dt.date(int(match[1]), int(match[2]), int(match[3]))


def tag_document(doc: TmlDocument, tagger: Tagger = find_mentions, path: str | Path = "") -> TmlDocument:
    """The system document for ``doc``: its text with the tagger's mentions as TIMEX3."""
    mentions = tagger(doc.text, dct_date(doc, path))
    return document_from_mentions(doc, timeml_mentions(mentions))


def evaluate_tbaq(train_dir: str | Path, *, exclude: Iterable[str] = BAD_DCT,
                  tagger: Tagger = find_mentions) -> TempevalReport:
    """Tag and score every ``.tml`` file under ``train_dir``, except the ``exclude`` names.

    ``exclude`` holds file names with or without ``.tml``; ``tagger`` is called
    as ``tagger(text, anchor)`` (default ``find_mentions``). Raises
    ``NoInputError`` when no file is left to score and ``InputError`` for a
    file without a readable DCT.
    """
    excluded = {name.removesuffix(".tml") for name in exclude}
    root = Path(train_dir)
    paths = [root] if root.is_file() else sorted(root.rglob("*.tml"))
    paths = [path for path in paths if path.stem not in excluded]
    if not paths:
        raise NoInputError(f"{train_dir}: no .tml files to score (TempEval-3's training "
                           "data, TBAQ-cleaned, is not shipped: the README's `timeline timex` says where it "
                           "comes from)")

    def pairs():
        for path in paths:
            gold = read_tml(path)
            yield path.name, gold, tag_document(gold, tagger, path)

    return score_documents(pairs())
