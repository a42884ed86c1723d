"""Known export schemas: the JSON that news APIs and scrapers write, read without --text-field and the like.

A record is read in a schema only when its keys say which (``recognise``): NewsAPI's ``publishedAt`` beside its
``url`` and ``title``, trafilatura's ``source-hostname``, newspaper's ``publish_date`` beside its ``text`` and one of
its own attribute names, GDELT DOC's ``seendate``, Media Cloud's ``media_name``. No field is taken on a guess outside
them (README "Titles", "Publication dates": a field named like a date is only named in the fix). A field the user
named (``Fields.is_named``: --text-field ...) always wins over the schema's. ``fields_for`` gives the fields a
record is read by and what was read, for articles.csv's flag and the run's report ("read as a NewsAPI response:
text from 'content', date from 'publishedAt', source from 'source.name'").
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass

from ..settings import Fields
from .truncation import Cut, cut

FLAG = "schema"  # the articles.csv flag of a record read in a known schema: "schema: read as a NewsAPI response: ..."
ROLES = ("text", "published", "title", "url", "source", "id")
# how the flag and the report name each role
_ROLE_WORDS = {"text": "text", "published": "date", "title": "title", "url": "url", "source": "source", "id": "id"}


@dataclass(frozen=True)
class Schema:
    name: str  # "a NewsAPI response", as the report says what the records were read as
    fits: Callable[[Mapping], bool]  # the record's keys say it is one of this schema's
    fields: Mapping[str, tuple[str, ...]]  # role -> the schema's fields for it, the first present and not empty wins
    no_text: str | None = None  # why a record of this schema with no text gives none, and the fix
    # the text field when the schema weighs its fields for it (NewsAPI's ``_newsapi_text``): (field, why, the text's
    # ``truncation.cut``, whether that cut is the text read); None: the first of ``fields["text"]`` present
    text_choice: Callable[[Mapping], tuple[str, str | None, Cut | None, bool]] | None = None


def _keys(record: Mapping, *names: str) -> bool:
    return all(name in record for name in names)


def _newsapi(record: Mapping) -> bool:
    source = record.get("source")
    return (_keys(record, "publishedAt", "url", "title") and ("content" in record or "description" in record)
            and ("urlToImage" in record or isinstance(source, Mapping)))


def _newsapi_text(record: Mapping) -> tuple[str, str | None, Cut | None, bool]:
    """NewsAPI's text field: "content", the story's own opening (its dateline with it, which anchors the article),
    unless the API cut it ("... [+1534 chars]") to less than the "description" holds: the description is the
    story's summary, never cut, so it then says more (the whole sentences the cut content keeps are weighed, as they
    are what is read of it). With neither, "content" (the record is skipped as having no text). Then why, and
    the "content" text's ``truncation.cut`` and True when it is the text read, so that it is not cut again."""
    content, description = record.get("content"), record.get("description")
    if not isinstance(content, str) or not content.strip():
        field = "description" if isinstance(description, str) and description.strip() else "content"
        return field, None, None, False
    truncated = cut(content)
    if truncated is None or not isinstance(description, str):
        return "content", None, truncated, True
    if len(description.strip()) > len(truncated.text.strip()):
        return "description", "the API cut 'content' shorter than 'description'", None, False
    return "content", None, truncated, True


_NEWSPAPER_ONLY = ("authors", "top_image", "meta_site_name", "canonical_link", "meta_description", "movies",
                   "meta_img")

SCHEMAS = (
    # NewsAPI /v2/everything and /v2/top-headlines: {"status", "totalResults", "articles": [{"source": {"id", "name"},
    # "author", "title", "description", "url", "urlToImage", "publishedAt", "content"}]} (newsapi.org/docs/endpoints/
    # everything). "content" is the story's first 200 characters and "[+N chars]" (``truncation``); the text is
    # chosen by ``_newsapi_text``.
    Schema("a NewsAPI response", _newsapi,
           {"text": ("content", "description"), "published": ("publishedAt",), "title": ("title",), "url": ("url",),
            "source": ("source",), "id": ()}, text_choice=_newsapi_text),
    # trafilatura's JSON output (`trafilatura --json`, extract(output_format="json", with_metadata=True);
    # trafilatura/xml.py build_json_output): the url is renamed "source" and the site's name "source-hostname".
    Schema("trafilatura JSON", lambda r: _keys(r, "text", "source-hostname"),
           {"text": ("text",), "published": ("date",), "title": ("title",), "url": ("source", "url"),
            "source": ("source-hostname", "hostname"), "id": ("id",)}),
    # trafilatura's bare_extraction(...).as_dict(): the Document's own slot names (url, sitename, hostname, date,
    # fingerprint ...; trafilatura/settings.py Document).
    Schema("trafilatura's metadata", lambda r: _keys(r, "text", "sitename", "hostname", "fingerprint"),
           {"text": ("text",), "published": ("date",), "title": ("title",), "url": ("url",),
            "source": ("sitename", "hostname"), "id": ("id",)}),
    # newspaper4k's Article.to_json() (newspaper/settings.py article_json_fields: url, title, top_image, authors,
    # publish_date, meta_site_name, canonical_link, text ...); newspaper3k has no to_json, and a dump of its Article
    # uses the same attribute names.
    Schema("a newspaper3k/newspaper4k dump",
           lambda r: _keys(r, "text", "publish_date") and any(key in r for key in _NEWSPAPER_ONLY),
           {"text": ("text",), "published": ("publish_date",), "title": ("title",), "url": ("url", "canonical_link"),
            "source": ("meta_site_name",), "id": ()}),
    # GDELT DOC 2.0 API, mode=artlist&format=json: {"articles": [{"url", "url_mobile", "title", "seendate",
    # "socialimage", "domain", "language", "sourcecountry"}]} (blog.gdeltproject.org/gdelt-doc-2-0-api-debuts):
    # links, no text.
    Schema("a GDELT DOC article list", lambda r: _keys(r, "seendate", "url", "domain"),
           {"text": (), "published": ("seendate",), "title": ("title",), "url": ("url",), "source": ("domain",),
            "id": ()},
           no_text="a GDELT DOC article list gives each article's url, title and the time GDELT saw it, but no text "
                   "(fetch the stories from their urls, e.g. `trafilatura --json -i urls.txt`, and give those)"),
    # Media Cloud story lists: the search API's story_list (mediacloud api-client SearchApi: id, media_name,
    # media_url, title, publish_date, url, language, indexed_date; "text" only with expanded=True) and the legacy
    # v2 API's stories (stories_id, media_id, media_name, publish_date, title, url, guid; "story_text" on request).
    Schema("a Media Cloud story list",
           lambda r: _keys(r, "media_name", "publish_date", "url")
           and any(key in r for key in ("indexed_date", "stories_id", "media_url", "media_id")),
           {"text": ("text", "story_text"), "published": ("publish_date",), "title": ("title",), "url": ("url",),
            "source": ("media_name",), "id": ("id", "stories_id")},
           no_text="a Media Cloud story list gives no story text unless asked for it (story_list(..., "
                   "expanded=True), or text=True in the legacy API), or fetch the stories from their urls"),
)


def recognise(record: Mapping) -> Schema | None:
    """The schema whose keys ``record`` has, or None (a record in timeline's own fields, or any other)."""
    return next((schema for schema in SCHEMAS if schema.fits(record)), None)


@dataclass(frozen=True)
class Reading:
    """How one record is read: the fields, and, for a record of a known schema, the schema and what it gave."""

    fields: Fields
    schema: Schema | None = None
    read: tuple[tuple[str, str], ...] = ()  # (role, field) taken from the schema, in ROLES order
    why: str | None = None  # why the text came from the field it came from, when the schema had a choice
    cut_taken: bool = False  # choosing the text field cut its text already (NewsAPI's "content"): ``text_cut`` is it
    text_cut: Cut | None = None  # that ``truncation.cut`` (None: the text has no truncation mark)


def fields_for(record: Mapping, fields: Fields, schema: Schema | None, own: Collection[str] = ()) -> Reading:
    """The fields ``record`` is read by: ``fields`` as given outside a known schema; in one (``schema``, the
    record's ``recognise``, or a CSV header's for each of its rows), the schema's for each role the user did not
    name and that is not one of ``own``, the roles whose default name the record holds in another case
    (``field_case``: "ID" read as "id"), which are the record's own. (The schema's field, absent from the record,
    once took their place while the article's flag said they were read: a Media Cloud list with "ID" and "Title"
    lost both.)"""
    if schema is None:
        return Reading(fields)
    chosen: dict[str, str] = {}
    why, text_cut, cut_taken = None, None, False
    for role in ROLES:
        if fields.is_named(role) or role in own or not schema.fields[role]:
            continue
        if role == "text" and schema.text_choice is not None:
            chosen[role], why, text_cut, cut_taken = schema.text_choice(record)
            continue
        names = schema.fields[role]
        chosen[role] = next((name for name in names if _filled(record.get(name))), names[0])
    read = tuple((role, chosen[role]) for role in ROLES if role in chosen and _filled(record.get(chosen[role])))
    return Reading(dataclasses.replace(fields, **chosen), schema, read, why, cut_taken, text_cut)


def _filled(value: object) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())


def describe(reading: Reading, record: Mapping) -> str | None:
    """"read as a NewsAPI response: text from 'content', date from 'publishedAt', source from 'source.name'": what
    a record of a known schema was read as and from which fields (a source object's name as 'source.name')."""
    if reading.schema is None:
        return None
    parts = []
    for role, name in reading.read:
        shown = f"{name}.name" if isinstance(record.get(name), Mapping) else name
        parts.append(f"{_ROLE_WORDS[role]} from {shown!r}" + (f" ({reading.why})" if role == "text" and reading.why
                                                               else ""))
    return f"read as {reading.schema.name}: " + ", ".join(parts) if parts else f"read as {reading.schema.name}"
