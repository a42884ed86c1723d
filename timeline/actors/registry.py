"""Actors across articles: one canonical name per actor, and the actors table."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import pandas as pd

from ..table import ACTOR_COLUMNS, ACTOR_TYPES, LIST_SEP  # the schema of actors.csv lives with the other tables'
from .aliases import alias_keys
from .mention import ActorMention
from .names import canonical_key, spelling_key
from .people import fuller_person, known_person, listed_country, listed_name
from .title_kinds import TITLES_BY_CANONICAL


@dataclass(slots=True)
class _Stats:
    kinds: Counter = field(default_factory=Counter)
    full_forms: Counter = field(default_factory=Counter)  # names as written, for the display name
    surfaces: Counter = field(default_factory=Counter)  # every way it was written ("aliases seen")
    roles: Counter = field(default_factory=Counter)
    countries: Counter = field(default_factory=Counter)
    names: Counter = field(default_factory=Counter)  # display names as the articles gave them
    mentions: int = 0
    articles: set = field(default_factory=set)

    def update(self, other: "_Stats") -> None:
        for name in ("kinds", "full_forms", "surfaces", "roles", "countries", "names"):
            getattr(self, name).update(getattr(other, name))
        self.mentions += other.mentions
        self.articles |= other.articles


class ActorRegistry:
    """Collects ``ActorMention``s from many articles.

    Person keys that are a part of exactly one longer key with the same last
    name merge into it ("biden" and "joe biden"... -> "joseph biden";
    "tayyip erdogan" -> "recep tayyip erdogan") when something says they are one
    person: an article naming both, people.csv, or one office of one country
    (``_same_person``; two stories' "Abdallah Aba Zaid" and "Abdullah Abdul Aziz
    Aba Zaid" stay two); a key that is the last names
    of a well-known person's listed name (``people.csv``) is that person even
    when no article names them in full ("Tayyip Erdogan": Recep Tayyip Erdogan). ``aliases`` (alias ->
    canonical) wins over everything: its canonical name is the display name.
    """

    def __init__(self, aliases: Mapping[str, str] | None = None) -> None:
        self._aliases = dict(aliases or {})
        self._alias_keys = alias_keys(self._aliases) if self._aliases else {}
        self._alias_names = {canonical_key(c): c for c in self._aliases.values()}
        self._stats: dict[str, _Stats] = {}
        self._roots: dict[str, str] | None = None
        self._group_cache: dict[str, _Stats] | None = None

    def add(self, article_id: str, mentions: Iterable[ActorMention]) -> None:
        for m in mentions:
            key = m.key
            canonical = self._alias_keys.get(key)
            if canonical is None and m.surface:
                canonical = self._alias_keys.get(canonical_key(m.surface))
            if canonical is not None:
                key = canonical_key(canonical)
            st = self._stats.get(key)
            if st is None:  # (not ``setdefault(key, _Stats())``, which built six Counters for every mention)
                st = self._stats[key] = _Stats()
            st.kinds[m.kind] += 1
            st.names[m.name] += 1
            st.mentions += 1
            st.articles.add(article_id)
            if m.role:
                st.roles[m.role] += 1
            if m.country:
                st.countries[m.country] += 1
            if m.basis in ("pronoun", "description"):
                continue
            if m.kind == "person":
                if m.surface:
                    st.surfaces[m.surface] += 1
                    if len(m.surface.split()) > 1:
                        st.full_forms[m.surface] += 1
            else:
                st.full_forms[m.name] += 1
                if m.surface:
                    st.surfaces[m.surface] += 1
        self._roots = None
        self._group_cache = None

    # ---- merging -------------------------------------------------------------

    def _person(self, key: str) -> bool:
        return self._stats[key].kinds.most_common(1)[0][0] == "person"

    def _mononym(self, key: str) -> bool:
        """A one-word key of someone known by one name: a monarch, a pope."""
        return " " not in key and any(TITLES_BY_CANONICAL.get(role) in ("monarch", "religious", "royal")
                                      for role in self._stats[key].roles)

    def _same_person(self, key: str, bigger: list[str], top: str) -> bool:
        """Whether the shorter name ``key`` is the person of the one longer name ``top`` that holds it (``bigger``:
        every longer key holding it, ``top`` among them). A name is no evidence: "Abdallah Aba Zaid", an activist
        who speaks, is not "Abdullah Abdul Aziz Aba Zaid", found dead in another story; "said Seif, who had fled
        to Jordan" is not Riad Seif. Evidence is an article naming both (the fold within one story: "Nabil
        Elaraby ... Elaraby said"), people.csv listing the longer, or the two given one office, of no two countries
        ("President Ashraf Ghani" of Afghanistan and "President Mohammed Ashraf Ghani" of Afghanistan)."""
        st = self._stats[key]
        if any(st.articles & self._stats[o].articles for o in bigger):
            return True
        if any(self._listed_as(key, o) for o in bigger):
            return True
        other = self._stats[top]
        if not st.roles.keys() & other.roles.keys():
            return False
        return not (st.countries and other.countries  # (an office and no country: "the Interior Minister Mohammad
                    # al-Shaar" of one story is "Interior Minister Mohammad Ibrahim al-Shaar" of Syria of another)
                    and st.countries.most_common(1)[0][0] != other.countries.most_common(1)[0][0])

    def _listed_as(self, key: str, longer: str) -> bool:
        """Whether people.csv makes ``key`` the listed person ``longer``: a name of two words or more that their
        listed name holds ("lopez obrador"), or a surname alone that fits them by its title and country as the
        list asks (``known_person``: a "Johnson" with none is no Boris Johnson, whoever else the set names)."""
        if listed_name(longer) is None:
            return False
        if " " in key:
            return True
        st = self._stats[key]
        head = st.roles.most_common(1)[0][0] if st.roles else None
        country = st.countries.most_common(1)[0][0] if st.countries else None
        person = known_person(key, head, country)
        return person is not None and canonical_key(person.name) == longer

    def _compute_roots(self) -> dict[str, str]:
        by_last: dict[str, list[str]] = {}
        for key in self._stats:
            if self._person(key) and key:
                by_last.setdefault(key.split()[-1], []).append(key)
        parent: dict[str, str] = {}
        for keys in by_last.values():
            sets = {k: set(k.split()) for k in keys}
            for k in keys:
                if k in self._alias_names or self._mononym(k):
                    continue  # the alias file decides; "King Abdullah" is not "Hadi Abdullah"
                bigger = [o for o in keys if o != k and sets[k] < sets[o]]
                top = [o for o in bigger if not any(sets[o] < sets[p] for p in bigger)]
                if len(top) == 1 and self._same_person(k, bigger, top[0]):
                    parent[k] = top[0]
        for key in self._stats:
            if key in parent or key in self._alias_names or not key or not self._person(key):
                continue
            listed = fuller_person(key)  # "tayyip erdogan": Recep Tayyip Erdogan of people.csv
            if listed is not None and canonical_key(listed.name) != key:
                parent[key] = canonical_key(listed.name)  # whose name listed_name() gives
        roots = {}
        for key in self._stats:
            root = key
            while root in parent:
                root = parent[root]
            roots[key] = root
        return roots

    def _root(self, key: str, article_id: str | None = None) -> str:
        if self._roots is None:
            self._roots = self._compute_roots()
        if key in self._roots:
            return self._roots[key]
        canonical = self._alias_keys.get(key)
        if canonical is not None:
            return canonical_key(canonical)
        # A key never added ("biden" when every "President Biden" was resolved in its article):
        # the one person whose key contains it, among those ``article_id`` names (or people.csv lists).
        words = set(key.split())
        roots = {self._roots[k] for k in self._roots if words and words <= set(k.split())
                 and k.split()[-1] == key.split()[-1] and self._person(k)
                 and (article_id is None or article_id in self._stats[k].articles
                      or listed_name(self._roots[k]) is not None)}
        if len(roots) == 1:
            return roots.pop()
        raise KeyError(key)

    def _groups(self) -> dict[str, _Stats]:
        if self._group_cache is None:
            groups: dict[str, _Stats] = {}
            for key, st in self._stats.items():
                groups.setdefault(self._root(key), _Stats()).update(st)
            self._group_cache = groups
        return self._group_cache

    # ---- output --------------------------------------------------------------

    def canonical(self, key: str, article_id: str | None = None) -> str:
        """The display name for ``key``: the alias file's, else the name people.csv lists for a well-known
        person, else the full form written as the key is, else the most frequent full form. A key no article
        gave is the one longer name holding it that ``article_id``, the article it is read in, names."""
        root = self._root(key, article_id)
        if root in self._alias_names:
            return self._alias_names[root]
        return listed_name(root) or _display(self._groups()[root], root)

    def to_frame(self) -> pd.DataFrame:
        """One row per canonical actor (the actors.csv table), most mentioned first."""
        rows = []
        for root, st in self._groups().items():
            name = self._alias_names.get(root) or listed_name(root) or _display(st, root)
            kind = st.kinds.most_common(1)[0][0]
            if st.countries:
                country = st.countries.most_common(1)[0][0]
            else:  # a listed person the articles name only in full, "President Joe Biden", has the list's country
                country = listed_country(root) if kind == "person" else None
            rows.append({
                "name": name,
                "key": root,
                "kind": kind,
                "roles": LIST_SEP.join(r for r, _ in st.roles.most_common()) or None,
                "country": country,
                "aliases": LIST_SEP.join(s for s, _ in st.surfaces.most_common()) or None,
                "mentions": st.mentions,
                "articles": len(st.articles),
            })
        frame = pd.DataFrame(rows, columns=list(ACTOR_COLUMNS))
        frame = frame.sort_values(["mentions", "name"], ascending=[False, True], kind="stable").reset_index(drop=True)
        return frame.astype(dict(ACTOR_TYPES))


def _display(st: _Stats, root: str) -> str:
    """The most frequent full form among those in the key's spelling (the
    canonical transliteration: "Sergei Lavrov" over "Sergey Lavrov"; particles
    and initials aside: "Hafez al-Assad" over the rarer "Hafez Assad"), else the
    most frequent full form. A form in tokenised copy's apostrophe ("Riad al-As ` aad", names.TICK) is shown only when
    no other is written."""
    if st.full_forms:
        return max(st.full_forms.items(), key=lambda kv: (" ` " not in kv[0], spelling_key(kv[0]) == root, kv[1],
                                                          kv[0]))[0]
    named = {n: c for n, c in st.names.items() if " " in n and canonical_key(n) == root}
    if named:  # written by surname only, named in full by the headline or the list of well-known people
        return max(named.items(), key=lambda kv: (kv[1], kv[0]))[0]
    if st.surfaces:
        return st.surfaces.most_common(1)[0][0]
    if st.names:  # known only by a description: "State Department Spokesperson of the United States"
        return st.names.most_common(1)[0][0]
    return root
