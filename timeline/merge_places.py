"""Two articles' reports that share one party and name two places are two acts: a report does not join a cluster
whose members in other articles, sharing one party with it, place their act only at places it does not name
(``merge.cluster`` asks it, as it asks ``merge_parties.apart``).

One party is weak evidence of one act: the story's state is the party of every act its forces do on a day, so
"Rights groups say on Friday security forces opened fire on a funeral procession in the Damascus suburb" and "'Today
there was an attack on Jabal al-Zawi and the Ghab region and military jets bombarded civilians'" (Syria alone, 7
October 2011) are two acts, as are protests "in Jisr al-Shughour" and "in the city of Hama" of one Friday, though
the day and the party are one. A country named as the place holds its cities ("in Syria", "in Latakia"), and a place
spelt two ways is one ("in Maaret", "in Maarat": the same sentence of two Reuters stories), two places spelt alike
are two (Gaza and Giza: ``same_place``). In one article the report goes on telling the act just told, and reports
sharing two parties are left to the rules ("met today with General Secretary To Lam of Vietnam in New York", the
remarks' "New York, New York").
"""

from __future__ import annotations

from .actors.gazetteer import country_entry
from .model import Event
from .same_place import same_place


def elsewhere(members: list[Event], mention: Event) -> bool:
    """Do the members of a cluster that share one party with ``mention``, in other articles, place their act (each
    by its own clause) only at places ``mention`` does not name? A place no member names is another act's; a place
    one member names is the act's, whatever else others name (a mosque of the city: "in the vicinity of the Omari
    mosque in the city's old quarter" beside "in the southern city of Deraa", one Wednesday's shooting). Places
    given by a dateline (where the story was filed) or a meeting (another act's) are no evidence. Two names are one
    place by ``same_place`` (Gaza and Giza are two, "Maaret" and "Maarat" one)."""
    here = _place(mention)
    if here is None:
        return False
    theirs = {_place(m) for m in members if m.article_id != mention.article_id and _one_party(m, mention)} - {None}
    return bool(theirs) and not any(same_place(here, place) for place in theirs)


def _one_party(a: Event, b: Event) -> bool:
    return len({x for x in a.actors if x} & {x for x in b.actors if x}) == 1


def _place(e: Event) -> str | None:
    """The place the clause of ``e`` gives its act; None for a country, which holds any place in it (its capital is
    a city: "Damascus")."""
    if not e.location or e.location_basis != "clause":
        return None
    entry = country_entry(e.location)
    return None if entry is not None and entry.form in ("name", "alias") else e.location
