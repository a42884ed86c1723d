"""Who issued a statement noun: the subject of the verb that issues it, or a joint statement's signatories.

"Australia and Canada issued a statement ..." is the statement of the named actors before the issuing verb; "our
governments issued a joint statement on January 3, 2024, which called for ...", "we released a statement" in a joint
statement are its signatories' (``roster.signatories``). ``extract._dated_event`` takes these as the agents of a
statement noun whose clause says what it did (``roles.statement_act``) when no "by" phrase names them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .subjects import subject_group

if TYPE_CHECKING:  # pragma: no cover
    from .extract import Sentence, _Builder
    from .predicates import Predicate

# the subject of a verb that issues a statement noun, right before the verb ("our governments issued a joint statement",
# "Australia and Canada issued a statement", "we released a statement")
_ISSUER = re.compile(r"(?:\s+(?:has|have|had|also|jointly|then|later))*\s+(?:issued|released|adopted|published|put\s+out)\s")
_WE_ISSUER = re.compile(r"\b(?:we|our\s+(?:[\w-]+\s+)?(?:governments|countries|nations|leaders))$")


def statement_issuers(builder: _Builder, sent: Sentence, p: Predicate) -> tuple[str, ...]:
    """Who issued the statement noun ``p`` (``roles.statement_act``): the named actors of the issuing verb's subject
    (``subjects.subject_group``: "Australia and Canada issued", "Britain, which holds the council presidency,
    issued"), or in a joint statement its signatories for "we" or "our governments"; () when the subject is neither."""
    low = builder.low
    verb = _ISSUER.search(low, sent.start, p.trigger.start)
    if verb is None:
        return ()
    if builder.signatories and _WE_ISSUER.search(low, max(sent.start, verb.start() - 40), verb.start()):
        return tuple(builder.signatories)
    return tuple(dict.fromkeys(a.name for a in subject_group(sent.actors, low, verb.start(), sent.start)))
